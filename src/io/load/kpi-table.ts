import type { KpiStore } from '../../model/kpi.js';
import type { Agent, Warning } from '../../model/types.js';
import { columnLabel, isCallLog, type ColumnMap } from '../../columns/header.js';
import { ArrayCells, makeKpiSourceFolder, newKpiStats, type CellSource, type RowLoc } from '../../columns/rows.js';
import type { RawSheet } from '../read/raw.js';
import { scaleWarnings } from './checks.js';
import { NameMatcher } from './name-matcher.js';
import type { Sink } from './read-sheet.js';
import { TableReader } from './table-reader.js';
import type { LoadOptions } from './types.js';

/** How often (in KPI rows) a progress line is updated. */
const PROGRESS_EVERY = 100_000;

/** Without a roster, an export without agent IDs names its agents: the tidied name is the ID. */
const tidyName = (name: string) => name.trim().replace(/\s+/g, ' ') || undefined;

/**
 * The sink for a KPI table: folds its rows into the store as they arrive. `agents` is the
 * roster, or 'none' when the KPI data stands alone.
 */
export function readKpi(sheet: RawSheet, header: { map: ColumnMap }, store: KpiStore, agents: readonly Agent[] | 'none' | undefined, opts: LoadOptions): Sink {
  const { onProgress } = opts;
  const found = opts.period ? { map: { ...header.map, periodKind: opts.period } } : header;
  const reader = new TableReader(sheet, found.map, 'kpi');
  const noIds = !found.map.columns.agentId && !!found.map.columns.name;
  const byName = noIds && agents !== 'none' ? new NameMatcher(agents ?? []) : undefined;
  const stats = newKpiStats();
  reader.info.callLog = isCallLog(found.map);
  reader.onFinish = () => [
    ...(byName ? byName.warnings(sheet, columnLabel(found.map, found.map.columns.name!.index)) : []),
    ...scaleWarnings(sheet, found.map, stats),
  ];
  const gate = opts.ledger?.gate({ file: sheet.file, sheet: sheet.sheet }, reader.info.callLog, noIds);
  const fold = makeKpiSourceFolder(found.map, store, noIds ? (byName?.resolve ?? tidyName) : undefined, stats, gate);
  if (store.rowCount === 0) store.kind = found.map.periodKind;
  // Reused from row to row: the readers copy what they keep of it.
  const loc: RowLoc = { file: sheet.file, sheet: sheet.sheet, row: 0 };
  const warnings: Warning[] = [];
  const one = (cells: CellSource, row: number) => {
    loc.row = row;
    const skip = fold(cells, loc, warnings);
    if (skip === undefined) {
      reader.info.rows++;
      if (reader.sampling) reader.sample(cells.all());
    } else if (skip) reader.skipped(skip);
    if (warnings.length > 0) {
      reader.warn(warnings);
      warnings.length = 0;
    }
  };
  const progress = (before: number) => {
    if (onProgress && Math.floor(reader.info.rows / PROGRESS_EVERY) > Math.floor(before / PROGRESS_EVERY)) onProgress(sheet.file, reader.info.rows);
  };
  const array = new ArrayCells();
  return {
    reader,
    take(batch, from) {
      const before = reader.info.rows;
      for (let i = from; i < batch.length; i++) {
        array.cells = batch[i].cells;
        one(array, batch[i].row);
      }
      progress(before);
    },
    takeScanned(batch, from) {
      const before = reader.info.rows;
      const cells = batch.cursor();
      for (let k = from; k < batch.length; k++) one(cells.at(k), batch.rows[k]);
      progress(before);
    },
  };
}
