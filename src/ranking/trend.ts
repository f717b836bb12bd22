import type { RankingSettings } from '../model/settings.js';
import type { KpiStore } from '../model/kpi.js';
import { TREND_PERIODS, type TrendBasis } from '../model/trend.js';
import type { Agent, Day } from '../model/types.js';
import { teamMedians } from './team.js';

/**
 * The last TREND_PERIODS periods that started by today, with the team medians in them, and the
 * agents' rows in those periods alone (a view: the whole store need not outlive the plan).
 */
export function trendBasis(agents: readonly Agent[], kpi: KpiStore, today: Day, ranking: Pick<RankingSettings, 'higherIsBetter'>): TrendBasis {
  const periods = kpi.periods().filter((p) => p <= today).slice(-TREND_PERIODS);
  const view = kpi.view(agents.map((a) => a.id), periods);
  return { periods, kind: kpi.kind, medians: teamMedians(agents, kpi, periods), kpi: view, higherIsBetter: ranking.higherIsBetter };
}
