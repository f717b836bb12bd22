import type { KpiView } from './kpi.js';
import type { Agent, Day, MetricId, Metrics, PeriodKind } from './types.js';

/** How many periods a prep sheet's KPI trend shows. */
export const TREND_PERIODS = 8;

interface TrendRow {
  metric: MetricId;
  /** One value per period; undefined where there is no data. */
  agent: (number | undefined)[];
  team: (number | undefined)[];
}

export interface Trend {
  periods: Day[];
  kind: PeriodKind;
  rows: TrendRow[];
}

/** The periods the prep sheets show and every team's medians in them, computed once per plan. */
export interface TrendBasis {
  periods: Day[];
  kind: PeriodKind;
  medians: Map<string, Map<Day, Metrics>>;
  kpi: KpiView;
  higherIsBetter: Record<MetricId, boolean>;
}

/** The agent's metrics per period against the team median; only metrics the agent has. */
export function kpiTrend(basis: TrendBasis, agent: Agent): Trend {
  const team = basis.medians.get(agent.team);
  const mine = basis.periods.map((p) => basis.kpi.get(agent.id, p));
  const rows = basis.kpi
    .metrics()
    .map((metric) => ({
      metric,
      agent: mine.map((m) => m?.[metric]),
      team: basis.periods.map((p) => team?.get(p)?.[metric]),
    }))
    .filter((r) => r.agent.some((v) => v !== undefined));
  return { periods: basis.periods, kind: basis.kind, rows };
}
