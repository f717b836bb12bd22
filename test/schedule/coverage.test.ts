import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/model/settings.js';
import { addDays } from '../../src/model/day.js';
import type { Agent } from '../../src/model/types.js';
import { eventRates, forecastCoverage, type CoverageInput } from '../../src/schedule/coverage.js';
import { coverageArgs, coverageSentence, CENTRE_TEXT } from '../../src/text/centre.js';

const week = { start: '2026-11-23', end: '2026-11-29' };

function agent(id: string, over: Partial<Agent> = {}): Agent {
  return { id, name: `Agent ${id}`, team: 'T', lead: 'L', hireDate: '2020-01-06', status: 'active', source: { file: 'r.csv', row: 2 }, ...over };
}

/**
 * 52 agents, two a week falling due: A00 and A01 on Wed 2026-12-02 (last talk 2026-06-02),
 * A02 and A03 on 2026-12-09, and so on. By hand: 52 agents / 26 weeks (6 months) = 2 routine
 * talks a week against a capacity of 1.
 */
function centre(over: Partial<CoverageInput> = {}): CoverageInput {
  const agents = Array.from({ length: 52 }, (_, k) => agent(`A${String(k).padStart(2, '0')}`, { lastTalk: addDays('2026-06-02', 7 * Math.floor(k / 2)) }));
  return { agents, today: week.start, week, rules: DEFAULTS.rules, capacity: 1, pullForwardDays: 14, top: new Set(), planned: new Set(), swingsNow: 0, ...over };
}

describe('forecastCoverage, checked by hand', () => {
  // Computed in each test, not at collection time, so that mutants of forecastCoverage are seen.
  const forecast = () => forecastCoverage(centre());

  it('the weekly need: 52 agents every 26 weeks = 2 talks a week, against a capacity of 1', () => {
    const c = forecast();
    expect(c.agents).toBe(52);
    expect(c.routinePerWeek).toBeCloseTo(2, 10);
    expect(c.eventsPerWeek).toBe(0);
    expect(c.short).toBe(true);
    expect(c.passingPerWeek).toBe(1);
  });

  it('the first agent passes 6 months on 2026-12-02: one of the two due that day is seen, the other is not', () => {
    const c = forecast();
    expect(c.weeks).toHaveLength(13);
    expect(c.weeks[0]).toMatchObject({ start: '2026-11-23', talks: 0, backlog: 0, passing: [] });
    expect(c.weeks[1].passing.map((p) => [p.agentId, p.due])).toEqual([['A01', '2026-12-02']]);
    expect(c.firstPassing).toBe('2026-12-02');
    // Week 2: the one slot goes to A01 (late since 12-02); A02 and A03 (due 12-09) both pass.
    expect(c.weeks[2].passing.map((p) => p.agentId)).toEqual(['A02', 'A03']);
    expect(c.weeks[2].backlog).toBe(2);
  });

  it('says so in English and Chinese', () => {
    const c = forecast();
    expect(coverageSentence(c, 'en')).toBe('52 agents need about 2 routine + 0 event talks a week; capacity 1: about 1 more agent pass 6 months each week; first on 2026-12-02.');
    expect(coverageSentence(c, 'zh-CN')).toBe('52 名坐席每周约需 2 场例行面谈 + 0 场事件面谈；每周容量 1 场：每周约多 1 名坐席超过 6 个月未面谈；首位在 2026-12-02。');
  });

  it('with capacity 3 the cadence holds and no one passes', () => {
    const ok = forecastCoverage(centre({ capacity: 3 }));
    expect(ok.short).toBe(false);
    expect(ok.firstPassing).toBeNull();
    expect(ok.weeks.every((w) => w.passing.length === 0)).toBe(true);
    expect(CENTRE_TEXT.en.coverageOk(coverageArgs(ok))).toBe('52 agents need about 2 routine + 0 event talks a week; capacity 3: the 6-month cadence can be kept.');
  });

  it("this week's planned talks count: the agents on the plan are not due again for 6 months", () => {
    const planned = forecastCoverage(centre({ planned: new Set(['A00', 'A01']) }));
    expect(planned.weeks[0].talks).toBe(2);
    // The one slot a week then runs a week ahead: A02 (due 12-09) in week 1, A03 in week 2,
    // A04 in week 3, when A05 (due 12-16) is the first to pass.
    expect(planned.weeks.slice(1, 3).every((w) => w.passing.length === 0)).toBe(true);
    expect(planned.firstPassing).toBe('2026-12-16');
  });

  it('top performers count every 3 months; agents already late are counted, not "passing"', () => {
    const c2 = forecastCoverage(centre({ top: new Set(['A50', 'A51']), agents: [...centre().agents, agent('OLD', { lastTalk: '2025-01-01' })] }));
    // 51 others every 26 weeks + 2 top performers every 13 weeks.
    expect(c2.routinePerWeek).toBeCloseTo(51 / 26 + 2 / 13, 10);
    expect(c2.overdue).toBe(1);
    expect(c2.weeks.flatMap((w) => w.passing).some((p) => p.agentId === 'OLD')).toBe(false);
  });
});

describe('eventRates: the last 13 weeks, a week at a time', () => {
  it.each([
    ['13 hires in the last 13 weeks', { hireDate: '2026-10-01' }, 'newHire', 1],
    ['13 lead flags', { flagDate: '2026-11-02' }, 'leadFlag', 1],
    ['13 agents on notice', { status: 'notice' as const }, 'exit', 1],
    ['13 who left 5 weeks ago', { status: 'left' as const, leavingDate: '2026-10-19' }, 'exit', 1],
    ['a flag 14 weeks ago is not counted', { flagDate: '2026-08-17' }, 'leadFlag', 0],
  ])('%s', (_label, over, key, perWeek) => {
    const agents = Array.from({ length: 13 }, (_, i) => agent(`E${i}`, over));
    const rates = eventRates(centre({ agents }));
    expect(rates[key as keyof typeof rates]).toBeCloseTo(perWeek, 10);
  });

  it("swings: the archive's over 13 weeks, else this week's count", () => {
    const held = new Map([['S1', { 'swing-down': '2026-11-02' }]]);
    expect(eventRates(centre({ agents: [agent('S1')], held, swingsNow: 4 })).swing).toBeCloseTo(1 / 13, 10);
    expect(eventRates(centre({ agents: [agent('S1')], swingsNow: 4 })).swing).toBe(4);
  });
});
