/**
 * Percentile rank (0–100) of each value among all the values, in input order:
 *
 *   100 × (count of values strictly worse + 0.5 × count of OTHER values equal) / (n − 1)
 *
 * so the best value scores 100 and the worst 0 when there are no ties, and equal values
 * share half credit for each other. A single value scores 50; no values, an empty array.
 * `higherIsBetter` orients the metric (false for handle time: lower is better).
 * Values must be finite; equality is exact (0 equals −0). One native sort of the values (no
 * comparator called), then each distinct value's rank looked up: O(n log n).
 */
export function percentileRanks(values: readonly number[], higherIsBetter: boolean): number[] {
  const n = values.length;
  // Stryker disable next-line ArrayDeclaration: every index is written below, so a sized or an empty array ends the same
  const out = new Array<number>(n);
  if (n === 1) out[0] = 50;
  if (n <= 1) return out;
  const sorted = Float64Array.from(values).sort();
  // A Map's keys are equal as === has them, apart from NaN (never a value here): 0 and −0 are one key.
  const pctOf = new Map<number, number>();
  for (let start = 0; start < n; ) {
    let end = start + 1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end sorted[n] is undefined, never equal to a number, so the bound is belt and braces
    while (end < n && sorted[end] === sorted[start]) end++;
    const worse = higherIsBetter ? start : n - end;
    pctOf.set(sorted[start], (100 * (worse + 0.5 * (end - start - 1))) / (n - 1));
    start = end;
  }
  for (let i = 0; i < n; i++) out[i] = pctOf.get(values[i]) as number;
  return out;
}
