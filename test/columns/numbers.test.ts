import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricTo, parseDuration, parseMetric, parseNumber, parsePercent } from '../../src/columns/values.js';
import { METRICS, type MetricId } from '../../src/model/types.js';

describe('parseNumber', () => {
  it.each([
    [12, 12], [-3.5, -3.5], [0, 0], ['12', 12], [' 12 ', 12], ['1,234', 1234], ['1,234,567.5', 1234567.5],
    ['12.5', 12.5], ['.5', 0.5], ['+7', 7], ['-7', -7], ['1e3', 1000], ['１２', 12],
    ['.55', 0.55], ['1e-3', 0.001], ['1E+3', 1000], ['2e10', 2e10], ['12.', 12],
    ['+1,234', 1234], ['-1,234', -1234], ['12,345', 12345], ['123,456', 123456], ['1,234.56', 1234.56],
  ] as const)('%j → %d', (cell, value) => {
    expect(parseNumber(cell)).toEqual({ ok: true, value });
  });

  it.each([
    ['abc', '"abc" is not a number'], ['12abc', '"12abc" is not a number'], ['1,23', '"1,23" is not a number'],
    ['12,5', '"12,5" is not a number'], ['1 234', '"1 234" is not a number'], [Number.NaN, '"NaN" is not a number'],
    [true, '"TRUE" is not a number'], [new Date(Date.UTC(2026, 0, 1)), '"2026-01-01" is not a number'],
    [null, 'the number is empty'], ['  ', 'the number is empty'],
    // Only the whole text is a number: a number inside other text is not.
    ['abc12', '"abc12" is not a number'], ['12e', '"12e" is not a number'], ['e5', '"e5" is not a number'],
    ['1,234x', '"1,234x" is not a number'], ['x1,234', '"x1,234" is not a number'], ['1234,567', '"1234,567" is not a number'],
    ['1,234.', '"1,234." is not a number'], ['1,234,56', '"1,234,56" is not a number'], ['++1', '"++1" is not a number'],
  ] as const)('refuses %j', (cell, reason) => {
    expect(parseNumber(cell)).toMatchObject({ ok: false, reason });
  });
});

describe('parsePercent', () => {
  it.each([
    ['92%', 92], ['92 %', 92], [' 92% ', 92], ['92.5%', 92.5], ['0.5%', 0.5], ['100%', 100], ['0%', 0],
    ['９２％', 92], ['92％', 92], [0.92, 92], ['0.92', 92], [0.925, 92.5], [92, 92], ['92', 92], [92.5, 92.5],
    [1, 100], ['1', 100], [0, 0], [100, 100], [1.5, 1.5], [0.123456, 12.3456],
    ['92%  ', 92], ['92% \t', 92], ['1%', 1], ['1.0%', 1],
  ] as const)('%j → %d', (cell, value) => {
    expect(parsePercent(cell)).toEqual({ ok: true, value });
  });

  const HINT = 'write 92%, 0.92 or 92';
  it.each([
    ['abc', `"abc" is not a percentage; ${HINT}`],
    ['abc%', `"abc%" is not a percentage; ${HINT}`],
    ['92,5%', `"92,5%" is not a percentage; ${HINT}`],
    ['150%', '"150%" is not a percentage between 0 and 100'],
    [150, '"150" is not a percentage between 0 and 100'],
    ['-5%', '"-5%" is not a percentage between 0 and 100'],
    ['5%x', `"5%x" is not a percentage; ${HINT}`],
    ['%92', `"%92" is not a percentage; ${HINT}`],
    ['%', `"%" is not a percentage; ${HINT}`],
    [-0.5, '"-0.5" is not a percentage between 0 and 100'],
    [true, `"TRUE" is not a percentage; ${HINT}`],
    [null, 'the percentage is empty'],
  ] as const)('refuses %j', (cell, reason) => {
    expect(parsePercent(cell)).toMatchObject({ ok: false, reason });
  });

  it('reads any fraction as the same percentage written with %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (tenths) => {
        const pct = tenths / 10;
        expect(parsePercent(`${pct}%`)).toEqual({ ok: true, value: pct });
        expect(parsePercent(pct / 100)).toEqual({ ok: true, value: pct });
      }),
    );
  });
});

