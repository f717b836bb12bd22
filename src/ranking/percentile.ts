/** How many of the sorted values are below `v` (`orEqual`: at or below it). */
function countBelow(sorted: Float64Array, v: number, orEqual: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < v || (orEqual && sorted[mid] === v)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Percentile rank (0–100) of each value among all the values, in input order:
 *
 *   100 × (count of values strictly worse + 0.5 × count of OTHER values equal) / (n − 1)
 *
 * so the best value scores 100 and the worst 0 when there are no ties, and equal values
 * share half credit for each other. A single value scores 50; no values, an empty array.
 * `higherIsBetter` orients the metric (false for handle time: lower is better).
 * Values must be finite; equality is exact (0 equals −0). One native sort, then two binary
 * searches per value: O(n log n), with no comparator called from the sort.
 */
export function percentileRanks(values: readonly number[], higherIsBetter: boolean): number[] {
  const n = values.length;
  // Stryker disable next-line ArrayDeclaration: every index is written below, so a sized or an empty array ends the same
  const out = new Array<number>(n);
  if (n === 1) out[0] = 50;
  if (n <= 1) return out;
  const sorted = Float64Array.from(values).sort();
  for (let i = 0; i < n; i++) {
    const below = countBelow(sorted, values[i], false);
    const atOrBelow = countBelow(sorted, values[i], true);
    const worse = higherIsBetter ? below : n - atOrBelow;
    out[i] = (100 * (worse + 0.5 * (atOrBelow - below - 1))) / (n - 1);
  }
  return out;
}
