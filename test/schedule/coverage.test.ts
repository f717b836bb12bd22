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

describe('eventRates and forecastCoverage: the edges', () => {
  const from = addDays(week.start, -91);
  const one = (over: Partial<Agent>, held?: CoverageInput['held']) => eventRates(centre({ agents: [agent('E', over)], held }));

  it('the 13 weeks run from the day after 13 weeks ago to today', () => {
    expect([from, addDays(from, 1), week.start, addDays(week.start, 1)].map((hireDate) => one({ hireDate }).newHire * 13)).toEqual([0, 1, 1, 0]);
  });

  it("the archive's lead flags and swings up count too; an agent the archive does not know counts nothing", () => {
    expect(one({}, new Map([['E', { 'lead-flag': '2026-11-02' }]])).leadFlag * 13).toBe(1);
    expect(one({}, new Map([['E', { 'swing-up': '2026-11-02' }]])).swing * 13).toBe(1);
    expect(one({}, new Map([['OTHER', { 'lead-flag': '2026-11-02' }]]))).toEqual({ newHire: 0, leadFlag: 0, swing: 0, exit: 0 });
  });

  it('notice: counted unless the leaving date is 13 weeks ago or more', () => {
    const exits = [undefined, addDays(week.start, 30), addDays(from, 1), from, addDays(from, -30)].map((leavingDate) => one({ status: 'notice', leavingDate }).exit * 13);
    expect(exits).toEqual([1, 1, 1, 0, 0]);
  });

  it('counts active agents and agents on leave who have started; top performers without a talk are due today', () => {
    const agents = [
      agent('ACT', { lastTalk: '2026-11-02' }),
      agent('LEAVE', { status: 'leave', lastTalk: '2026-11-02' }),
      agent('NEW', { hireDate: week.start }),
      agent('SOON', { hireDate: addDays(week.start, 1) }),
      agent('NOTICE', { status: 'notice' }),
      agent('LEFT', { status: 'left' }),
      agent('TOP'),
      agent('TOP-LATE', { lastTalk: '2026-07-01' }),
      agent('TOP-OK', { lastTalk: '2026-10-01' }),
    ];
    const c = forecastCoverage(centre({ agents, top: new Set(['TOP', 'TOP-LATE', 'TOP-OK']), capacity: 0 }));
    expect([c.agents, c.top]).toEqual([6, 3]);
    // TOP is due today, not overdue; TOP-LATE was due 3 months after 07-01; the others are not due yet
    expect(c.overdue).toBe(1);
    expect(c.weeks[0].backlog).toBe(2);
  });

  it('an agent never talked to is due the routine interval after the hire date', () => {
    const c = forecastCoverage(centre({ agents: [agent('N', { hireDate: '2026-06-03' })], capacity: 0 }));
    expect(c.weeks[1].passing).toEqual([{ agentId: 'N', name: 'Agent N', due: '2026-12-03' }]);
  });

  it('the need is the routine talks plus every kind of event talk', () => {
    const agents = [agent('H', { hireDate: '2026-10-01' }), agent('F', { flagDate: '2026-11-02' }), agent('X', { status: 'notice' }), agent('Y', { status: 'notice' })];
    const c = forecastCoverage(centre({ agents, swingsNow: 3 }));
    expect(c.eventsPerWeek).toBeCloseTo(1 / 13 + 1 / 13 + 3 + 2 / 13, 10);
    expect(c.needPerWeek).toBeCloseTo(c.routinePerWeek + c.eventsPerWeek, 10);
  });

  it('a need of exactly the capacity is not short; short by 3 a week, about 3 pass each week', () => {
    const agents = (n: number) => Array.from({ length: n }, (_, k) => agent(`A${k}`, { lastTalk: '2026-11-02' }));
    expect(forecastCoverage(centre({ agents: agents(26), capacity: 1 })).short).toBe(false);
    const short = forecastCoverage(centre({ agents: agents(104), capacity: 1 }));
    expect([short.short, short.passingPerWeek]).toEqual([true, 3]);
  });

  it('catching up: the overdue agents over the capacity left, none when short or when nobody is late', () => {
    const late = Array.from({ length: 4 }, (_, k) => agent(`L${k}`, { lastTalk: '2026-01-05' }));
    // need 4/26 a week; capacity 2: (2 − 0.154) a week → 4 overdue take 3 weeks
    expect(forecastCoverage(centre({ agents: late, capacity: 2 })).catchUpWeeks).toBe(3);
    expect(forecastCoverage(centre({ agents: late, capacity: 0 })).catchUpWeeks).toBe(0);
    expect(forecastCoverage(centre({ agents: [agent('OK', { lastTalk: '2026-11-02' })], capacity: 2 })).catchUpWeeks).toBe(0);
    expect(forecastCoverage(centre({ agents: [agent('TODAY', { lastTalk: '2026-05-23' })], capacity: 2 })).overdue).toBe(0);
  });

  it('each later week the free slots go to those due soonest within the pull-forward horizon; the events take their share', () => {
    // Due 2026-12-10 (B) and 2026-12-03 (A); one slot a week after the events.
    const agents = [agent('B', { lastTalk: '2026-06-10' }), agent('A', { lastTalk: '2026-06-03' }), agent('FAR', { lastTalk: '2026-10-01' })];
    const c = forecastCoverage(centre({ agents, capacity: 1, pullForwardDays: 7 }));
    // Week 1 (11-30 – 12-06): horizon 12-13 holds A and B; A is due sooner and takes the slot.
    expect(c.weeks[1]).toMatchObject({ start: '2026-11-30', end: '2026-12-06', talks: 1, passing: [] });
    expect(c.weeks[2]).toMatchObject({ talks: 1, passing: [] });
    // FAR (due 2027-04-01) is never pulled forward into these weeks: from week 3 nobody is within the horizon.
    expect(c.weeks[3].talks).toBe(0);
    const events = forecastCoverage(centre({ agents: [...agents, agent('N1', { hireDate: '2026-10-01' })], capacity: 3, swingsNow: 1 }));
    // events ≈ 1.08 a week: 2 slots left for the cadence, talks = min(3, seen + 1)
    expect(events.weeks[1].talks).toBe(3);
    expect(events.weeks[4].talks).toBe(1);
  });

  it('passing lists only those due inside the week and not before today, soonest first, then by id; the backlog counts up to the week’s last day', () => {
    const agents = [agent('Z', { lastTalk: '2026-06-05' }), agent('Y', { lastTalk: '2026-06-05' }), agent('X', { lastTalk: '2026-06-01' }), agent('SUN', { lastTalk: '2026-06-06' })];
    const c = forecastCoverage(centre({ agents, capacity: 0 }));
    expect(c.weeks[1].passing.map((p) => [p.agentId, p.due])).toEqual([
      ['X', '2026-12-01'],
      ['Y', '2026-12-05'],
      ['Z', '2026-12-05'],
      ['SUN', '2026-12-06'],
    ]);
    expect(c.weeks[1].backlog).toBe(4);
    expect(c.weeks[0]).toMatchObject({ passing: [], backlog: 0 });
  });
});
