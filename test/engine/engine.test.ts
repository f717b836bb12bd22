import { describe, expect, it } from 'vitest';
import { settingsWith } from '../../src/model/settings.js';
import { findingsFor, mergeFindings, runEngine, type EngineInput } from '../../src/engine.js';
import { addDays } from '../../src/model/day.js';
import type { Agent, Finding, RuleId } from '../../src/model/types.js';
import { TODAY, agent, input, ranking, swing } from './helpers.js';

/** An agent and engine input that make `rule` fire, with the roster's last talk on `lastTalk`. */
function firing(rule: RuleId, lastTalk: string): EngineInput {
  const base = { lastTalk };
  switch (rule) {
    case 'lead-flag':
      return input([agent('A', { ...base, flag: 'mood', flagDate: '2026-11-20' })]);
    case 'exit':
      return input([agent('A', { ...base, status: 'notice' })]);
    case 'new-hire':
      // Hired 26 days ago; the last talk belongs to an earlier spell of employment.
      return input([agent('A', { ...base, hireDate: '2026-10-28' })]);
    case 'swing-down':
      return input([agent('A', base)], { swings: new Map([['A', swing('A', 'down')]]) });
    case 'follow-up': {
      // Agreed in the last talk, reviewed today: the guard must not hold it back.
      const plan = { agreedOn: lastTalk, rule: 'swing-down' as const, goal: 'FCR', metric: 'fcr', target: '80%', review: TODAY };
      return input([agent('A', base)], { plans: new Map([['A', plan]]) });
    }
    case 'swing-up':
      return input([agent('A', base)], { swings: new Map([['A', swing('A', 'up')]]) });
    case 'top-performer':
      return input([agent('A', base)], { ranking: ranking([{ agentId: 'A', rank: 1, top: true }]) });
    case 'routine':
      return input([agent('A', base)]);
  }
}

const rulesOf = (result: ReturnType<typeof runEngine>) => [...result.candidates, ...result.blocked].flatMap((t) => t.rules);

describe('frequency guard', () => {
  const day29 = addDays(TODAY, -29);
  const day30 = addDays(TODAY, -30);

  it.each([
    ['lead-flag', true],
    ['exit', true],
    ['new-hire', true],
    ['swing-down', true],
    ['follow-up', true],
    ['swing-up', false],
    ['top-performer', false],
    ['routine', false],
  ] as const)('last talk 29 days ago: %s fires = %s', (rule, fires) => {
    expect(rulesOf(runEngine(firing(rule, day29))).includes(rule)).toBe(fires);
  });

  it.each(['lead-flag', 'exit', 'new-hire', 'swing-down', 'follow-up', 'swing-up', 'top-performer', 'routine'] as const)(
    'last talk exactly 30 days ago: %s fires',
    (rule) => {
      expect(rulesOf(runEngine(firing(rule, day30)))).toContain(rule);
    },
  );

  it('29 days ago, the guarded rules are not even evaluated', () => {
    const a = agent('A', { lastTalk: day29 });
    const ctx = { today: TODAY, calendar: input([]).calendar, settings: settingsWith().rules, lastTalk: day29, heldByRule: {} };
    expect(findingsFor(a, ctx)).toEqual([]);
    expect(findingsFor(a, { ...ctx, lastTalk: day30 }).map((f) => f.rule)).toEqual(['routine']);
  });

  it('follows guardDays from the settings', () => {
    const settings = settingsWith({ rules: { guardDays: 60 } });
    expect(rulesOf(runEngine({ ...firing('routine', addDays(TODAY, -59)), settings }))).toEqual([]);
    expect(rulesOf(runEngine({ ...firing('routine', addDays(TODAY, -60)), settings }))).toEqual(['routine']);
  });

  it.each([
    ['2026-10-25', []],
    ['2026-10-24', ['routine']],
  ])("an archived talk on %s (later than the roster's) guards: %j", (held, rules) => {
    const result = runEngine(input([agent('A', { lastTalk: '2026-01-05' })], { archive: new Map([['A', { routine: held }]]) }));
    expect(rulesOf(result)).toEqual(rules);
  });
});

describe('status', () => {
  it('ignores `left` agents entirely, whatever their findings', () => {
    const left = agent('L', { status: 'left', flag: 'resign', flagDate: '2026-11-20', leavingDate: '2026-11-01' });
    expect(runEngine(input([left]))).toEqual({ candidates: [], blocked: [], warnings: [], lastTalks: new Map() });
  });

  it('sets agents on leave aside with backlogReason on-leave', () => {
    const onLeave = agent('V', { status: 'leave', flag: 'mood', flagDate: '2026-11-20' });
    const { candidates, blocked } = runEngine(input([onLeave, agent('B')]));
    expect(candidates.map((t) => t.agentId)).toEqual(['B']);
    expect(blocked).toHaveLength(1);
    expect(blocked[0]).toMatchObject({ agentId: 'V', rule: 'lead-flag', rules: ['lead-flag', 'routine'], backlogReason: 'on-leave' });
  });

  it('plans nothing for an agent hired after today', () => {
    expect(runEngine(input([agent('F', { hireDate: '2026-12-01' })])).candidates).toEqual([]);
  });

  it('warns about a past leaving date without status Left, naming the roster row', () => {
    const { candidates, warnings } = runEngine(input([agent('P', { status: 'notice', leavingDate: '2026-11-20' })]));
    expect(candidates).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'left-not-marked', file: 'roster.xlsx', sheet: 'Roster', row: 2 }),
    ]);
    expect(warnings[0].message).toContain('2026-11-20');
  });

  it('an agent with nothing due is not a candidate', () => {
    expect(runEngine(input([agent('R', { lastTalk: '2026-11-02' })])).candidates).toEqual([]);
  });
});

