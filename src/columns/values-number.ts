import type { MetricId } from '../model/types.js';
import type { CellValue } from './cell.js';
import { clean, fail, isBlank, ok, parseText, type Parsed } from './values-base.js';
import { fromDayFraction, parseDuration } from './values-duration.js';

// ---------------------------------------------------------------------------------------------
// Numbers and percentages

const notNumber = (v: CellValue) => fail('not-number', { value: parseText(v) });
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** A number: numeric cells, or text such as ` 12 `, `1,234`, `12.5`. */
export function parseNumber(v: CellValue): Parsed<number> {
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : notNumber(v);
  if (isBlank(v)) return fail('number-empty');
  if (typeof v !== 'string') return notNumber(v);
  const s = clean(v);
  if (PLAIN.test(s)) return ok(+s);
  if (GROUPED.test(s)) return ok(+s.replace(/,/g, ''));
  return notNumber(v);
}

/** Drops float noise from scaling (0.925 × 100 = 92.50000000000001). */
export const tidy = (n: number) => Math.round(n * 1e9) / 1e9;

/** A bare number up to 1 is a fraction (0.92 → 92); a negative one is out of range either way. */
const fraction = (n: number) => (n <= 1 ? n * 100 : n);

/** What is written before a trailing `%` (`" 92 %"` → `"92 "`), or undefined without one. */
function percentSuffixed(v: CellValue): string | undefined {
  return typeof v === 'string' ? /(.*)[%％]$/s.exec(v.trim())?.[1] : undefined;
}

/**
 * A percentage on a 0–100 scale. `92%` is 92; a bare number up to 1 is a fraction (0.92 → 92,
 * so 1 → 100), a larger one is already a percentage (92 → 92). Outside 0–100 is an error.
 */
export function parsePercent(v: CellValue): Parsed<number> {
  const suffixed = percentSuffixed(v);
  let value: number;
  if (suffixed !== undefined) {
    const n = parseNumber(suffixed);
    if (!n.ok) return fail('not-percent', { value: parseText(v) });
    value = n.value;
  } else {
    const n = parseNumber(v);
    if (!n.ok) return isBlank(v) ? fail('percent-empty') : fail('not-percent', { value: parseText(v) });
    value = fraction(n.value);
  }
  value = tidy(value);
  if (value < 0 || value > 100) return fail('percent-range', { value: parseText(v) });
  return ok(value);
}

function nonNegative(v: CellValue, what: 'score' | 'count', example: number): Parsed<number> {
  const n = parseNumber(v);
  if (!n.ok) return isBlank(v) ? fail('amount-empty', { what }) : fail('not-amount', { value: parseText(v), what, example });
  if (n.value < 0) return fail('negative', { value: parseText(v), what });
  return n;
}

/** A QA score as written (not scaled); a trailing `%` is allowed. */
function parseScore(v: CellValue): Parsed<number> {
  return nonNegative(percentSuffixed(v) ?? v, 'score', 92);
}

/**
 * The value of a numeric metric cell `values[at]`, written back in its place, with the same
 * result as parseMetric; whether it is in range (NaN is written when not). The allocation-free
 * hot path of KPI reading: the value stays in the typed array, since a double returned from a
 * call that is not inlined is boxed (see plainNumberTo); the helpers here are small enough to
 * be inlined.
 */
export function metricTo(metric: MetricId, values: Float64Array, at: number): boolean {
  const n = values[at];
  let v = NaN;
  if (Number.isFinite(n)) {
    switch (metric) {
      case 'aht':
      case 'asa':
        if (n >= 0) v = Math.round(fromDayFraction(n));
        break;
      case 'calls':
      case 'qa':
        if (n >= 0) v = n;
        break;
      default: {
        // Scaled first: a tiny negative fraction rounds to 0 (-0), which is in range.
        const pct = tidy(fraction(n));
        if (pct >= 0 && pct <= 100) v = pct;
      }
    }
  }
  values[at] = v;
  return v === v;
}

/** A metric in its unit: AHT in seconds, rates on 0–100, QA as a score, calls as a count. */
export function parseMetric(metric: MetricId, v: CellValue): Parsed<number> {
  switch (metric) {
    case 'aht':
    case 'asa':
      return parseDuration(v);
    case 'calls':
      return nonNegative(v, 'count', 120);
    case 'qa':
      return parseScore(v);
    default:
      return parsePercent(v);
  }
}

