import { METRICS, type Day, type KpiRow, type MetricId, type Metrics, type PeriodKind } from './types.js';

const N = METRICS.length;
const CALLS = METRICS.indexOf('calls');

/**
 * Running sums for one agent and one period. Counts (calls) add up; averages are
 * weighted by calls when the row has calls, else each row weighs 1.
 * Layout: [calls, callsSeen, then for each other metric: weighted sum, weight].
 */
type Acc = Float64Array;

function newAcc(): Acc {
  return new Float64Array(2 + 2 * N);
}

function addRow(acc: Acc, metrics: Metrics): void {
  const calls = metrics.calls;
  if (calls !== undefined) {
    acc[0] += calls;
    acc[1] = 1;
  }
  const w = calls !== undefined ? calls : 1;
  for (let i = 0; i < N; i++) {
    if (i === CALLS) continue;
    const v = metrics[METRICS[i]];
    if (v === undefined) continue;
    acc[2 + 2 * i] += v * w;
    acc[3 + 2 * i] += w;
  }
}

function merge(into: Acc, from: Acc): void {
  into[0] += from[0];
  if (from[1]) into[1] = 1;
  for (let i = 2; i < into.length; i++) into[i] += from[i];
}

function toMetrics(acc: Acc): Metrics {
  const out: Metrics = {};
  if (acc[1]) out.calls = acc[0];
  for (let i = 0; i < N; i++) {
    if (i === CALLS) continue;
    const w = acc[3 + 2 * i];
    if (w > 0) out[METRICS[i]] = acc[2 + 2 * i] / w;
  }
  return out;
}

/**
 * Per-agent, per-period accumulators that KPI rows are folded into as they are read,
 * so no stage holds all rows.
 */
export class KpiStore {
  private readonly byAgent = new Map<string, Map<Day, Acc>>();
  private readonly periodSet = new Set<Day>();
  private readonly metricSet = new Set<MetricId>();
  kind: PeriodKind = 'week';
  rowCount = 0;

  add(row: KpiRow): void {
    let periods = this.byAgent.get(row.agentId);
    if (!periods) {
      periods = new Map();
      this.byAgent.set(row.agentId, periods);
    }
    let acc = periods.get(row.period);
    if (!acc) {
      acc = newAcc();
      periods.set(row.period, acc);
      this.periodSet.add(row.period);
    }
    addRow(acc, row.metrics);
    for (const m of METRICS) if (row.metrics[m] !== undefined) this.metricSet.add(m);
    this.rowCount++;
  }

  /** All periods seen, oldest first. */
  periods(): Day[] {
    return [...this.periodSet].sort();
  }

  metrics(): MetricId[] {
    return METRICS.filter((m) => this.metricSet.has(m));
  }

  agentIds(): string[] {
    return [...this.byAgent.keys()];
  }

  hasAgent(agentId: string): boolean {
    return this.byAgent.has(agentId);
  }

  /** The agent's aggregated metrics in one period, or undefined without rows there. */
  get(agentId: string, period: Day): Metrics | undefined {
    const acc = this.byAgent.get(agentId)?.get(period);
    return acc ? toMetrics(acc) : undefined;
  }

  /** The agent's metrics aggregated over several periods, or undefined without rows in any. */
  over(agentId: string, periods: readonly Day[]): Metrics | undefined {
    const mine = this.byAgent.get(agentId);
    if (!mine) return undefined;
    const sum = newAcc();
    let any = false;
    for (const p of periods) {
      const acc = mine.get(p);
      if (acc) {
        merge(sum, acc);
        any = true;
      }
    }
    return any ? toMetrics(sum) : undefined;
  }

  /** Periods in which the agent has rows, oldest first. */
  agentPeriods(agentId: string): Day[] {
    return [...(this.byAgent.get(agentId)?.keys() ?? [])].sort();
  }
}
