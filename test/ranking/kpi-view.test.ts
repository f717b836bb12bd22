import { describe, expect, it } from 'vitest';
import { KpiStore } from '../../src/model/kpi.js';
import { mondays } from './fixtures.js';

describe('KpiStore.view: a plan keeps its agents’ trend rows only', () => {
  const weeks = mondays(6);

  /** 2,500 agents × 6 weeks: more slots than one page holds, some rows idle (all zeros). */
  function centre(): KpiStore {
    const store = new KpiStore();
    store.kind = 'week';
    for (let a = 0; a < 2500; a++)
      weeks.forEach((w, i) => {
        const idle = (a + i) % 7 === 0;
        store.addValues(`a${a}`, w, [idle ? 0 : 100 + a, idle ? 0 : 300 + i, NaN, a % 3 === 0 ? NaN : idle ? 0 : 80 + i, NaN, NaN, NaN, NaN]);
      });
    return store;
  }

  it('reads as the store for the agents and periods asked for, and has nothing else', () => {
    const store = centre();
    const ids = ['a5', 'a2499', 'a0', 'a5', 'nobody', ...Array.from({ length: 2400 }, (_, i) => `a${i + 50}`)];
    const shown = weeks.slice(2);
    const view = store.view(ids, shown);
    expect(view.kind).toBe('week');
    expect(view.metrics()).toEqual(store.metrics());
    for (const id of ['a0', 'a5', 'a49', 'a50', 'a1337', 'a2449', 'a2499', 'nobody'])
      for (const w of weeks) {
        const asked = ids.includes(id) && shown.includes(w);
        expect(view.get(id, w)).toEqual(asked ? store.get(id, w) : undefined);
      }
    // An idle row stays idle ((a + i) % 7 === 0); a row copied reads its own values.
    expect(view.get('a5', weeks[2])).toBeUndefined();
    expect(view.get('a55', weeks[2])).toEqual({ calls: 155, aht: 302, qa: 82 });
    expect(view.get('a51', weeks[2])).toEqual({ calls: 151, aht: 302 });
    expect(view.get('a54', weeks[2])).toBeUndefined();
  });

  it('of no agents or no periods reads nothing', () => {
    const store = centre();
    expect(store.view([], weeks).get('a1', weeks[0])).toBeUndefined();
    expect(store.view(['a1'], []).get('a1', weeks[0])).toBeUndefined();
    expect(store.view([], []).metrics()).toEqual(store.metrics());
  });
});
