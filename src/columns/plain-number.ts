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
  return plainNumberAt(s, 0, s.length);
}

/** plainNumber of `s.slice(from, to)`, read in place. */
export function plainNumberAt(s: string, from: number, to: number): number | undefined {
  const len = to - from;
  if (len <= 0 || len > 20) return undefined;
  let n = 0;
  let i = from;
  for (; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  if (i === from) return undefined;
  if (i === to) return len <= 15 ? n : +s.slice(from, to);
  if (s.charCodeAt(i) !== 46 /* . */) return undefined;
  const point = ++i;
  for (; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  if (i === point) return undefined;
  return len <= 16 ? n / POWERS_OF_TEN[to - point] : +s.slice(from, to);
}
