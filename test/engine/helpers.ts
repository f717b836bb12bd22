import { weekdaysCalendar } from '../../src/calendar/weekdays.js';
import { DEFAULTS } from '../../src/model/settings.js';
import type { EngineInput } from '../../src/engine.js';
import type { Agent, Swing } from '../../src/model/types.js';
import type { RankedAgent, Ranking } from '../../src/ranking/rank.js';

/** A Monday. */
export const TODAY = '2026-11-23';

export function agent(id: string, over: Partial<Agent> = {}): Agent {
  return {
    id,
    name: `Agent ${id}`,
    team: 'T1',
    lead: 'Lee',
    hireDate: '2024-01-15',
    status: 'active',
    source: { file: 'roster.xlsx', sheet: 'Roster', row: 2 },
    ...over,
  };
}

export function input(agents: Agent[], over: Partial<EngineInput> = {}): EngineInput {
  return { agents, today: TODAY, calendar: weekdaysCalendar(), settings: DEFAULTS, ...over };
}

export function swing(agentId: string, direction: 'up' | 'down', period = '2026-11-09'): Swing {
  return {
    agentId,
    direction,
    size: direction === 'up' ? 20 : -20,
    latest: 50,
    baseline: 50,
    sigma: 2,
    period,
    periodEnd: '2026-11-15',
    periodKind: 'week',
    baselinePeriods: 5,
    drivers: [],
  };
}

/** A ranking holding the given agents at the given ranks. */
export function ranking(entries: { agentId: string; rank: number | null; top?: boolean; core?: boolean }[]): Ranking {
  const ordered: RankedAgent[] = entries.map((e) => ({
    agentId: e.agentId,
    eligible: e.rank !== null,
    group: null,
    rank: e.rank,
    groupSize: entries.length,
    score: e.rank === null ? null : 100 - e.rank,
    percentile: e.rank === null ? null : 100 - e.rank,
    top: e.top ?? false,
    core: e.core ?? false,
    metrics: {},
    metricPct: {},
  }));
  return { window: [], agents: new Map(ordered.map((r) => [r.agentId, r])), ordered };
}
