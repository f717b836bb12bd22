import { ACTIVE, addRow, merge, N, readMetrics, toMetrics, WIDTH } from './kpi-sums.js';
import { METRICS, type Day, type KpiRow, type MetricId, type Metrics, type PeriodKind } from './types.js';

/** A row's metrics in METRICS order, NaN where missing (reused: read once per call). */
const scratch = new Float64Array(N);

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
  /** The agent whose row came after this one's last time, and its slots: exports list agents in the same order every day. */
  nextId?: string;
  next?: AgentSlots;
}

/** What a plan's workbook reads of the KPI store: its kind, its metrics, an agent's metrics in a period. */
export type KpiView = Pick<KpiStore, 'kind' | 'metrics' | 'get'>;

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
  /** The agent of the last row added (see AgentSlots.next). */
  private lastId: string | undefined;
  private lastAgent: AgentSlots | undefined;
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
    const before = this.lastAgent;
    // The agent of the last row, or the one that followed it last time: a comparison, mostly, not a lookup.
    let mine = agentId === this.lastId ? before : before?.nextId === agentId ? before.next : undefined;
    if (!mine) {
      mine = this.byAgent.get(agentId);
      if (!mine) this.byAgent.set(agentId, (mine = { periods: new Map(), rows: 0, lastPeriod: undefined, lastSlot: -1 }));
      if (before) [before.nextId, before.next] = [agentId, mine];
    }
    this.lastId = agentId;
    this.lastAgent = mine;
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
    this.forgetOrder();
    this.byAgent.delete(from);
    this.byAgent.set(to, mine);
  }

  /** Forgets an agent's rows (rows of two people under one name); returns how many there were. */
  dropAgent(agentId: string): number {
    this.forgetOrder();
    const rows = this.agentRows(agentId);
    this.byAgent.delete(agentId);
    this.rowCount -= rows;
    return rows;
  }

  /** The order of agents learnt from the rows points at IDs; an agent renamed or dropped makes it wrong. */
  private forgetOrder(): void {
    for (const mine of this.byAgent.values()) mine.nextId = mine.next = undefined;
    this.lastId = this.lastAgent = undefined;
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
    readMetrics(this.pages[slot >>> PAGE_BITS], (slot & (PAGE_SLOTS - 1)) * WIDTH, out, at);
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

  /**
   * A store of these agents' rows in these periods only (their sums copied), with this store's
   * kind and metrics: what a plan's workbook reads (the prep sheets' trends), so that a plan does
   * not hold the whole centre's store while its workbook is written.
   */
  view(agentIds: Iterable<string>, periods: readonly Day[]): KpiView {
    const out = new KpiStore();
    out.kind = this.kind;
    out.seenMetrics = this.seenMetrics;
    for (const id of agentIds) {
      const mine = this.byAgent.get(id);
      if (!mine || out.byAgent.has(id)) continue;
      const copy: AgentSlots = { periods: new Map(), rows: 0, lastPeriod: undefined, lastSlot: -1 };
      out.byAgent.set(id, copy);
      for (const period of periods) {
        const slot = mine.periods.get(period);
        if (slot === undefined || !this.active(slot)) continue;
        const to = out.allocate();
        const from = (slot & (PAGE_SLOTS - 1)) * WIDTH;
        out.pages[to >>> PAGE_BITS].set(this.pages[slot >>> PAGE_BITS].subarray(from, from + WIDTH), (to & (PAGE_SLOTS - 1)) * WIDTH);
        copy.periods.set(period, to);
        out.periodSet.add(period);
      }
    }
    // The last page holds only what was copied: a manager's view is a few hundred slots.
    const last = out.pages.length - 1;
    if (last >= 0) out.pages[last] = out.pages[last].slice(0, (((out.used - 1) & (PAGE_SLOTS - 1)) + 1) * WIDTH);
    return out;
  }

  /** Periods in which the agent was active, oldest first. */
  agentPeriods(agentId: string): Day[] {
    const mine = this.byAgent.get(agentId)?.periods ?? new Map<Day, number>();
    return [...mine].filter(([, slot]) => this.active(slot)).map(([p]) => p).sort();
  }
}
