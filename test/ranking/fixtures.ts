import { addDays } from '../../src/model/day.js';
import { KpiStore } from '../../src/model/kpi.js';
import type { Agent, Metrics } from '../../src/model/types.js';

export const TODAY = '2026-11-23';

export function agent(id: string, over: Partial<Agent> = {}): Agent {
  return {
    id,
    name: `Agent ${id}`,
    team: 'T1',
    lead: 'Lead',
    hireDate: '2025-01-01',
    status: 'active',
    source: { file: 'roster.xlsx' },
    ...over,
  };
}

/** `count` consecutive ISO Mondays ending with `last`. */
export function mondays(count: number, last = TODAY): string[] {
  return Array.from({ length: count }, (_, i) => addDays(last, 7 * (i - count + 1)));
}

export function storeOf(rows: [agentId: string, period: string, metrics: Metrics][]): KpiStore {
  const store = new KpiStore();
  for (const [agentId, period, metrics] of rows) store.add({ agentId, period, metrics });
  return store;
}
