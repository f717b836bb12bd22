import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainNumberTo } from '../../../src/columns/plain-number.js';

/** plainNumberTo of s[from, to) through a one-slot array (NaN when not a plain decimal); what it says must match what it wrote. */
function plainNumberAt(s: string, from: number, to: number): number {
  const out = new Float64Array([7]);
  const read = plainNumberTo(s, from, to, out, 0);
  expect(read).toBe(!Number.isNaN(out[0]));
  return out[0];
}
const plainNumber = (s: string) => plainNumberAt(s, 0, s.length);

/** Digit strings as csv exports write them: leading zeros, long fractions, up to 20 characters. */
const digits = (min: number, max: number) => fc.array(fc.constantFrom('0', '1', '2', '5', '7', '9'), { minLength: min, maxLength: max }).map((d) => d.join(''));
const decimal = fc.oneof(
  digits(1, 20),
  fc.tuple(digits(1, 10), digits(1, 12)).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.double({ min: 0, max: 1e6, noNaN: true })).map(([d]) => String(d)),
  fc.integer({ min: 0, max: 99_999 }).map((n) => (n / 1000).toFixed(3)),
);

describe('plainNumber, the csv fold reading numbers from char codes', () => {
  it('reads every unsigned decimal as the very double that +s gives', () => {
    fc.assert(
      fc.property(decimal, (s) => {
        const n = plainNumber(s);
        if (s.length > 20 || /e/i.test(s)) expect(n).toBeNaN();
        else expect(Object.is(n, +s)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('leaves to the general parsers what is not a plain decimal', () => {
    for (const s of ['', '.5', '5.', '-1', '+1', ' 1', '1 ', '1,5', '1e3', '0x10', '1.2.3', '１２', '12%', '1'.repeat(21)]) expect(plainNumber(s), s).toBeNaN();
  });

  it('reads a decimal in place, within a longer text, as it reads the decimal alone', () => {
    const side = fc.constantFrom('', ',', '9', '.', 'x,1', '00');
    fc.assert(
      fc.property(side, fc.oneof(decimal, fc.constantFrom('', '.5', '5.', '1e3', '1.2.3')), side, (before, s, after) => {
        expect(Object.is(plainNumberAt(before + s + after, before.length, before.length + s.length), plainNumber(s))).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });
});
