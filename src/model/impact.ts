import type { RuleId } from './types.js';

/** What a talk is judged by: the plan's metric when one was agreed, else the metrics whose swing led to it. */
export type ImpactBasis = 'plan' | 'swing' | 'none';
/**
 * better: plan met / back within the normal range (swing-down) / still above the usual level
 * (swing-up); not-yet: measured but not there; too-recent: no KPI period since the talk yet;
 * no-data: the agent has no data to compare; no-metric: nothing to judge the talk by.
 */
export type ImpactVerdict = 'better' | 'not-yet' | 'too-recent' | 'no-data' | 'no-metric';

/** Per talk type and basis, each agent counted once (their latest such talk). */
export interface ImpactSummary {
  rule: RuleId;
  basis: ImpactBasis;
  agents: number;
  better: number;
  notYet: number;
  tooRecent: number;
  noData: number;
  /** Of better + notYet: judged over fewer than AFTER_PERIODS periods (src/followup/impact.ts). */
  partial: number;
}
