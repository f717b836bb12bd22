const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * `120`, `0.92`: unsigned decimals as csv files hold them, which every metric parser reads as
 * the number they spell; read here without the general parsers' trimming and matching.
 */
export function plainNumber(s: string): number | undefined {
  const len = s.length;
  let i = 0;
  while (i < len && isDigit(s.charCodeAt(i))) i++;
  if (i === 0 || len > 20) return undefined;
  if (i < len) {
    if (s.charCodeAt(i) !== 46 /* . */) return undefined;
    const point = ++i;
    while (i < len && isDigit(s.charCodeAt(i))) i++;
    if (i === point || i < len) return undefined;
  }
  return +s;
}