describe('merging', () => {
  it('one talk per agent: most urgent rule, all rules most urgent first, earliest due', () => {
    const a = agent('M', { flag: 'resign', flagDate: '2026-11-20', lastTalk: '2026-03-02', hireDate: '2020-01-06' });
    const result = runEngine(
      input([a], { ranking: ranking([{ agentId: 'M', rank: 1, top: true }]), swings: new Map([['M', swing('M', 'up')]]) }),
    );
    expect(result.candidates).toHaveLength(1);
    const talk = result.candidates[0];
    expect(talk.rule).toBe('lead-flag');
    expect(talk.rules).toEqual(['lead-flag', 'swing-up', 'top-performer', 'routine']);
    // top-performer: 2026-03-02 + 3 months; routine: + 6 months; lead-flag: 11-24; swing-up: 11-20.
    expect(talk.findings.map((f) => f.due)).toEqual(['2026-11-24', '2026-11-20', '2026-06-02', '2026-09-02']);
    expect(talk.due).toBe('2026-06-02');
    expect(talk.overdueDays).toBe(174);
    expect(talk).toMatchObject({ agentId: 'M', name: 'Agent M', team: 'T1', lead: 'Lee', core: false, date: null, start: null });
  });

  it('overdueDays is 0 when the due date is ahead', () => {
    const talk = runEngine(input([agent('N', { hireDate: '2026-11-20' })])).candidates[0];
    expect(talk).toMatchObject({ rule: 'new-hire', rules: ['new-hire', 'routine'], due: '2026-11-27', overdueDays: 0 });
  });

  it('mergeFindings orders findings given in any order', () => {
    const f = (rule: RuleId, due: string): Finding => ({ rule, due, evidence: { rule: 'routine', hireDate: '2020-01-01' } });
    const talk = mergeFindings(agent('X'), [f('routine', '2026-12-01'), f('exit', '2026-11-27'), f('new-hire', '2026-11-30')], TODAY, true);
    expect(talk).toMatchObject({ rule: 'exit', rules: ['exit', 'new-hire', 'routine'], due: '2026-11-27', overdueDays: 0, core: true });
  });

  it.each([
    [{ rank: 1, top: true, core: true }, true, ['top-performer', 'routine']],
    [{ rank: 5, top: true, core: false }, false, ['top-performer', 'routine']],
    [{ rank: 30, top: false, core: false }, false, ['routine']],
    [{ rank: null }, false, ['routine']],
  ])('ranking %j → core %s, rules %j', (entry, core, rules) => {
    const result = runEngine(input([agent('C', { lastTalk: '2026-03-02' })], { ranking: ranking([{ agentId: 'C', ...entry }]) }));
    expect(result.candidates[0]).toMatchObject({ core, rules });
  });
});

describe('last talk from the archive', () => {
  const roster = (over: Partial<Agent> = {}) => agent('H', { lastTalk: '2026-03-02', hireDate: '2020-01-06', ...over });
  const top = ranking([{ agentId: 'H', rank: 1, top: true }]);

  it("a held talk later than the roster's counts for the due dates", () => {
    const archive = new Map([['H', { 'swing-down': '2026-06-15' }]]);
    const talk = runEngine(input([roster()], { ranking: top, archive })).candidates[0];
    expect(talk.findings).toEqual([
      { rule: 'top-performer', due: '2026-09-15', evidence: { rule: 'top-performer', rank: 1, of: 1, score: 99, lastTalk: '2026-06-15' } },
      { rule: 'routine', due: '2026-12-15', evidence: { rule: 'routine', lastTalk: '2026-06-15', hireDate: '2020-01-06' } },
    ]);
  });

  it("an older held talk does not override the roster's", () => {
    const archive = new Map([['H', { routine: '2025-12-01' }]]);
    const talk = runEngine(input([roster()], { archive })).candidates[0];
    expect(talk.due).toBe('2026-09-02');
  });

  it('a held talk since the hire date means the new-hire talk is done', () => {
    const archive = new Map([['H', { 'new-hire': '2026-11-10' }]]);
    const result = runEngine(input([roster({ hireDate: '2026-11-02', lastTalk: undefined })], { archive }));
    expect(result.candidates).toEqual([]);
  });

  it('a held exit talk ends the exit rule; a held talk of another kind does not', () => {
    const leaving = roster({ status: 'notice', leavingDate: '2026-12-18' });
    expect(rulesOf(runEngine(input([leaving], { archive: new Map([['H', { exit: '2026-11-02' }]]) })))).toEqual([]);
    expect(rulesOf(runEngine(input([leaving], { archive: new Map([['H', { routine: '2026-11-02' }]]) })))).toEqual(['exit']);
  });

  it('a held talk after a lead flag has addressed it', () => {
    const flagged = roster({ flag: 'mood', flagDate: '2026-11-16' });
    const archive = new Map([['H', { routine: '2026-11-18' }]]);
    expect(runEngine(input([flagged], { archive })).candidates).toEqual([]);
  });
});
