import { describe, expect, it } from 'vitest';
import { contextFor, findingsFor, runEngine } from '../../src/engine.js';
import { agent, input, ranking, TODAY } from './helpers.js';

describe('runEngine: who is planned on the edges of a job', () => {
  it('plans a new-hire talk for an agent hired today', () => {
    const { candidates } = runEngine(input([agent('N', { hireDate: TODAY })]));
    expect(candidates.map((t) => [t.agentId, t.rule])).toEqual([['N', 'new-hire']]);
  });

  it('plans nothing yet for an agent hired tomorrow', () => {
    expect(runEngine(input([agent('N', { hireDate: '2026-11-24' })])).candidates).toEqual([]);
  });

  it('plans the exit talk of an agent leaving today, with no warning', () => {
    const { candidates, warnings } = runEngine(input([agent('X', { leavingDate: TODAY })]));
    expect(candidates.map((t) => [t.agentId, t.rule, t.findings.find((f) => f.rule === 'exit')?.due])).toEqual([['X', 'exit', TODAY]]);
    expect(warnings).toEqual([]);
  });

  it('warns about an agent whose leaving date has passed but who is not marked Left, with the facts the message is built from', () => {
    const gone = agent('G', { name: 'Gao Lei', leavingDate: '2026-11-20', source: { file: 'roster.xlsx', sheet: 'Roster', row: 7 } });
    const { candidates, warnings } = runEngine(input([gone]));
    expect(candidates).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'left-not-marked', args: { who: 'G Gao Lei', leavingDate: '2026-11-20' }, file: 'roster.xlsx', sheet: 'Roster', row: 7 }),
    ]);
  });

  it('treats a leaving date before the hire date as an earlier job of a rehired agent: planned as usual, no warning', () => {
    const rehired = agent('R', { hireDate: '2026-03-02', leavingDate: '2025-06-30' });
    const { candidates, warnings } = runEngine(input([rehired]));
    expect(candidates.map((t) => [t.agentId, t.rule])).toEqual([['R', 'routine']]);
    expect(warnings).toEqual([]);
  });

  it('warns about an agent hired and leaving on the same day that has passed', () => {
    const { warnings } = runEngine(input([agent('S', { hireDate: '2026-11-20', leavingDate: '2026-11-20' })]));
    expect(warnings.map((w) => w.code)).toEqual(['left-not-marked']);
  });
});

describe('contextFor: what the rules see of the ranking', () => {
  const base = input([]);

  it('a ranked agent: rank, group size, score and the top and core marks', () => {
    const ranked = ranking([{ agentId: 'A', rank: 1, top: true, core: true }, { agentId: 'B', rank: 2 }]);
    expect(contextFor(agent('A'), { ...base, ranking: ranked }).rank).toEqual({ rank: 1, of: 2, score: 99, top: true, core: true });
  });

  it('an agent the ranking could not rank (too new, or no KPI) has no rank, so no top-performer talk', () => {
    const unranked = ranking([{ agentId: 'A', rank: null, top: true }]);
    expect(contextFor(agent('A'), { ...base, ranking: unranked }).rank).toBeUndefined();
  });

  it('a rank without a score (no metric to score) is no rank either', () => {
    const noScore = ranking([{ agentId: 'A', rank: 1, top: true }]);
    noScore.agents.get('A')!.score = null;
    expect(contextFor(agent('A'), { ...base, ranking: noScore }).rank).toBeUndefined();
  });

  it('an agent missing from the ranking has no rank', () => {
    expect(contextFor(agent('Z'), { ...base, ranking: ranking([{ agentId: 'A', rank: 1 }]) }).rank).toBeUndefined();
  });
});

describe('findingsFor: every finding of an agent, most urgent first', () => {
  it('a flagged new hire on notice, with the routine talk ahead', () => {
    const a = agent('A', { hireDate: '2026-11-10', status: 'notice', leavingDate: '2026-12-04', flag: 'resign', flagDate: '2026-11-20' });
    const ctx = contextFor(a, input([]));
    expect(findingsFor(a, ctx).map((f) => f.rule)).toEqual(['lead-flag', 'exit', 'new-hire', 'routine']);
  });
});

describe('runEngine: every agent’s last talk, for the prep sheets', () => {
  it('from the roster or the archive, whichever is later, also for agents with no talk planned', () => {
    const agents = [
      agent('R', { lastTalk: '2026-10-01' }),
      agent('A', { lastTalk: '2026-09-01' }),
      agent('L', { status: 'left', lastTalk: '2026-08-03' }),
      agent('N'),
    ];
    const { lastTalks } = runEngine(input(agents, { archive: new Map([['A', { 'swing-down': '2026-10-12' }]]) }));
    expect(lastTalks).toEqual(
      new Map([
        ['R', { date: '2026-10-01' }],
        ['A', { date: '2026-10-12', rule: 'swing-down' }],
        ['L', { date: '2026-08-03' }],
      ]),
    );
  });
});
