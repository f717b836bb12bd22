/** Data rows read into agents and KPI rows, one file per kind of row; this module gathers them. */
export type { RowLoc } from './row-cells.js';
export { makeAgentReader } from './agent-row.js';
export { newKpiStats, type KpiStats } from './kpi-row-core.js';
export { makeKpiRowFolder, makeKpiSourceFolder, type RowGate } from './kpi-row.js';
export { ArrayCells, type CellSource } from './cell-source.js';
export type { KpiRowState } from './kpi-row-core.js';
