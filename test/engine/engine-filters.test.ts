import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine.js';
import { agent, input, TODAY } from './helpers.js';

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
