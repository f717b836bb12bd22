import type { Day, Warning } from '../model/types.js';
import { ArrayCells, type CellSource } from './cell-source.js';
import type { CellValue } from './cell.js';
import type { ColumnMap } from './header.js';
import { makeKpiCore, newKpiRowState, type KpiRowState, type KpiStats, type NameResolver, type SkipReason } from './kpi-row-core.js';
import type { RowLoc } from './row-cells.js';

/** Where makeKpiRowFolder puts rows: the KPI store. */
export interface KpiRowTarget {
  /** `values` per metric in METRICS order, NaN where missing; read during the call only. */
  addValues(agentId: string, period: Day, values: ArrayLike<number>, day?: Day): void;
}

/** Decides whether a read row is added: false for a row that repeats one already added. */
export type RowGate = (state: Readonly<KpiRowState>, cells: CellSource, loc: RowLoc) => boolean;

/**
 * Builds the KPI row reader for one header; column positions are looked up once. Periods fold
 * into their ISO week's Monday or their month's first day, per `map.periodKind`. Each row with
 * data goes straight into `target` and problems are pushed to `warnings`: no object is made
 * per row, for files of a million rows. Returns
 * undefined when the row was added, else why not ('' for a blank row). `loc` is only read
 * during the call, so a caller may reuse it. The row is given as a CellSource (a csv file's
 * scanned line, read in place); makeKpiRowFolder takes arrays of cells.
 */
export function makeKpiSourceFolder(
  map: ColumnMap,
  target: KpiRowTarget,
  byName?: NameResolver,
  stats?: KpiStats,
  gate?: RowGate,
): (cells: CellSource, loc: RowLoc, warnings: Warning[]) => SkipReason | undefined {
  const core = makeKpiCore(map, byName, stats);
  const state = newKpiRowState();
  return (cells, loc, warnings) => {
    if (!core(cells, loc, warnings, state)) return state.skip;
    if (gate && !gate(state, cells, loc)) return 'repeat';
    target.addValues(state.agentId, state.period, state.values, state.day);
    return undefined;
  };
}

/** makeKpiSourceFolder for rows given as arrays of cells. */
export function makeKpiRowFolder(
  map: ColumnMap,
  target: KpiRowTarget,
  byName?: NameResolver,
  stats?: KpiStats,
  gate?: RowGate,
): (cells: readonly CellValue[], loc: RowLoc, warnings: Warning[]) => SkipReason | undefined {
  const fold = makeKpiSourceFolder(map, target, byName, stats, gate);
  const row = new ArrayCells();
  return (cells, loc, warnings) => {
    row.cells = cells;
    return fold(row, loc, warnings);
  };
}
