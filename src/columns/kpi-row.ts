import { METRICS, type Day, type KpiRow, type Metrics, type Warning } from '../model/types.js';
import type { CellValue } from './cell.js';
import type { ColumnMap } from './header.js';
import { makeKpiCore, newKpiRowState, type KpiStats, type NameResolver } from './kpi-row-core.js';
import type { RowLoc } from './row-cells.js';

export type KpiRowReader = (cells: readonly CellValue[], loc: RowLoc) => { row?: KpiRow; warnings: Warning[] };

/**
 * Builds a KPI row reader for one header; column positions are looked up once. Periods fold
 * into their ISO week's Monday or their month's first day, per `map.periodKind`.
 */
export function makeKpiRowReader(map: ColumnMap): KpiRowReader {
  const core = makeKpiCore(map);
  const state = newKpiRowState();
  return (cells, loc) => {
    const warnings: Warning[] = [];
    if (!core(cells, loc, warnings, state)) return { warnings };
    const metrics: Metrics = {};
    for (let i = 0; i < METRICS.length; i++) if (!Number.isNaN(state.values[i])) metrics[METRICS[i]] = state.values[i];
    return { row: { agentId: state.agentId, period: state.period, metrics }, warnings };
  };
}

/** Where makeKpiRowFolder puts rows: the KPI store. */
export interface KpiRowTarget {
  /** `values` per metric in METRICS order, NaN where missing; read during the call only. */
  addValues(agentId: string, period: Day, values: ArrayLike<number>): void;
}

/**
 * Like makeKpiRowReader, but each row with data goes straight into `target` and problems are
 * pushed to `warnings`: no object is made per row, for files of a million rows. Returns true
 * when the row was added. `loc` is only read during the call, so a caller may reuse it.
 */
export function makeKpiRowFolder(
  map: ColumnMap,
  target: KpiRowTarget,
  byName?: NameResolver,
  stats?: KpiStats,
): (cells: readonly CellValue[], loc: RowLoc, warnings: Warning[]) => boolean {
  const core = makeKpiCore(map, byName, stats);
  const state = newKpiRowState();
  return (cells, loc, warnings) => {
    if (!core(cells, loc, warnings, state)) return false;
    target.addValues(state.agentId, state.period, state.values);
    return true;
  };
}

/** One KPI row; prefer makeKpiRowReader for many rows of the same sheet. */
export function toKpiRow(cells: readonly CellValue[], map: ColumnMap, loc: RowLoc): { row?: KpiRow; warnings: Warning[] } {
  return makeKpiRowReader(map)(cells, loc);
}
