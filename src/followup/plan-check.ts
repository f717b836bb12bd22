import { addDays, monthEnd } from '../model/day.js';
import type { KpiStore } from '../model/kpi.js';
import type { FollowUp, PlanCheck } from '../model/plan.js';
import { METRICS, type AgreedPlan, type Day, type MetricId } from '../model/types.js';

/** Periods compared before the talk: as many as the ranking window. */
export const BEFORE_PERIODS = 4;

/** The last day of a KPI period. */
export function periodEnd(period: Day, kind: KpiStore['kind']): Day {
  return kind === 'month' ? monthEnd(period) : kind === 'day' ? period : addDays(period, 6);
}

/** "80%", "80", "5:00" (AHT as m:ss) → a number in the metric's units; anything else undefined. */
export function targetValue(target: string | null): number | undefined {
  if (!target) return undefined;
  const t = target.trim().replace(/^[<>≤≥=]+\s*/, '');
  const time = /^(\d+):([0-5]\d)$/.exec(t);
  if (time) return +time[1] * 60 + +time[2];
  const n = /^(\d+(?:\.\d+)?)\s*%?$/.exec(t);
  return n ? Number(n[1]) : undefined;
}

/** A metric's change around a talk. */
export interface MeasuredChange {
  before?: number;
  since?: number;
  periodsBefore: number;
  periodsSince: number;
}

/**
 * The one way talks measures a change (the follow-up form and `talks impact`): the metric over
 * the BEFORE_PERIODS periods that ended before `from` against the periods that began on or
 * after it — all of them, or the first `after` when given. Pure.
 */
export function measureChange(kpi: KpiStore, agentId: string, metric: MetricId, from: Day, after?: number): MeasuredChange {
  const periods = kpi.agentPeriods(agentId);
  const before = periods.filter((p) => periodEnd(p, kpi.kind) < from).slice(-BEFORE_PERIODS);
  const sinceAll = periods.filter((p) => p >= from);
  const since = after === undefined ? sinceAll : sinceAll.slice(0, after);
  return {
    before: before.length ? kpi.over(agentId, before)?.[metric] : undefined,
    since: since.length ? kpi.over(agentId, since)?.[metric] : undefined,
    periodsBefore: before.length,
    periodsSince: since.length,
  };
}

/**
 * Whether `since` reached the plan: the target (or, without a readable target, better than
 * before) in the metric's direction; undefined when there is nothing to compare with.
 */
export function planReached(m: Pick<MeasuredChange, 'before' | 'since'>, target: number | undefined, higher: boolean): boolean | undefined {
  const goal = target ?? m.before;
  if (m.since === undefined || goal === undefined) return undefined;
  const reached = higher ? m.since >= goal : m.since <= goal;
  const better = target !== undefined || (higher ? m.since > goal : m.since < goal);
  return reached && better;
}

/**
 * Compares the plan's metric over the periods wholly before the talk with all periods that
 * began on or after it (measureChange). Met: planReached; not yet: measured but not there; no
 * data yet: no metric, or no period since the talk. Pure.
 */
export function checkPlan(plan: AgreedPlan, kpi: KpiStore, agentId: string, higherIsBetter: Partial<Record<MetricId, boolean>>): PlanCheck {
  const metric = (METRICS as readonly string[]).includes(plan.metric ?? '') ? (plan.metric as MetricId) : undefined;
  const target = targetValue(plan.target);
  if (!metric) return { status: 'no-data', target };
  const { before: b, since: s } = measureChange(kpi, agentId, metric, plan.agreedOn);
  if (s === undefined) return { metric, before: b, target, status: 'no-data' };
  const reached = planReached({ before: b, since: s }, target, higherIsBetter[metric] ?? true);
  if (reached === undefined) return { metric, since: s, status: 'no-data' };
  return { metric, before: b, since: s, target, status: reached ? 'met' : 'not-yet' };
}

/** Every follow-up with an agreed plan gets its check, so the prep sheets only render it. Pure. */
export function checkFollowUps(
  followUps: ReadonlyMap<string, FollowUp> | undefined,
  kpi: KpiStore,
  higherIsBetter: Partial<Record<MetricId, boolean>>,
): Map<string, FollowUp> | undefined {
  if (!followUps) return undefined;
  return new Map([...followUps].map(([id, f]) => [id, f.plan ? { ...f, check: checkPlan(f.plan, kpi, id, higherIsBetter) } : f]));
}
