import { describe, expect, it } from 'vitest';
import { teamMedians } from '../../src/ranking/team.js';
import { agent, mondays, storeOf } from './fixtures.js';

describe('teamMedians', () => {
  const [w1, w2, w3] = mondays(3);
  const agents = [
    agent('a', { team: 'T1' }),
    agent('b', { team: 'T1' }),
    agent('g', { team: 'T1' }),
    agent('x', { team: 'T1', status: 'left' }),
    agent('d', { team: 'T2' }),
    agent('e', { team: 'T2' }),
    agent('f', { team: 'T3' }),
    agent('y', { team: 'T4', status: 'left' }),
  ];
  const store = storeOf([
    ['a', w1, { csat: 80, aht: 300 }],
    ['b', w1, { csat: 90, aht: 400 }],
    ['g', w1, { csat: 100 }],
    ['x', w1, { csat: 10, aht: 100 }],
    ['y', w1, { csat: 50 }],
    ['d', w1, { csat: 70 }],
    ['e', w1, { aht: 200 }],
    ['a', w2, { csat: 70 }],
    ['b', w2, { csat: 60 }],
    ['d', w2, { csat: 50 }],
    ['a', w3, { csat: 10 }],
  ]);
  // Computed in each test, not at collection time, so that a mutant of teamMedians is seen by the tests.
  const medians = () => teamMedians(agents, store, [w1, w2]);

  it.each([
    // T1 w1: csat of 80, 90, 100 → 90; aht of 300, 400 → 350 (x has left)
    ['T1', w1, { csat: 90, aht: 350 }],
    ['T1', w2, { csat: 65 }],
    ['T2', w1, { csat: 70, aht: 200 }],
    ['T2', w2, { csat: 50 }],
  ])('%s %s → %j', (team, period, expected) => {
    expect(medians().get(team)?.get(period)).toEqual(expected);
  });

  it('holds only the asked periods that have rows, and no team of agents who have all left', () => {
    const m = medians();
    expect([...m.keys()].sort()).toEqual(['T1', 'T2', 'T3']);
    expect([...(m.get('T1')?.keys() ?? [])]).toEqual([w1, w2]);
    expect(m.get('T3')?.size).toBe(0);
  });

  it('a member without rows in a period leaves the median to the others', () => {
    const m = teamMedians([agent('a'), agent('b'), agent('c')], storeOf([['a', w1, { csat: 80 }], ['c', w1, { csat: 60 }]]), [w1]);
    expect(m.get('T1')?.get(w1)).toEqual({ csat: 70 });
  });
});
