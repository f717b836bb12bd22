/**
 * Percentile rank (0–100) of each value among all the values, in input order:
 *
 *   100 × (count of values strictly worse + 0.5 × count of OTHER values equal) / (n − 1)
 *
 * so the best value scores 100 and the worst 0 when there are no ties, and equal values
 * share half credit for each other. A single value scores 50; no values, an empty array.
 * `higherIsBetter` orients the metric (false for handle time: lower is better).
 * Values must be finite; equality is exact (0 equals −0). One sort: O(n log n).
 */
export function percentileRanks(values: readonly number[], higherIsBetter: boolean): number[] {
  const n = values.length;
  // Stryker disable next-line ArrayDeclaration: every index is written below, so a sized or an empty array ends the same
  const out = new Array<number>(n);
  if (n === 1) out[0] = 50;
  if (n <= 1) return out;
  // A plain array of indices sorts faster than a typed one with a comparator (measured, V8).
  const worstFirst = values.map((_, i) => i);
  worstFirst.sort(higherIsBetter ? (a, b) => values[a] - values[b] : (a, b) => values[b] - values[a]);
  for (let start = 0; start < n; ) {
    let end = start + 1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end values[undefined] is never equal to a number, so the bound is belt and braces
    while (end < n && values[worstFirst[end]] === values[worstFirst[start]]) end++;
    const pct = (100 * (start + 0.5 * (end - start - 1))) / (n - 1);
    for (let k = start; k < end; k++) out[worstFirst[k]] = pct;
    start = end;
  }
  return out;
}
