import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentileRanks } from '../../src/ranking/percentile.js';

describe('percentileRanks', () => {
  it.each<[string, number[], boolean, number[]]>([
    ['empty', [], true, []],
    ['a single value is the middle', [5], true, [50]],
    ['distinct, higher better', [10, 20, 30], true, [0, 50, 100]],
    ['distinct, lower better', [10, 20, 30], false, [100, 50, 0]],
    // 10s: 0 worse + 0.5 × 1 other equal = 0.5 of 2 → 25; 20: 2 worse of 2 → 100
    ['a pair of equal values shares half credit', [10, 10, 20], true, [25, 25, 100]],
    // each: 0.5 × 3 others / 3 → 50
    ['all equal', [7, 7, 7, 7], true, [50, 50, 50, 50]],
    // n − 1 = 4; 10s: 0.5/4 → 12.5; 20: 2/4 → 50; 30: 3/4 → 75; 40: 4/4 → 100
    ['input order is kept', [30, 10, 20, 10, 40], true, [75, 12.5, 50, 12.5, 100]],
    // lower better: 400 worst → 0; 300: 1/3 → 33.33; 250s: (2 + 0.5)/3 → 83.33
    ['handle time with a tie', [300, 250, 400, 250], false, [100 / 3, 250 / 3, 0, 250 / 3]],
  ])('%s', (_name, values, higherIsBetter, expected) => {
    const got = percentileRanks(values, higherIsBetter);
    expect(got).toHaveLength(expected.length);
    got.forEach((p, i) => expect(p).toBeCloseTo(expected[i], 9));
  });

  const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
  const values = fc.array(value, { minLength: 1, maxLength: 60 });

  it('stays within 0–100 and averages 50', () => {
    fc.assert(
      fc.property(values, fc.boolean(), (vs, higher) => {
        const pct = percentileRanks(vs, higher);
        expect(pct.every((p) => p >= 0 && p <= 100)).toBe(true);
        // every pair hands out exactly one unit of credit between its two members
        expect(pct.reduce((a, b) => a + b, 0)).toBeCloseTo(50 * vs.length, 6);
      }),
    );
  });

  it('gives a value the same percentile whatever the order', () => {
    const shuffled = values.chain((vs) =>
      fc.tuple(fc.constant(vs), fc.shuffledSubarray(vs, { minLength: vs.length, maxLength: vs.length })),
    );
    fc.assert(
      fc.property(shuffled, fc.boolean(), ([vs, perm], higher) => {
        const before = new Map(vs.map((v, i) => [v, percentileRanks(vs, higher)[i]]));
        percentileRanks(perm, higher).forEach((p, i) => expect(p).toBe(before.get(perm[i])));
      }),
    );
  });

  it('never ranks a better value lower', () => {
    fc.assert(
      fc.property(values, fc.boolean(), (vs, higher) => {
        const pct = percentileRanks(vs, higher);
        for (let i = 0; i < vs.length; i++)
          for (let j = 0; j < vs.length; j++) {
            const better = higher ? vs[i] > vs[j] : vs[i] < vs[j];
            if (better) expect(pct[i]).toBeGreaterThan(pct[j]);
          }
      }),
    );
  });
});

describe('percentileRanks against its definition', () => {
  const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, -0), fc.double({ min: -1e6, max: 1e6, noNaN: true }));

  it('is exactly 100 × (worse + ½ × other equal) / (n − 1), counted one by one', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 2, maxLength: 80 }), fc.boolean(), (vs, higher) => {
        const pct = percentileRanks(vs, higher);
        vs.forEach((v, i) => {
          const worse = vs.filter((w) => (higher ? w < v : w > v)).length;
          const equal = vs.filter((w) => w === v).length - 1;
          expect(pct[i]).toBe((100 * (worse + 0.5 * equal)) / (vs.length - 1));
        });
      }),
      { numRuns: 1000 },
    );
  });
});
