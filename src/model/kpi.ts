import { METRICS, type Day, type KpiRow, type MetricId, type Metrics, type PeriodKind } from './types.js';

const N = METRICS.length;
const CALLS = METRICS.indexOf('calls');

/**
 * Running sums for one agent and one period. Counts (calls) add up; averages are
 * weighted by calls when the row has calls, else each row weighs 1.
 * Layout: [calls, callsSeen, then for each other metric: weighted sum, weight, then active].
 * `active` is 1 once a row with any non-zero value was folded in: a period of rows that are all
 * zero (rostered, handled nothing) is no activity, not a score.
 */
const WIDTH = 3 + 2 * N;
const ACTIVE = WIDTH - 1;

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
  for (let i = 0; i < N; i++) {
    if (values[i] !== 0 && !Number.isNaN(values[i])) {
      sums[at + ACTIVE] = 1;
      break;
    }
  }
  return seen;
}

/** A row's metrics in METRICS order, NaN where missing (reused: read once per call). */
const scratch = new Float64Array(N);

function merge(into: Float64Array, from: Float64Array, at: number): void {
  into[0] += from[at];
  if (from[at + 1]) into[1] = 1;
  for (let i = 2; i < ACTIVE; i++) into[i] += from[at + i];
  if (from[at + ACTIVE]) into[ACTIVE] = 1;
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

/** over()'s running sum (reused: toMetrics copies it out before the next call). */
const overSum = new Float64Array(WIDTH);

/** Sums per page: pages keep growth cheap and waste at most one page. */
const PAGE_BITS = 11;
const PAGE_SLOTS = 1 << PAGE_BITS;

/** One agent's periods, and the period its last row went to (rows of a day come in runs). */
interface AgentSlots {
  periods: Map<Day, number>;
  /** Rows folded in, idle ones included. */
  rows: number;
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
  /** The days each period's rows were dated, when the rows gave a day (for partial periods). */
  private readonly daysOf = new Map<Day, Set<Day>>();
  private lastDay: Day | undefined;
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
  addValues(agentId: string, period: Day, values: ArrayLike<number>, day?: Day): void {
    if (day !== undefined && day !== this.lastDay) {
      this.lastDay = day;
      let days = this.daysOf.get(period);
      if (!days) this.daysOf.set(period, (days = new Set()));
      days.add(day);
    }
    let mine = this.byAgent.get(agentId);
    if (!mine) {
      mine = { periods: new Map(), rows: 0, lastPeriod: undefined, lastSlot: -1 };
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
    mine.rows++;
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

  /** Rows folded in for the agent, idle ones included. */
  agentRows(agentId: string): number {
    return this.byAgent.get(agentId)?.rows ?? 0;
  }

  /** The distinct days of data in a period; 0 when the rows gave periods only (weekly or monthly exports). */
  dayCount(period: Day): number {
    return this.daysOf.get(period)?.size ?? 0;
  }

  /** The last day of data in a period, when the rows gave days. */
  lastDayOf(period: Day): Day | undefined {
    const days = this.daysOf.get(period);
    return days ? [...days].sort().at(-1) : undefined;
  }

  /** Files the rows of `from` under `to`, which has none (names matched to the roster after reading). */
  renameAgent(from: string, to: string): void {
    const mine = this.byAgent.get(from);
    if (!mine || this.byAgent.has(to)) return;
    this.byAgent.delete(from);
    this.byAgent.set(to, mine);
  }

  /** Forgets an agent's rows (rows of two people under one name); returns how many there were. */
  dropAgent(agentId: string): number {
    const rows = this.agentRows(agentId);
    this.byAgent.delete(agentId);
    this.rowCount -= rows;
    return rows;
  }

  hasAgent(agentId: string): boolean {
    return this.byAgent.has(agentId);
  }

  private active(slot: number): boolean {
    return this.pages[slot >>> PAGE_BITS][(slot & (PAGE_SLOTS - 1)) * WIDTH + ACTIVE] === 1;
  }

  /** The agent's aggregated metrics in one period, or undefined without activity there. */
  get(agentId: string, period: Day): Metrics | undefined {
    const slot = this.byAgent.get(agentId)?.periods.get(period);
    return slot === undefined || !this.active(slot) ? undefined : toMetrics(this.pages[slot >>> PAGE_BITS], (slot & (PAGE_SLOTS - 1)) * WIDTH);
  }

  /**
   * The agent's metrics in one period as get() reads them, written from `out[at]` on in METRICS
   * order (NaN where the agent has none there), with no object made; false, nothing written,
   * without activity there.
   */
  read(agentId: string, period: Day, out: Float64Array, at: number): boolean {
    const slot = this.byAgent.get(agentId)?.periods.get(period);
    if (slot === undefined || !this.active(slot)) return false;
    const sums = this.pages[slot >>> PAGE_BITS];
    const from = (slot & (PAGE_SLOTS - 1)) * WIDTH;
    for (let i = 0; i < N; i++) {
      if (i === CALLS) out[at + i] = sums[from + 1] ? sums[from] : NaN;
      else {
        const w = sums[from + 3 + 2 * i];
        out[at + i] = w > 0 ? sums[from + 2 + 2 * i] / w : NaN;
      }
    }
    return true;
  }

  /** The agent's metrics aggregated over several periods, or undefined without activity in any. */
  over(agentId: string, periods: readonly Day[]): Metrics | undefined {
    const mine = this.byAgent.get(agentId)?.periods;
    if (!mine) return undefined;
    const sum = overSum.fill(0);
    let any = false;
    for (const p of periods) {
      const slot = mine.get(p);
      if (slot !== undefined && this.active(slot)) {
        merge(sum, this.pages[slot >>> PAGE_BITS], (slot & (PAGE_SLOTS - 1)) * WIDTH);
        any = true;
      }
    }
    return any ? toMetrics(sum, 0) : undefined;
  }

  /** Periods in which the agent was active, oldest first. */
  agentPeriods(agentId: string): Day[] {
    const mine = this.byAgent.get(agentId)?.periods ?? new Map<Day, number>();
    return [...mine].filter(([, slot]) => this.active(slot)).map(([p]) => p).sort();
  }
}
