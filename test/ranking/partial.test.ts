import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/model/day.js';
import { KpiStore } from '../../src/model/kpi.js';
import { METRICS } from '../../src/model/types.js';
import { partialLatest } from '../../src/ranking/partial.js';
import { mondays, TODAY } from './fixtures.js';

const W = mondays(4); // W[3] = TODAY, a Monday
const values = METRICS.map((m) => (m === 'calls' ? 40 : NaN));

/** A store with, per ISO week, rows on its first `days[i]` days (0: one weekly row, no days). */
function store(days: number[], weeks = W): KpiStore {
  const kpi = new KpiStore();
  days.forEach((n, i) => {
    if (n === 0) kpi.addValues('A1', weeks[i], values);
    for (let d = 0; d < n; d++) kpi.addValues('A1', weeks[i], values, addDays(weeks[i], d));
  });
  return kpi;
}

describe('partialLatest: a latest period with fewer days of data than usual', () => {
  it('the latest week has 2 days where the earlier weeks had 5 and 3: usual is their median, 4', () => {
    expect(partialLatest(store([5, 3, 2], W.slice(1)), TODAY)).toEqual({ period: TODAY, kind: 'week', days: 2, usual: 4, last: addDays(TODAY, 1) });
  });

  it('two periods are enough to compare', () => {
    expect(partialLatest(store([5, 1], W.slice(2)), TODAY)).toMatchObject({ days: 1, usual: 5 });
  });

  it('as many days as usual is not partial', () => {
    expect(partialLatest(store([5, 5, 5, 5]), TODAY)).toBeUndefined();
  });

  it('the latest period is the last started by today, today included; later ones are ignored', () => {
    const weeks = [...W, addDays(TODAY, 7)];
    expect(partialLatest(store([5, 5, 5, 2, 1], weeks), TODAY)).toMatchObject({ period: TODAY, days: 2 });
    expect(partialLatest(store([5, 5, 5, 2, 1], weeks), addDays(TODAY, -1))).toBeUndefined();
  });

  it('earlier periods without days (weekly rows) are left out of the usual count', () => {
    expect(partialLatest(store([0, 0, 5, 2]), TODAY)).toMatchObject({ days: 2, usual: 5 });
  });

  it('nothing to compare with: one period, weekly rows only, or a latest period without days', () => {
    expect(partialLatest(store([2], [TODAY]), TODAY)).toBeUndefined();
    expect(partialLatest(store([0, 0, 0, 2]), TODAY)).toBeUndefined();
    expect(partialLatest(store([5, 5, 5, 0]), TODAY)).toBeUndefined();
    expect(partialLatest(new KpiStore(), TODAY)).toBeUndefined();
  });
});
