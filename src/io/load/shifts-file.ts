import { TalksError } from '../../errors.js';
import { describeMissing, missingArgs, type ColumnMap } from '../../columns/header.js';
import { makeShiftReader } from '../../columns/shift-row.js';
import { at } from '../../columns/row-cells.js';
import { parseText } from '../../columns/values.js';
import type { Agent, Warning } from '../../model/types.js';
import { dataWarning, someNames, someRows } from '../../text/data-warnings.js';
import type { ShiftEntry } from '../../model/shift.js';
import { readTables } from '../read/tables.js';
import { fuller, HeaderFinder, readSheet, type Sink } from './read-sheet.js';
import { TableReader } from './table-reader.js';
import type { LoadOptions, TableInfo } from './types.js';

/** The rows of one table whose agent ID is not in the roster: per ID, and the first row numbers. */
class Strangers {
  private readonly ids = new Set<string>();
  private readonly rows: number[] = [];
  private count = 0;

  add(id: string, row: number): void {
    this.ids.add(id);
    if (this.count++ < 10) this.rows.push(row);
  }

  warnings(file: string, sheet: string | undefined): Warning[] {
    if (this.count === 0) return [];
    const args = { rows: this.count, agents: this.ids.size, names: someNames([...this.ids]), lines: someRows(this.rows, this.count) };
    return [dataWarning('shifts-unmatched', args, { file, sheet, row: this.rows[0] })];
  }
}

/**
 * Reads a WFM schedule export (`--shifts FILE`, xlsx or csv, by the same readers as the roster):
 * one row per agent and day with the shift's start and end, or a shift column. With the roster's
 * agents, the rows of agents not in it are left out and counted in one warning per table.
 */
export async function loadShiftsFile(file: string, opts: LoadOptions, roster?: readonly Agent[]): Promise<{ entries: ShiftEntry[]; tables: TableInfo[]; warnings: Warning[] }> {
  const known = roster && new Set(roster.map((a) => a.id));
  const entries: ShiftEntry[] = [];
  const tables: TableInfo[] = [];
  const warnings: Warning[] = [];
  let best: ColumnMap | undefined;
  for await (const sheet of readTables(file, { encoding: opts.encoding })) {
    const finder = new HeaderFinder(opts.aliases);
    const sink = await readSheet<Sink>(sheet, ['shifts'], finder, ({ map }) => {
      const reader = new TableReader(sheet, map, 'shifts');
      const read = makeShiftReader(map);
      const idAt = map.columns.agentId?.index ?? -1;
      const strangers = new Strangers();
      reader.onFinish = () => strangers.warnings(sheet.file, sheet.sheet);
      return {
        reader,
        take(batch, from) {
          for (let i = from; i < batch.length; i++) {
            const id = known && parseText(at(batch[i].cells, idAt));
            if (id && !known.has(id)) {
              strangers.add(id, batch[i].row);
              reader.skipped('unknown-agent');
              continue;
            }
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
