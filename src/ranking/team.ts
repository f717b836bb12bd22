import type { KpiStore } from '../model/kpi.js';
import { METRICS, type Agent, type Day, type MetricId, type Metrics } from '../model/types.js';
import { median } from './stats.js';

const N = METRICS.length;

/**
 * Per team and period, the median of each metric over the team's agents that are not `left`
 * and have rows in that period (for an agent's KPI trend against the team on the prep sheet).
 * Every team with a non-left agent is a key; a period appears only where some member has rows,
 * and a metric only where some member has it.
 */
export function teamMedians(agents: readonly Agent[], kpi: KpiStore, periods: readonly Day[]): Map<string, Map<Day, Metrics>> {
  const teams = new Map<string, Set<string>>();
  for (const agent of agents) {
    if (agent.status === 'left') continue;
    const members = teams.get(agent.team) ?? new Set<string>();
    teams.set(agent.team, members.add(agent.id));
  }
  const metricIds = kpi.metrics();
  const out = new Map<string, Map<Day, Metrics>>();
  let rows = new Float64Array(0);
  for (const [team, members] of teams) {
    if (rows.length < members.size * N) rows = new Float64Array(members.size * N);
    const byPeriod = new Map<Day, Metrics>();
    for (const period of periods) {
      let count = 0;
      for (const id of members) if (kpi.read(id, period, rows, count * N)) count++;
      if (count > 0) byPeriod.set(period, medians(rows, count, metricIds));
    }
    out.set(team, byPeriod);
  }
  return out;
}

/** Per metric, the median over the `count` rows laid out as KpiStore.read writes them. */
function medians(rows: Float64Array, count: number, metricIds: readonly MetricId[]): Metrics {
  const out: Metrics = {};
  const values: number[] = [];
  for (const m of metricIds) {
    const j = METRICS.indexOf(m);
    values.length = 0;
    for (let r = 0; r < count; r++) if (!Number.isNaN(rows[r * N + j])) values.push(rows[r * N + j]);
    if (values.length > 0) out[m] = median(values);
  }
  return out;
}
