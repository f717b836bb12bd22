import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/model/day.js';
import { DEFAULTS } from '../../src/model/settings.js';
import { TREND_PERIODS } from '../../src/model/trend.js';
import { trendBasis } from '../../src/ranking/trend.js';
import { agent, mondays, storeOf, TODAY } from './fixtures.js';

describe('trendBasis: what the prep sheets trend over', () => {
  it(`the last ${TREND_PERIODS} periods started by today, with the team medians in them`, () => {
    const weeks = [...mondays(TREND_PERIODS + 2), addDays(TODAY, 7)];
    const rows: Parameters<typeof storeOf>[0] = weeks.flatMap((w, i) => [
      ['a', w, { csat: 80 + i }],
      ['b', w, { csat: 60 + i }],
    ]);
    const store = storeOf(rows);
    const higherIsBetter = { ...DEFAULTS.ranking.higherIsBetter, csat: false };
    const basis = trendBasis([agent('a'), agent('b')], store, TODAY, { higherIsBetter });
    const shown = weeks.slice(2, -1);
    expect(basis.periods).toEqual(shown);
    expect(basis.kind).toBe('week');
    // The basis keeps the agents' rows in the shown periods only, read as the store reads them.
    for (const id of ['a', 'b']) for (const w of weeks) expect(basis.kpi.get(id, w)).toEqual(shown.includes(w) ? store.get(id, w) : undefined);
    expect(basis.kpi.metrics()).toEqual(store.metrics());
    expect(basis.kpi.kind).toBe('week');
    expect(basis.higherIsBetter).toBe(higherIsBetter);
    expect([...(basis.medians.get('T1')?.entries() ?? [])]).toEqual(shown.map((w, i) => [w, { csat: 72 + i }]));
  });

  it('a period starting today is shown; none after it', () => {
    const store = storeOf([
      ['a', addDays(TODAY, -7), { csat: 1 }],
      ['a', TODAY, { csat: 2 }],
      ['a', addDays(TODAY, 7), { csat: 3 }],
    ]);
    expect(trendBasis([agent('a')], store, TODAY, DEFAULTS.ranking).periods).toEqual([addDays(TODAY, -7), TODAY]);
  });
});
