import { describe, expect, it } from 'vitest';
import { checkFollowUps, checkPlan, targetValue } from '../../src/followup/plan-check.js';
import { KpiStore } from '../../src/model/kpi.js';
import type { AgreedPlan, Metrics } from '../../src/model/types.js';

const weeks = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'];

function store(values: (Metrics | undefined)[]): KpiStore {
  const kpi = new KpiStore();
  values.forEach((m, i) => m && kpi.add({ agentId: 'A1', period: weeks[i], metrics: m }));
  return kpi;
}

// The talk on Wednesday 2026-11-04: weeks 10-05 … 10-26 are before it, 11-09 and 11-16 since; 11-02 holds the talk.
const plan = (over: Partial<AgreedPlan> = {}): AgreedPlan => ({
  agreedOn: '2026-11-04', rule: 'swing-down', goal: null, metric: 'fcr', target: '80%', review: '2026-11-25', ...over,
});
const HIGHER = { fcr: true, aht: false };

describe('checkPlan: the plan metric before the talk against since', () => {
  it.each<[string, (Metrics | undefined)[], Partial<AgreedPlan>, object]>([
    ['target reached', [{ fcr: 70 }, { fcr: 70 }, { fcr: 70 }, { fcr: 70 }, { fcr: 10 }, { fcr: 80 }, { fcr: 82 }], {}, { before: 70, since: 81, target: 80, status: 'met' }],
    ['better, but not at the target', [{ fcr: 70 }, { fcr: 70 }, { fcr: 70 }, { fcr: 70 }, undefined, { fcr: 74 }, { fcr: 76 }], {}, { before: 70, since: 75, status: 'not-yet' }],
    ['no period since the talk yet', [{ fcr: 70 }, { fcr: 70 }, { fcr: 70 }, { fcr: 70 }, { fcr: 99 }, undefined, undefined], {}, { before: 70, status: 'no-data' }],
    ['lower is better: AHT under a m:ss target', [{ aht: 400 }, { aht: 400 }, undefined, undefined, undefined, { aht: 290 }, { aht: 300 }], { metric: 'aht', target: '5:00' }, { before: 400, since: 295, target: 300, status: 'met' }],
    ['no target: better than before counts', [{ fcr: 70 }, undefined, undefined, undefined, undefined, { fcr: 71 }, undefined], { target: null }, { before: 70, since: 71, status: 'met' }],
    ['no target and no change: not yet', [{ fcr: 70 }, undefined, undefined, undefined, undefined, { fcr: 70 }, undefined], { target: 'more' }, { before: 70, since: 70, status: 'not-yet' }],
    ['a free-text metric cannot be measured', [{ fcr: 70 }, undefined, undefined, undefined, undefined, { fcr: 90 }, undefined], { metric: 'Politeness' }, { status: 'no-data' }],
  ])('%s', (_what, values, over, expected) => {
    expect(checkPlan(plan(over), store(values), 'A1', HIGHER)).toMatchObject(expected);
  });

  it('compares at most the last 4 periods before the talk', () => {
    const kpi = store([{ fcr: 20 }, { fcr: 60 }, { fcr: 60 }, { fcr: 60 }, undefined, { fcr: 80 }, undefined]);
    kpi.add({ agentId: 'A1', period: '2026-09-28', metrics: { fcr: 100 } });
    expect(checkPlan(plan({ agreedOn: '2026-11-09' }), kpi, 'A1', HIGHER).before).toBe(50);
  });

  it.each([
    ['80%', 80], ['80', 80], ['≥ 92.5%', 92.5], ['5:00', 300], ['more calls', undefined], [null, undefined],
  ] as const)('reads the target %s as %s', (t, v) => {
    expect(targetValue(t)).toBe(v);
  });
});

describe('checkFollowUps: the core judges every agreed plan before a prep sheet is written', () => {
  const kpi = store([{ fcr: 70 }, { fcr: 70 }, { fcr: 70 }, { fcr: 70 }, undefined, { fcr: 80 }, { fcr: 82 }]);

  it('puts the check on a follow-up with a plan, and leaves one without a plan as it was', () => {
    const withPlan = { date: '2026-11-04', rule: 'swing-down', issues: [], plan: plan() };
    const without = { date: '2026-11-04', rule: 'routine', issues: [{ category: 'skill', text: 'scripts' }] };
    const out = checkFollowUps(new Map([['A1', withPlan], ['A2', without]]), kpi, HIGHER)!;
    expect(out.get('A1')).toEqual({ ...withPlan, check: { metric: 'fcr', before: 70, since: 81, target: 80, status: 'met' } });
    expect(out.get('A2')).toEqual(without);
    expect(withPlan).not.toHaveProperty('check');
  });

  it('has nothing to check without an archive', () => {
    expect(checkFollowUps(undefined, kpi, HIGHER)).toBeUndefined();
  });
});
