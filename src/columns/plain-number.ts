/** 10^k for k ≤ 15, built by multiplying, so each is exact. */
const POWERS_OF_TEN = [1];
for (let k = 1; k < 16; k++) POWERS_OF_TEN.push(POWERS_OF_TEN[k - 1] * 10);

/**
 * `120`, `0.92`: unsigned decimals as csv files hold them, which every metric parser reads as
 * the number they spell; read here without the general parsers' trimming and matching. Reads
 * `s.slice(from, to)` in place and writes its value to `out[at]`; whether it was a plain decimal
 * (NaN is written when not). Up to 15 digits are read from the char codes: the digits and the
 * power of ten are exact doubles, so their quotient is the correctly rounded value, the same
 * double `+s` gives. The value goes to a typed array rather than being returned: a double
 * returned from a call that is not inlined is boxed, one heap object per cell of a big file.
 */
export function plainNumberTo(s: string, from: number, to: number, out: Float64Array, at: number): boolean {
  const len = to - from;
  out[at] = NaN;
  if (len <= 0 || len > 20) return false;
  let n = 0;
  let i = from;
  for (; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  if (i === from) return false;
  if (i === to) {
    out[at] = len <= 15 ? n : +s.slice(from, to);
    return true;
  }
  if (s.charCodeAt(i) !== 46 /* . */) return false;
  const point = ++i;
  for (; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    n = n * 10 + d;
  }
  if (i === point) return false;
  out[at] = len <= 16 ? n / POWERS_OF_TEN[to - point] : +s.slice(from, to);
  return true;
}
