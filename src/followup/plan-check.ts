import { addDays, monthEnd } from '../model/day.js';
import type { KpiStore } from '../model/kpi.js';
import { METRICS, type AgreedPlan, type Day, type MetricId } from '../model/types.js';

export type PlanStatus = 'met' | 'not-yet' | 'no-data';

/** How the plan's metric moved: the periods before the talk against the periods since. */
export interface PlanCheck {
  metric?: MetricId;
  before?: number;
  since?: number;
  /** The target as a number in the metric's units, when it reads as one. */
  target?: number;
  status: PlanStatus;
}

/** Periods compared before the talk: as many as the ranking window. */
const BEFORE_PERIODS = 4;

function periodEnd(period: Day, kind: KpiStore['kind']): Day {
  return kind === 'month' ? monthEnd(period) : addDays(period, 6);
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

/**
 * Compares the plan's metric over the periods wholly before the talk with the periods that
 * began on or after it. Met: the target reached (or, without a readable target, better than
 * before) in the metric's direction; not yet: measured but not there; no data yet: no metric,
 * or no period since the talk. Pure.
 */
export function checkPlan(plan: AgreedPlan, kpi: KpiStore, agentId: string, higherIsBetter: Partial<Record<MetricId, boolean>>): PlanCheck {
  const metric = (METRICS as readonly string[]).includes(plan.metric ?? '') ? (plan.metric as MetricId) : undefined;
  const target = targetValue(plan.target);
  if (!metric) return { status: 'no-data', target };
  const periods = kpi.agentPeriods(agentId);
  const before = periods.filter((p) => periodEnd(p, kpi.kind) < plan.agreedOn).slice(-BEFORE_PERIODS);
  const since = periods.filter((p) => p >= plan.agreedOn);
  const b = before.length ? kpi.over(agentId, before)?.[metric] : undefined;
  const s = since.length ? kpi.over(agentId, since)?.[metric] : undefined;
  if (s === undefined) return { metric, before: b, target, status: 'no-data' };
  const higher = higherIsBetter[metric] ?? true;
  const goal = target ?? b;
  if (goal === undefined) return { metric, since: s, status: 'no-data' };
  const reached = higher ? s >= goal : s <= goal;
  const better = target !== undefined || (higher ? s > goal : s < goal);
  return { metric, before: b, since: s, target, status: reached && better ? 'met' : 'not-yet' };
}
