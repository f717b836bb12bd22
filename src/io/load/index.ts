import { KpiStore } from '../../model/kpi.js';
import type { Warning } from '../../model/types.js';
import { dataWarning } from '../../text/data-warnings.js';
import { loadKpiFile } from './kpi-file.js';
import { RowLedger } from './ledger.js';
import { agentsFromKpi, matchIdsToNames, unmatchedWarnings } from './reconcile.js';
import { loadRosterFile } from './roster-file.js';
import type { Inputs, LoadOptions, TableInfo } from './types.js';

export type { Inputs, LoadOptions, TableInfo } from './types.js';
export { missingColumnNotes } from './checks.js';

/**
 * Reads the roster and the KPI files in one streaming pass each. KPI rows are folded into
 * the store as they arrive. Without KPI files, KPI sheets of the roster workbook are used.
 * Without a roster (undefined), the agents come from the KPI data.
 */
export async function loadInputs(rosterFile: string | undefined, kpiFiles: string[], opts: LoadOptions = {}): Promise<Inputs> {
  const kpi = new KpiStore();
  const ledger = new RowLedger();
  const o = { ...opts, ledger };
  const roster = rosterFile === undefined ? undefined : await loadRosterFile(rosterFile, kpiFiles.length > 0, kpi, o);
  const tables: TableInfo[] = roster?.tables ?? [];
  const warnings: Warning[] = roster?.warnings ?? [];
  for (const file of kpiFiles) {
    const read = await loadKpiFile(file, kpi, roster?.agents ?? 'none', o);
    tables.push(...read.tables);
    warnings.push(...read.warnings);
  }
  if (!roster) {
    warnings.push(...ledger.finish(kpi, (id) => id));
    const agents = agentsFromKpi(kpi, kpiFiles[0] ?? '');
    warnings.push(dataWarning('note-kpi-only', { agents: agents.length }, kpiFiles.length === 1 ? { file: kpiFiles[0] } : {}));
    return { agents, kpi, warnings, tables };
  }
  const { agents } = roster;
  const names = new Map(agents.map((a) => [a.id, a.name]));
  warnings.push(...ledger.finish(kpi, (id) => names.get(id) ?? id));
  warnings.push(...matchIdsToNames(agents, kpi, kpiFiles), ...unmatchedWarnings(agents, kpi, kpiFiles));
  return { agents, kpi, warnings, tables };
}
