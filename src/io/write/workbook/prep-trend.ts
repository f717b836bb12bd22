import { DEFAULTS } from '../../../config.js';
import type { KpiStore } from '../../../model/kpi.js';
import type { Plan } from '../../../model/plan.js';
import type { Agent, Day, MetricId, Metrics, PeriodKind } from '../../../model/types.js';
import { teamMedians } from '../../../ranking/team.js';

export const TREND_PERIODS = 8;

const BARS = '▁▂▃▄▅▆▇█';

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

/** The periods a prep sheet shows and every team's medians in them, computed once per workbook. */
export interface TrendBasis {
  periods: Day[];
  kind: PeriodKind;
  medians: Map<string, Map<Day, Metrics>>;
  kpi: KpiStore;
  higherIsBetter: Record<MetricId, boolean>;
}

/** The last TREND_PERIODS periods that started by today, with the team medians in them. */
export function trendBasis(plan: Pick<Plan, 'agents' | 'kpi' | 'today'> & { settings?: Plan['settings'] }): TrendBasis {
  const periods = plan.kpi.periods().filter((p) => p <= plan.today).slice(-TREND_PERIODS);
  const higherIsBetter = (plan.settings ?? DEFAULTS).ranking.higherIsBetter;
  return { periods, kind: plan.kpi.kind, medians: teamMedians(plan.agents, plan.kpi, periods), kpi: plan.kpi, higherIsBetter };
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

/** A text sparkline, one block per value scaled between the lowest and highest; a space for no data. */
export function sparkline(values: readonly (number | undefined)[]): string {
  const known = values.filter((v): v is number => v !== undefined);
  if (known.length === 0) return '';
  const min = Math.min(...known);
  const max = Math.max(...known);
  // Noise of a few tenths must not look like a swing: the scale spans at least 10% of the values.
  const span = Math.max(max - min, 0.1 * Math.max(...known.map(Math.abs)));
  const lo = (min + max) / 2 - span / 2;
  return values
    .map((v) => {
      if (v === undefined) return ' ';
      if (span < 1e-9) return BARS[3];
      return BARS[Math.round(((v - lo) / span) * (BARS.length - 1))];
    })
    .join('');
}

/** ▲ better than the team median, ▼ worse, = within 1% of it, · no data; oriented by the metric's direction. */
export function versusTeam(
  metric: MetricId,
  agent: readonly (number | undefined)[],
  team: readonly (number | undefined)[],
  higher = DEFAULTS.ranking.higherIsBetter[metric],
): string {
  return agent
    .map((a, i) => {
      const t = team[i];
      if (a === undefined || t === undefined) return '·';
      if (Math.abs(a - t) <= Math.max(1e-9, 0.01 * Math.abs(t))) return '=';
      return a > t === higher ? '▲' : '▼';
    })
    .join('');
}
