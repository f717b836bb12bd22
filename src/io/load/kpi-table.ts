import type { KpiStore } from '../../model/kpi.js';
import type { Agent, Warning } from '../../model/types.js';
import { columnLabel, type ColumnMap } from '../../columns/header.js';
import { makeKpiRowFolder, newKpiStats, type RowLoc } from '../../columns/rows.js';
import type { RawSheet } from '../raw.js';
import { scaleWarnings } from './checks.js';
import { NameMatcher } from './name-matcher.js';
import type { Sink } from './read-sheet.js';
import { TableReader } from './table-reader.js';
import type { LoadOptions } from './types.js';

/** How often (in KPI rows) a progress line is updated. */
const PROGRESS_EVERY = 100_000;

/** The sink for a KPI table: folds its rows into the store as they arrive. */
export function readKpi(sheet: RawSheet, found: { map: ColumnMap }, store: KpiStore, agents?: readonly Agent[], onProgress?: LoadOptions['onProgress']): Sink {
  const reader = new TableReader(sheet, found.map, 'kpi');
  const byName = found.map.columns.agentId || !found.map.columns.name ? undefined : new NameMatcher(agents ?? []);
  const stats = newKpiStats();
  reader.onFinish = () => [
    ...(byName ? byName.warnings(sheet, columnLabel(found.map, found.map.columns.name!.index)) : []),
    ...scaleWarnings(sheet, found.map, stats),
  ];
  const fold = makeKpiRowFolder(found.map, store, byName?.resolve, stats);
  if (store.rowCount === 0) store.kind = found.map.periodKind;
  // Reused from row to row: the readers copy what they keep of it.
  const loc: RowLoc = { file: sheet.file, sheet: sheet.sheet, row: 0 };
  const warnings: Warning[] = [];
  return {
    reader,
    take(batch, from) {
      const before = reader.info.rows;
      for (let i = from; i < batch.length; i++) {
        const raw = batch[i];
        loc.row = raw.row;
        if (fold(raw.cells, loc, warnings)) {
          reader.info.rows++;
          reader.sample(raw.cells);
        }
        if (warnings.length > 0) {
          reader.warn(warnings);
          warnings.length = 0;
        }
      }
      if (onProgress && Math.floor(reader.info.rows / PROGRESS_EVERY) > Math.floor(before / PROGRESS_EVERY)) onProgress(sheet.file, reader.info.rows);
    },
  };
}
