import type { KpiStore } from '../model/kpi.js';
import type { Agent, Day, MetricId, Metrics } from '../model/types.js';
import { median } from './stats.js';

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
  for (const [team, members] of teams) {
    const byPeriod = new Map<Day, Metrics>();
    for (const period of periods) {
      const rows = [...members].flatMap((id) => kpi.get(id, period) ?? []);
      if (rows.length > 0) byPeriod.set(period, medians(rows, metricIds));
    }
    out.set(team, byPeriod);
  }
  return out;
}

function medians(rows: readonly Metrics[], metricIds: readonly MetricId[]): Metrics {
  const out: Metrics = {};
  for (const m of metricIds) {
    const values = rows.flatMap((r) => r[m] ?? []);
    if (values.length > 0) out[m] = median(values);
  }
  return out;
}