describe('parseMetric', () => {
  it.each([
    ['aht', 143, 143], ['aht', '2:23', 143], ['aht', 143 / 86_400, 143], ['aht', '143 秒', 143],
    ['csat', '92%', 92], ['csat', 0.92, 92], ['csat', 92, 92],
    ['fcr', '75%', 75], ['adherence', 0.9, 90], ['conversion', '12.5%', 12.5],
    ['qa', 92, 92], ['qa', '92%', 92], ['qa', '92', 92], ['qa', 0.92, 0.92], ['qa', 4.5, 4.5], ['qa', 105, 105],
    ['calls', 120, 120], ['calls', '1,234', 1234], ['calls', 0, 0], ['calls', ' 12 ', 12],
    ['calls', '0', 0], ['qa', '0', 0], ['qa', ' 92% ', 92], ['qa', '92 %', 92], ['qa', '０％', 0],
    ['asa', '1:30', 90], ['asa', 45, 45], ['asa', '45', 45],
  ] as const)('%s %j → %d', (metric, cell, value) => {
    expect(parseMetric(metric as MetricId, cell)).toEqual({ ok: true, value });
  });

  it.each([
    ['calls', -1, '"-1" is negative; the count must be 0 or more'],
    ['calls', 'many', '"many" is not a count; write a number such as 120'],
    ['qa', 'good', '"good" is not a score; write a number such as 92'],
    ['qa', '-5', '"-5" is negative; the score must be 0 or more'],
    ['qa', '-5%', '"-5" is negative; the score must be 0 or more'],
    ['qa', -5, '"-5" is negative; the score must be 0 or more'],
    ['qa', '%92', '"%92" is not a score; write a number such as 92'],
    ['calls', '  ', 'the count is empty'],
    ['qa', null, 'the score is empty'],
    ['asa', 'soon', '"soon" is not a duration; write seconds (143), mm:ss (2:23) or hh:mm:ss (0:02:23)'],
    ['csat', 'n/a%', '"n/a%" is not a percentage; write 92%, 0.92 or 92'],
    ['csat', 120, '"120" is not a percentage between 0 and 100'],
    ['aht', 'long', '"long" is not a duration; write seconds (143), mm:ss (2:23) or hh:mm:ss (0:02:23)'],
  ] as const)('%s refuses %j', (metric, cell, reason) => {
    expect(parseMetric(metric as MetricId, cell)).toMatchObject({ ok: false, reason });
  });
});

/** metricTo of one number, through a one-slot array; whether it said "in range" must match what it wrote. */
function metricOfNumber(metric: MetricId, n: number): number {
  const slot = new Float64Array([n]);
  const inRange = metricTo(metric, slot, 0);
  expect(inRange).toBe(!Number.isNaN(slot[0]));
  return slot[0];
}

describe('metricTo', () => {
  /** The general parsers, without parseMetric's numeric fast path. */
  const slow = (metric: MetricId, n: number) => {
    const parsed = metric === 'aht' || metric === 'asa' ? parseDuration(n) : metric === 'calls' || metric === 'qa' ? parseNumber(n) : parsePercent(n);
    return parsed.ok && parsed.value >= 0 ? parsed.value : NaN;
  };

  it('agrees with the general parsers on any number', () => {
    const numbers = fc.oneof(fc.double({ noNaN: false }), fc.double({ min: 0, max: 1 }), fc.integer({ min: -10, max: 200 }));
    fc.assert(
      fc.property(fc.constantFrom(...METRICS), numbers, (metric, n) => {
        expect(metricOfNumber(metric, n)).toBe(slow(metric, n));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['aht', 0.5, 43_200], ['aht', -1, NaN], ['csat', 1, 100], ['csat', 101, NaN], ['qa', 0.5, 0.5],
    ['calls', Number.NaN, NaN], ['calls', Number.POSITIVE_INFINITY, NaN],
  ] as const)('%s %d → %s', (metric, n, value) => {
    expect(metricOfNumber(metric, n)).toBe(value);
  });
});
