import { KpiStore } from '../model/kpi.js';
import type { Inputs, LoadOptions } from './load/types.js';
import { loadKpiFile } from './load/kpi-file.js';
import { loadRosterFile } from './load/roster-file.js';

export type { ColumnInfo, Inputs, LoadOptions, TableInfo, TableKind } from './load/types.js';
export { missingColumnNotes } from './load/checks.js';

/**
 * Reads the roster and the KPI files in one streaming pass each. KPI rows are folded into
 * the store as they arrive. Without KPI files, KPI sheets of the roster workbook are used.
 */
export async function loadInputs(rosterFile: string, kpiFiles: string[], opts: LoadOptions = {}): Promise<Inputs> {
  const kpi = new KpiStore();
  const { agents, tables, warnings } = await loadRosterFile(rosterFile, kpiFiles.length > 0, kpi, opts);
  for (const file of kpiFiles) {
    const read = await loadKpiFile(file, kpi, agents, opts);
    tables.push(...read.tables);
    warnings.push(...read.warnings);
  }
  return { agents, kpi, warnings, tables };
}
