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

/** Sums per page: pages keep growth cheap and waste at most one page. */
const PAGE_BITS = 11;
const PAGE_SLOTS = 1 << PAGE_BITS;

/** One agent's periods, and the period its last row went to (rows of a day come in runs). */
interface AgentSlots {
  periods: Map<Day, number>;
  lastPeriod: Day | undefined;
  lastSlot: number;
}

/**
 * Per-agent, per-period accumulators that KPI rows are folded into as they are read,
 * so no stage holds all rows. The sums live side by side in pages of a few thousand slots:
 * a year of daily rows for thousands of agents makes hundreds of thousands of them.
 */
export class KpiStore {
  /** Agent → period → slot of its sums in `pages`. */
  private readonly byAgent = new Map<string, AgentSlots>();
  private readonly periodSet = new Set<Day>();
  private readonly pages: Float64Array[] = [];
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
    let mine = this.byAgent.get(agentId);
    if (!mine) {
      mine = { periods: new Map(), lastPeriod: undefined, lastSlot: -1 };
      this.byAgent.set(agentId, mine);
    }
    let slot: number;
    if (mine.lastPeriod === period) slot = mine.lastSlot;
    else {
      const known = mine.periods.get(period);
      if (known === undefined) {
        slot = this.allocate();
        mine.periods.set(period, slot);
        this.periodSet.add(period);
      } else slot = known;
      mine.lastPeriod = period;
      mine.lastSlot = slot;
    }
    this.seenMetrics |= addRow(this.pages[slot >>> PAGE_BITS], (slot & (PAGE_SLOTS - 1)) * WIDTH, values);
    this.rowCount++;
  }

  private allocate(): number {
    const slot = this.used++;
    if ((slot & (PAGE_SLOTS - 1)) === 0) this.pages.push(new Float64Array(PAGE_SLOTS * WIDTH));
    return slot;
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
    const slot = this.byAgent.get(agentId)?.periods.get(period);
    return slot === undefined ? undefined : toMetrics(this.pages[slot >>> PAGE_BITS], (slot & (PAGE_SLOTS - 1)) * WIDTH);
  }

  /** The agent's metrics aggregated over several periods, or undefined without rows in any. */
  over(agentId: string, periods: readonly Day[]): Metrics | undefined {
    const mine = this.byAgent.get(agentId)?.periods;
    if (!mine) return undefined;
    const sum = new Float64Array(WIDTH);
    let any = false;
    for (const p of periods) {
      const slot = mine.get(p);
      if (slot !== undefined) {
        merge(sum, this.pages[slot >>> PAGE_BITS], (slot & (PAGE_SLOTS - 1)) * WIDTH);
        any = true;
      }
    }
    return any ? toMetrics(sum, 0) : undefined;
  }

  /** Periods in which the agent has rows, oldest first. */
  agentPeriods(agentId: string): Day[] {
    return [...(this.byAgent.get(agentId)?.periods.keys() ?? [])].sort();
  }
}
