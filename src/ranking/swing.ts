import type { RankingSettings, SwingSettings } from '../model/settings.js';
import { addDays, monthEnd } from '../model/day.js';
import type { KpiStore } from '../model/kpi.js';
import { METRICS, type Agent, type Day, type Swing, type SwingDriver } from '../model/types.js';
import { scoreColumns } from './composite.js';
import { partialLatest } from './partial.js';
import { EPS, median, round1 } from './stats.js';

export interface SwingOptions {
  today: Day;
  ranking: RankingSettings;
  swing: SwingSettings;
}

/** A metric must move this many percentile points in the swing's direction to be a driver. */
const DRIVER_MIN_POINTS = 5;
const MAX_DRIVERS = 3;
/** Scales the median absolute deviation to a standard deviation for normal data. */
const MAD_TO_SIGMA = 1.4826;

const N = METRICS.length;

/**
 * The roster's standings in one period, in columns (agent a's metric METRICS[j] at a·N + j):
 * raw values and percentile ranks, NaN where none; the composite, NaN without a standing.
 */
interface PeriodTable {
  raw: Float64Array;
  pct: Float64Array;
  score: Float64Array;
}

/**
 * Finds agents whose composite score in the latest period moved sharply against their own
 * baseline (SPEC §1 "Swing detection"). Each period's composite ranks the agents that are not
 * `left` and were active in it (a period of rows of zeros is no activity, not a score). The
 * latest period is the last one starting on or before today, unless the data covers only part
 * of it (then the one before). The baseline is the agent's most recent earlier active periods
 * (gaps are skipped); an agent idle in the latest period has no swing.
 * Change and thresholds are compared at full precision; output numbers are rounded to 1 decimal
 * except the drivers' raw values.
 */
export function detectSwings(agents: readonly Agent[], kpi: KpiStore, opts: SwingOptions): Map<string, Swing> {
  const periods = kpi.periods().filter((p) => p <= opts.today);
  // A period the data ends part-way through is not judged: the one before it is the latest.
  if (partialLatest(kpi, opts.today)) periods.pop();
  const swings = new Map<string, Swing>();
  // Stryker disable next-line ConditionalExpression: a way out early; without it no agent has a latest standing, so no swing either
  if (periods.length === 0) return swings;
  const roster = uniqueActive(agents);
  const standings = periodStandings(roster, periods, kpi, opts.ranking);
  const latest = periods.length - 1;
  roster.forEach((agent, a) => {
    const swing = judge(standings, a, latest, opts);
    if (!swing) return;
    const period = periods[latest];
    swings.set(agent.id, {
      agentId: agent.id,
      ...swing,
      period,
      periodEnd: kpi.kind === 'month' ? monthEnd(period) : kpi.kind === 'day' ? period : addDays(period, 6),
      periodKind: kpi.kind,
    });
  });
  return swings;
}

/** Agents that are not `left`; for a duplicated id the first occurrence counts, as in ranking. */
function uniqueActive(agents: readonly Agent[]): Agent[] {
  const seen = new Set<string>();
  return agents.filter((a) => {
    if (seen.has(a.id)) return false;
    seen.add(a.id);
    return a.status !== 'left';
  });
}

/**
 * standings(p): the roster's standings in period p (no standing without rows or without a
 * composite). Scored on first use (one sort per metric), so with full data only the latest
 * period and the baseline periods before it are ever scored.
 */
function periodStandings(
  roster: readonly Agent[],
  periods: readonly Day[],
  kpi: KpiStore,
  settings: RankingSettings,
): (p: number) => PeriodTable {
  const metricIds = kpi.metrics();
  const cache = new Map<number, PeriodTable>();
  return (p) => {
    const cached = cache.get(p);
    // Stryker disable next-line ConditionalExpression: the cache saves work only; scoring a period again gives the same standings
    if (cached) return cached;
    const raw = new Float64Array(roster.length * N).fill(NaN);
    roster.forEach((agent, a) => kpi.read(agent.id, periods[p], raw, a * N));
    const pct = new Float64Array(roster.length * N);
    // An agent without rows has only NaN values, so no metric and no composite: no standing.
    const table = { raw, pct, score: scoreColumns(raw, roster.length, metricIds, settings, pct) };
    cache.set(p, table);
    return table;
  };
}

type Judged = Omit<Swing, 'agentId' | 'period' | 'periodEnd' | 'periodKind'>;

function judge(standings: (p: number) => PeriodTable, a: number, latest: number, opts: SwingOptions): Judged | undefined {
  const now = standings(latest);
  const score = now.score[a];
  if (Number.isNaN(score)) return undefined;
  const baseline: PeriodTable[] = [];
  for (let p = latest - 1; p >= 0 && baseline.length < opts.swing.maxBaseline; p--) {
    const s = standings(p);
    if (!Number.isNaN(s.score[a])) baseline.push(s);
  }
  if (baseline.length < opts.swing.minBaseline) return undefined;
  const composites = baseline.map((s) => s.score[a]);
  const m = median(composites);
  const sigma = MAD_TO_SIGMA * median(composites.map((x) => Math.abs(x - m)));
  const change = score - m;
  // Stryker disable next-line EqualityOperator: >= and > differ only at exactly minPoints − EPS, the float noise EPS absorbs
  const large = Math.abs(change) >= opts.swing.minPoints - EPS;
  // With sigma 0 this reads "any change at all": a flat baseline has no normal variation.
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: they differ only within EPS of the threshold, the float noise EPS absorbs
  const unusual = Math.abs(change) > opts.swing.madSigmas * sigma + EPS;
  if (!large || !unusual) return undefined;
  // Stryker disable next-line EqualityOperator: a change of 0 is never large, so > and >= agree
  const direction = change > 0 ? 'up' : 'down';
  return {
    direction,
    size: round1(change),
    latest: round1(score),
    baseline: round1(m),
    sigma: round1(sigma),
    baselinePeriods: baseline.length,
    drivers: drivers(now, baseline, a, direction, opts.ranking),
  };
}

/**
 * The metrics that moved in the swing's direction, biggest weighted move first. Metrics that
 * weigh 0 cannot have moved the composite and are never drivers; equal moves keep METRICS order.
 */
function drivers(
  now: PeriodTable,
  baseline: readonly PeriodTable[],
  a: number,
  direction: 'up' | 'down',
  settings: RankingSettings,
): SwingDriver[] {
  const found: { driver: SwingDriver; impact: number }[] = [];
  METRICS.forEach((metric, j) => {
    const at = a * N + j;
    const latestPct = now.pct[at];
    const weight = settings.weights[metric];
    const before = baseline.filter((s) => !Number.isNaN(s.pct[at]));
    if (Number.isNaN(latestPct) || !(weight > 0) || before.length === 0) return;
    const deltaPct = latestPct - median(before.map((s) => s.pct[at]));
    const moved = direction === 'up' ? deltaPct : -deltaPct;
    // Stryker disable next-line EqualityOperator: < and <= differ only at exactly 5 − EPS points, the float noise EPS absorbs
    if (moved < DRIVER_MIN_POINTS - EPS) return;
    const raw = before.map((s) => s.raw[at]);
    found.push({
      impact: Math.abs(deltaPct) * weight,
      driver: {
        metric,
        from: median(raw),
        to: now.raw[at],
        low: Math.min(...raw),
        high: Math.max(...raw),
        deltaPct: round1(deltaPct),
      },
    });
  });
  return found
    .sort((a, b) => b.impact - a.impact)
    .slice(0, MAX_DRIVERS)
    .map((f) => f.driver);
}
