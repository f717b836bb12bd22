import { describe, expect, it } from 'vitest';
import { DEFAULTS, type RankingSettings } from '../../src/model/settings.js';
import { rankAgents } from '../../src/ranking/rank.js';
import { agent, mondays, storeOf, TODAY } from './fixtures.js';

const W = mondays(3); // W[2] = TODAY
const settings = (over: Partial<RankingSettings> = {}): RankingSettings => ({ ...DEFAULTS.ranking, ...over });

describe('rankAgents: the edges', () => {
  it('an agent listed twice counts once, as first listed', () => {
    const store = storeOf([
      ['a', W[2], { csat: 90 }],
      ['b', W[2], { csat: 80 }],
    ]);
    const roster = [agent('a', { team: 'T1' }), agent('b'), agent('a', { team: 'T9', status: 'left' })];
    const r = rankAgents(roster, store, { today: TODAY, groupBy: 'team', settings: settings() });
    expect(r.ordered.map((x) => [x.agentId, x.group, x.rank, x.groupSize, x.eligible])).toEqual([
      ['a', 'T1', 1, 2, true],
      ['b', 'T1', 2, 2, true],
    ]);
  });

  it('a team where nobody can be ranked has group size 0', () => {
    const store = storeOf([['a', W[2], { csat: 90 }]]);
    const roster = [agent('a', { team: 'T1' }), agent('n', { team: 'T2' }), agent('t', { team: 'T2', hireDate: TODAY })];
    const r = rankAgents(roster, store, { today: TODAY, groupBy: 'team', settings: settings() });
    expect(r.ordered.map((x) => [x.agentId, x.group, x.rank, x.groupSize, x.reason])).toEqual([
      ['a', 'T1', 1, 1, undefined],
      ['n', 'T2', null, 0, 'no-kpi'],
      ['t', 'T2', null, 0, 'tenure'],
    ]);
  });

  it('teams are ranked in the order of their names, whatever the roster order', () => {
    const store = storeOf([
      ['z', W[2], { csat: 90 }],
      ['y', W[2], { csat: 80 }],
      ['x', W[2], { csat: 70 }],
    ]);
    const roster = [agent('z', { team: 'C' }), agent('y', { team: 'A' }), agent('x', { team: 'B' })];
    const r = rankAgents(roster, store, { today: TODAY, groupBy: 'team', settings: settings() });
    expect(r.ordered.map((x) => x.group)).toEqual(['A', 'B', 'C']);
  });

  it('the window is the last windowPeriods periods started by today; none when it is 0', () => {
    const store = storeOf([
      ['a', W[0], { csat: 10 }],
      ['a', W[1], { csat: 90 }],
      ['a', W[2], { csat: 80 }],
      ['b', W[2], { csat: 85 }],
    ]);
    const roster = [agent('a'), agent('b')];
    const two = rankAgents(roster, store, { today: TODAY, settings: settings({ windowPeriods: 2 }) });
    expect(two.window).toEqual([W[1], W[2]]);
    expect(two.agents.get('a')?.metrics.csat).toBe(85);
    const none = rankAgents(roster, store, { today: TODAY, settings: settings({ windowPeriods: 0 }) });
    expect(none.window).toEqual([]);
    expect(none.ordered.map((x) => x.reason)).toEqual(['no-kpi', 'no-kpi']);
  });
});
