/** Small numeric helpers shared by the ranking and swing code. */

/** Tolerance for comparisons of derived floating-point numbers against thresholds. */
export const EPS = 1e-9;

/** Median of the values (mean of the two middle ones for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  const n = values.length;
  // Stryker disable next-line ConditionalExpression: said plainly; without it the empty array's middle reads undefined, NaN too
  if (n === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Rounds half away from zero to one decimal, for output; never returns −0. */
export function round1(x: number): number {
  const r = (Math.sign(x) * Math.round(Math.abs(x) * 10)) / 10;
  return r === 0 ? 0 : r;
}

/**
 * How many of `n` ranked agents fall in the top `share`: ceil(share·n).
 * The tolerance keeps float noise from adding one (0.2 × 15 is 3.0000000000000004).
 */
export function shareCount(share: number, n: number): number {
  return Math.max(0, Math.ceil(share * n - EPS));
}
