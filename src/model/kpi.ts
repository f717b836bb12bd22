import { METRICS, type Day, type KpiRow, type MetricId, type Metrics, type PeriodKind } from './types.js';

const N = METRICS.length;
const CALLS = METRICS.indexOf('calls');

/**
 * Running sums for one agent and one period. Counts (calls) add up; averages are
 * weighted by calls when the row has calls, else each row weighs 1.
 * Layout: [calls, callsSeen, then for each other metric: weighted sum, weight].
 */
const WIDTH = 2 + 2 * N;

/**
 * Folds a row's metrics (per metric in METRICS order, NaN where missing) into the sums at
 * `at`; returns the row's metrics as a bit set.
 */
function addRow(sums: Float64Array, at: number, values: ArrayLike<number>): number {
  let seen = 0;
  const calls = values[CALLS];
  const hasCalls = !Number.isNaN(calls);
  if (hasCalls) {
    sums[at] += calls;
    sums[at + 1] = 1;
    seen = 1 << CALLS;
  }
  const w = hasCalls ? calls : 1;
  for (let i = 0; i < N; i++) {
    if (i === CALLS) continue;
    const v = values[i];
    if (Number.isNaN(v)) continue;
    sums[at + 2 + 2 * i] += v * w;
    sums[at + 3 + 2 * i] += w;
    seen |= 1 << i;
  }
  return seen;
}

/** A row's metrics in METRICS order, NaN where missing (reused: read once per call). */
const scratch = new Float64Array(N);

function merge(into: Float64Array, from: Float64Array, at: number): void {
  into[0] += from[at];
  if (from[at + 1]) into[1] = 1;
  for (let i = 2; i < WIDTH; i++) into[i] += from[at + i];
}

function toMetrics(sums: Float64Array, at: number): Metrics {
  const out: Metrics = {};
  if (sums[at + 1]) out.calls = sums[at];
  for (let i = 0; i < N; i++) {
    if (i === CALLS) continue;
    const w = sums[at + 3 + 2 * i];
    if (w > 0) out[METRICS[i]] = sums[at + 2 + 2 * i] / w;
  }
  return out;
}

/**
 * Per-agent, per-period accumulators that KPI rows are folded into as they are read,
 * so no stage holds all rows. The sums live side by side in one growing array: a year of
 * daily rows for thousands of agents makes hundreds of thousands of them.
 */
export class KpiStore {
  /** Agent → period → offset of its sums in `sums`. */
  private readonly byAgent = new Map<string, Map<Day, number>>();
  private readonly periodSet = new Set<Day>();
  private sums = new Float64Array(WIDTH * 1024);
  private used = 0;
  private seenMetrics = 0;
  kind: PeriodKind = 'week';
  rowCount = 0;

  add(row: KpiRow): void {
    for (let i = 0; i < N; i++) scratch[i] = row.metrics[METRICS[i]] ?? NaN;
    this.addValues(row.agentId, row.period, scratch);
  }

  /**
   * Folds one row given as values per metric in METRICS order, NaN where the row has none:
   * the loaders' path, with no object per row.
   */
  addValues(agentId: string, period: Day, values: ArrayLike<number>): void {
    let periods = this.byAgent.get(agentId);
    if (!periods) {
      periods = new Map();
      this.byAgent.set(agentId, periods);
    }
    let at = periods.get(period);
    if (at === undefined) {
      at = this.allocate();
      periods.set(period, at);
      this.periodSet.add(period);
    }
    this.seenMetrics |= addRow(this.sums, at, values);
    this.rowCount++;
  }

  private allocate(): number {
    if (this.used + WIDTH > this.sums.length) {
      const grown = new Float64Array(this.sums.length * 2);
      grown.set(this.sums);
      this.sums = grown;
    }
    const at = this.used;
    this.used += WIDTH;
    return at;
  }

  /** All periods seen, oldest first. */
  periods(): Day[] {
    return [...this.periodSet].sort();
  }

  metrics(): MetricId[] {
    return METRICS.filter((_, i) => this.seenMetrics & (1 << i));
  }

  agentIds(): string[] {
    return [...this.byAgent.keys()];
  }

  hasAgent(agentId: string): boolean {
    return this.byAgent.has(agentId);
  }

  /** The agent's aggregated metrics in one period, or undefined without rows there. */
  get(agentId: string, period: Day): Metrics | undefined {
    const at = this.byAgent.get(agentId)?.get(period);
    return at === undefined ? undefined : toMetrics(this.sums, at);
  }

  /** The agent's metrics aggregated over several periods, or undefined without rows in any. */
  over(agentId: string, periods: readonly Day[]): Metrics | undefined {
    const mine = this.byAgent.get(agentId);
    if (!mine) return undefined;
    const sum = new Float64Array(WIDTH);
    let any = false;
    for (const p of periods) {
      const at = mine.get(p);
      if (at !== undefined) {
        merge(sum, this.sums, at);
        any = true;
      }
    }
    return any ? toMetrics(sum, 0) : undefined;
  }

  /** Periods in which the agent has rows, oldest first. */
  agentPeriods(agentId: string): Day[] {
    return [...(this.byAgent.get(agentId)?.keys() ?? [])].sort();
  }
}
