import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { count, grouped } from '../../src/text/count.js';

// grouped() stands in for toLocaleString('en-US') in every message and sheet that shows a count
// (it skips building ICU's number formatter at start-up): it must write exactly the same text.
function same(n: number): void {
  expect(grouped(n), String(n)).toBe(n.toLocaleString('en-US'));
}

describe('grouped', () => {
  it('writes whole numbers as toLocaleString("en-US") does, at every length and sign', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => same(n)), { numRuns: 2000 });
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => same(n)), { numRuns: 2000 });
    for (let d = 0; d <= 22; d++) for (const n of [10 ** d, 10 ** d - 1, -(10 ** d), 2 ** (d * 2.5)]) same(Math.trunc(n));
  });

  it('writes any other number as toLocaleString("en-US") does (fractions, -0, 1e21 and up, NaN, infinities)', () => {
    fc.assert(fc.property(fc.double(), (n) => same(n)), { numRuns: 2000 });
    for (const n of [-0, 0.5, -1234.5678, 1e21, -1e21, 1.5e300, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity]) same(n);
  });

  it('is what count() puts before the word', () => {
    expect(count(1, 'talk')).toBe('1 talk');
    expect(count(12345, 'row')).toBe('12,345 rows');
    expect(count(-1000, 'day')).toBe('-1,000 days');
  });
});
