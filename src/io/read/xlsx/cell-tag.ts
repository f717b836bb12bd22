import { CellType, columnOf, numberAt, typeOf } from './cell-parts.js';
import { isSpace } from './xml-text.js';

/** The attributes of a <c> tag the scanner uses: r (as a 0-based column, -1 without one), s, t. */
export interface CellTag {
  ref: number;
  style: number;
  type: CellType;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * Reads a <c> tag written the way spreadsheet writers write it: from `p` (just after `<c`),
 * ` r="B2"`, then ` s="1"` and ` t="s"` in any order, then `>` or `/>`, every value letters or
 * digits, so the tag's end is the first `>` as for readTag. Returns where that `>` is, with
 * `out` filled as readTag fills it; -1, with nothing read, for any other shape or a tag that
 * does not end before `end` (readTag reads those).
 */
export function readCommonTag(s: string, p: number, end: number, out: CellTag): number {
  if (s.charCodeAt(p) !== 32 || s.charCodeAt(p + 1) !== 114 || s.charCodeAt(p + 2) !== 61 || s.charCodeAt(p + 3) !== 34) return -1;
  let q = p + 4;
  let col = 0;
  for (; q < end && isLetter(s.charCodeAt(q)); q++) col = col * 26 + ((s.charCodeAt(q) | 32) - 96);
  if (q === p + 4) return -1;
  while (q < end && isDigit(s.charCodeAt(q))) q++;
  if (s.charCodeAt(q) !== 34) return -1;
  let style = 0;
  let type = CellType.Number;
  for (q++; q < end && s.charCodeAt(q) === 32; q++) {
    const name = s.charCodeAt(q + 1);
    if (s.charCodeAt(q + 2) !== 61 || s.charCodeAt(q + 3) !== 34) return -1;
    const from = q + 4;
    if (name === 115 /* s */) {
      style = 0;
      for (q = from; q < from + 9 && isDigit(s.charCodeAt(q)); q++) style = style * 10 + (s.charCodeAt(q) - 48);
      if (q === from) return -1;
    } else if (name === 116 /* t */) {
      for (q = from; q < end && isLetter(s.charCodeAt(q)); q++);
      type = typeOf(s, from, q);
    } else return -1;
    if (s.charCodeAt(q) !== 34) return -1;
  }
  if (s.charCodeAt(q) === 47) q++;
  if (q >= end || s.charCodeAt(q) !== 62) return -1;
  out.ref = col - 1;
  out.style = style;
  out.type = type;
  return q;
}

/** Reads the attributes of the <c> tag s[p, tagEnd) into `out`, in any shape: r, s and t; others are skipped. */
export function readTag(s: string, p: number, tagEnd: number, out: CellTag): void {
  out.ref = -1;
  out.style = 0;
  out.type = CellType.Number;
  while (p < tagEnd) {
    const ch = s.charCodeAt(p);
    if (isSpace(ch) || ch === 47) {
      p++;
      continue;
    }
    const name = p;
    while (p < tagEnd && s.charCodeAt(p) !== 61 && !isSpace(s.charCodeAt(p))) p++;
    const nameLen = p - name;
    while (p < tagEnd && s.charCodeAt(p) !== 34 && s.charCodeAt(p) !== 39) p++;
    if (p >= tagEnd) break;
    const quote = s.charCodeAt(p);
    const valueStart = ++p;
    while (p < tagEnd && s.charCodeAt(p) !== quote) p++;
    if (nameLen === 1) {
      const n = s.charCodeAt(name);
      if (n === 114) out.ref = columnOf(s, valueStart, p);
      else if (n === 115) out.style = numberAt(s, valueStart, p);
      else if (n === 116) out.type = typeOf(s, valueStart, p);
    }
    p++;
  }
}
