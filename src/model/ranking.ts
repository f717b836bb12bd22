import type { Day, Metrics } from './types.js';

export type IneligibleReason = 'left' | 'tenure' | 'no-kpi';

export interface RankedAgent {
  agentId: string;
  eligible: boolean;
  reason?: IneligibleReason;
  /** The team when ranking by team, else null. */
  group: string | null;
  /** 1 = best within the group; null when ineligible. */
  rank: number | null;
  /** Eligible agents in the agent's group. */
  groupSize: number;
  /** Composite score 0–100, rounded to 1 decimal. */
  score: number | null;
  /** Position as a percentile: 100 × (n − rank) / (n − 1), 1 decimal; 100 when alone. */
  percentile: number | null;
  top: boolean;
  core: boolean;
  /** The agent's metrics aggregated over the window (raw units; {} without rows). */
  metrics: Metrics;
  /** Per-metric percentile ranks within the group (+ is better), 1 decimal; {} when ineligible. */
  metricPct: Metrics;
}

export interface Ranking {
  window: Day[];
  agents: Map<string, RankedAgent>;
  /** Eligible agents by group, then rank; then the ineligible by agentId. */
  ordered: RankedAgent[];
}
