import type { KpiStore } from '../../model/kpi.js';
import type { Agent, Warning } from '../../model/types.js';
import { dataWarning, someNames } from '../../text/data-warnings.js';

const nameKey = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * When the KPI data's agent IDs are not the roster's IDs but its names (an ACD export that
 * logs first names), files each such agent's rows under the roster ID, and says so. Only
 * names that one roster agent holds, and only agents with no rows under their own ID.
 */
export function matchIdsToNames(agents: readonly Agent[], kpi: KpiStore, kpiFiles: readonly string[]): Warning[] {
  const ids = new Set(agents.map((a) => a.id));
  const unmatched = kpi.agentIds().filter((id) => !ids.has(id));
  if (unmatched.length === 0) return [];
  const byName = new Map<string, Agent | null>();
  for (const a of agents) {
    const key = nameKey(a.name);
    byName.set(key, byName.has(key) ? null : a);
  }
  const matched: string[] = [];
  for (const id of unmatched) {
    const agent = byName.get(nameKey(id));
    if (!agent || kpi.hasAgent(agent.id)) continue;
    kpi.renameAgent(id, agent.id);
    matched.push(id);
  }
  return matched.length ? [dataWarning('kpi-matched-by-name', { agents: matched.length, names: someNames(matched) }, kpiPlace(kpiFiles))] : [];
}

/** Where a warning about the KPI data points: its file when there is one. */
const kpiPlace = (files: readonly string[]) => (files.length === 1 ? { file: files[0] } : {});

/** KPI rows whose agent is not in the roster, and roster agents (not left) with no KPI rows. */
export function unmatchedWarnings(agents: readonly Agent[], kpi: KpiStore, kpiFiles: readonly string[]): Warning[] {
  if (kpi.rowCount === 0) return [];
  const out: Warning[] = [];
  const ids = new Set(agents.map((a) => a.id));
  const unknown = kpi.agentIds().filter((id) => !ids.has(id));
  if (unknown.length) {
    const rows = unknown.reduce((sum, id) => sum + kpi.agentRows(id), 0);
    out.push(dataWarning('kpi-unmatched', { rows, agents: unknown.length, names: someNames(unknown) }, kpiPlace(kpiFiles)));
  }
  const missing = agents.filter((a) => a.status !== 'left' && !kpi.hasAgent(a.id));
  if (missing.length) {
    const names = someNames(missing.map((a) => `${a.id}${a.name !== a.id ? ` ${a.name}` : ''}`));
    out.push(dataWarning('roster-no-kpi', { agents: missing.length, names }, { file: missing[0].source.file, sheet: missing[0].source.sheet }));
  }
  return out;
}

/** Without a roster: one active agent per KPI agent, tenure unknown (its first period stands in as hire date). */
export function agentsFromKpi(kpi: KpiStore, file: string): Agent[] {
  const first = kpi.periods()[0] ?? '';
  return kpi
    .agentIds()
    .sort()
    .map((id) => ({ id, name: id, team: '', lead: '', hireDate: first, hireUnknown: true, status: 'active', source: { file } }));
}
