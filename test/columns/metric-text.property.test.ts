import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricTextTo, TextRead } from '../../src/columns/metric-text.js';
import { parseMetric } from '../../src/columns/values.js';
import { METRICS } from '../../src/model/types.js';

/**
 * Differential test of the KPI fold's in-place reading of metric text (plain decimals, `92.5%`,
 * `2:23`, `0:02:23`) against the general parsers: whatever metricTextTo reads must be the very
 * value parseMetric gives, what it calls out of range parseMetric must refuse, and the shapes it
 * is for must never be left to the general parsers.
 */
const digits = (min: number, max: number) => fc.array(fc.constantFrom('0', '1', '2', '5', '6', '9'), { minLength: min, maxLength: max }).map((d) => d.join(''));
const decimal = fc.oneof(digits(1, 4), fc.tuple(digits(1, 3), digits(1, 4)).map(([a, b]) => `${a}.${b}`), fc.double({ min: 0, max: 200, noNaN: true }).map(String));
const part = fc.oneof(digits(1, 2), fc.constantFrom('59', '60', '99', '00', '7'));
const clock = fc.oneof(
  fc.tuple(digits(1, 3), part).map(([m, s]) => `${m}:${s}`),
  fc.tuple(digits(1, 10), part, part).map(([h, m, s]) => `${h}:${m}:${s}`),
);
/** The shapes it reads and their near misses: signs, spaces, full-width signs, fractions of a second, more colons. */
const text = fc.oneof(
  decimal,
  decimal.map((d) => `${d}%`),
  clock,
  fc.tuple(fc.oneof(decimal, clock), fc.constantFrom(' ', '%', ' %', '％', '.5', ':', ':1', 's', ',5', 'e3')).map(([a, b]) => a + b),
  fc.tuple(fc.constantFrom(' ', '+', '-', '.', ':', '%'), fc.oneof(decimal, clock)).map(([a, b]) => a + b),
  fc.constantFrom('', '%', ':', '1:', ':30', '1::2', '1:2:3:4', '12:345', '100%', '100.0001%', '0%', '-5%', 'N/A'),
);

/** metricTextTo on `s` placed inside other text, as the csv fold reads a field in its line. */
function read(metric: (typeof METRICS)[number], s: string, before: string, after: string) {
  const out = new Float64Array([7]);
  const got = metricTextTo(metric, before + s + after, before.length, before.length + s.length, out, 0);
  return { got, value: out[0] };
}

describe('metricTextTo, metric text read from char codes', () => {
  it('reads what parseMetric reads, as the same value, or leaves it to parseMetric', () => {
    const side = fc.constantFrom('', ',', '9', ':', '%', 'x,1');
    fc.assert(
      fc.property(fc.constantFrom(...METRICS), text, side, side, (metric, s, before, after) => {
        const { got, value } = read(metric, s, before, after);
        const parsed = parseMetric(metric, s);
        if (got === TextRead.Value) {
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(Object.is(value, parsed.value)).toBe(true);
        } else {
          expect(value).toBeNaN();
          if (got === TextRead.OutOfRange) expect(parsed.ok).toBe(false);
        }
      }),
      { numRuns: 30_000 },
    );
  });

  it('reads every clock parseDuration takes for AHT and ASA, and every percentage for the rates and QA', () => {
    fc.assert(
      fc.property(fc.constantFrom(...METRICS), fc.oneof(clock, decimal.map((d) => `${d}%`)), (metric, s) => {
        const parsed = parseMetric(metric, s);
        const forIt = s.endsWith('%') ? metric !== 'aht' && metric !== 'asa' && metric !== 'calls' : metric === 'aht' || metric === 'asa';
        const { got, value } = read(metric, s, '', '');
        // The shapes it is for: a plain decimal before the `%` (no exponent, at most 20 characters), at most 9 digits before a clock's first colon.
        const shaped = s.endsWith('%') ? /^\d+(?:\.\d+)?%$/.test(s) && s.length <= 21 : !/^\d{10}/.test(s);
        if (forIt && shaped && parsed.ok) expect([got, value]).toEqual([TextRead.Value, parsed.value]);
      }),
      { numRuns: 10_000 },
    );
  });

  it.each([
    ['aht', '0:02:23', 143], ['aht', '2:23', 143], ['asa', '1:00:00', 3600], ['csat', '92.5%', 92.5], ['fcr', '0.5%', 0.5], ['qa', '150%', 150], ['aht', '143', 143], ['csat', '0.92', 92],
  ] as const)('%s %s → %d', (metric, s, want) => {
    expect(read(metric, s, '', '')).toEqual({ got: TextRead.Value, value: want });
  });
});
