import { TalksError } from '../../errors.js';
import { describeMissing, missingArgs, type ColumnMap } from '../../columns/header.js';
import { makeShiftReader } from '../../columns/shift-row.js';
import type { Warning } from '../../model/types.js';
import type { ShiftEntry } from '../../schedule/shift-table.js';
import { readTables } from '../read/tables.js';
import { fuller, HeaderFinder, readSheet, type Sink } from './read-sheet.js';
import { TableReader } from './table-reader.js';
import type { LoadOptions, TableInfo } from './types.js';

/**
 * Reads a WFM schedule export (`--shifts FILE`, xlsx or csv, by the same readers as the roster):
 * one row per agent and day with the shift's start and end, or a shift column.
 */
export async function loadShiftsFile(file: string, opts: LoadOptions): Promise<{ entries: ShiftEntry[]; tables: TableInfo[]; warnings: Warning[] }> {
  const entries: ShiftEntry[] = [];
  const tables: TableInfo[] = [];
  const warnings: Warning[] = [];
  let best: ColumnMap | undefined;
  for await (const sheet of readTables(file, { encoding: opts.encoding })) {
    const finder = new HeaderFinder(opts.aliases);
    const sink = await readSheet<Sink>(sheet, ['shifts'], finder, ({ map }) => {
      const reader = new TableReader(sheet, map, 'shifts');
      const read = makeShiftReader(map);
      return {
        reader,
        take(batch, from) {
          for (let i = from; i < batch.length; i++) {
            const { entry, warnings: w } = read(batch[i].cells, { file: sheet.file, sheet: sheet.sheet, row: batch[i].row });
            reader.warn(w);
            if (!entry) continue;
            reader.info.rows++;
            reader.sample(batch[i].cells);
            entries.push(entry);
          }
        },
      };
    });
    if (sink) {
      tables.push(sink.reader.finish());
      warnings.push(...sink.reader.warnings);
    } else best = fuller(best, finder.best);
  }
  if (tables.length === 0) {
    throw new TalksError('shifts-columns', describeMissing('shifts', best), {
      file,
      args: missingArgs('shifts', best),
      hint:
        'A shifts file needs a header row with an agent ID, a date, and the shift: start and end columns (Start, End) or a Shift column ' +
        '(09:00-18:00, 22:00-07:00 or a shift name from the config).',
    });
  }
  return { entries, tables, warnings };
}
