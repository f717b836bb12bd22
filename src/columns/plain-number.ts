/** 10^k for k ≤ 15, built by multiplying, so each is exact. */
const POWERS_OF_TEN = [1];
for (let k = 1; k < 16; k++) POWERS_OF_TEN.push(POWERS_OF_TEN[k - 1] * 10);

/**
 * `120`, `0.92`: unsigned decimals as csv files hold them, which every metric parser reads as
 * the number they spell; read here without the general parsers' trimming and matching. Up to
 * 15 digits are read from the char codes: the digits and the power of ten are exact doubles,
 * so their quotient is the correctly rounded value, the same double `+s` gives.
 */
export function plainNumber(s: string): number | undefined {
  const len = s.length;
  if (len === 0 || len > 20) return undefined;
  let n = 0;
  let i = 0;
  for (; i < len; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  if (i === 0) return undefined;
  if (i === len) return len <= 15 ? n : +s;
  if (s.charCodeAt(i) !== 46 /* . */) return undefined;
  const point = ++i;
  for (; i < len; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  if (i === point) return undefined;
  return len <= 16 ? n / POWERS_OF_TEN[len - point] : +s;
}
