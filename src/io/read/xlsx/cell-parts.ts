import { isSpace } from './xml-text.js';

/** A cell's `t` attribute: what its <v> holds. */
export const enum CellType {
  Number,
  Shared,
  Str,
  Inline,
  Bool,
  Error,
  IsoDate,
}

/** The char after a tag name: `<c>`, `<c r…`, `<c/>` but not `<col`. */
export const isNameEnd = (c: number) => c === 62 || c === 47 || isSpace(c);

export function typeOf(s: string, from: number, to: number): CellType {
  return typeOfName(to - from, s.charCodeAt(from));
}

/** The type named by a `t` value of `len` letters, the first `c`. */
export function typeOfName(len: number, c: number): CellType {
  if (len === 1) {
    if (c === 115 /* s */) return CellType.Shared;
    if (c === 98 /* b */) return CellType.Bool;
    if (c === 101 /* e */) return CellType.Error;
    if (c === 100 /* d */) return CellType.IsoDate;
    return CellType.Number;
  }
  if (len === 3 && c === 115) return CellType.Str;
  if (len === 9 && c === 105 /* inlineStr */) return CellType.Inline;
  return CellType.Number;
}

/** s[from, to) as a number, as parseFloat reads it; up to 15 digits with an optional point without an allocation. */
export function numberAt(s: string, from: number, to: number): number {
  let i = from;
  const neg = s.charCodeAt(i) === 45;
  if (neg) i++;
  let n = 0;
  let digits = 0;
  let point = -1;
  for (; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d >= 0 && d <= 9) {
      n = n * 10 + d;
      digits++;
    } else if (d === -2 /* . */ && point < 0) point = i;
    else break;
  }
  const v = i === to ? exactDecimal(n, digits, point < 0 ? 0 : to - point - 1, neg) : NaN;
  return v === v ? v : parseFloat(s.slice(from, to));
}

/**
 * The number of `digits` digits `n` with `decimals` of them after the point, or NaN when it
 * may not be exact (more than 15 digits, or none): the digits and the power of ten are exact
 * doubles, so their quotient is the correctly rounded value, the same double parseFloat gives.
 */
export function exactDecimal(n: number, digits: number, decimals: number, neg: boolean): number {
  if (digits === 0 || digits > 15) return NaN;
  const v = decimals === 0 ? n : n / POWERS_OF_TEN[decimals];
  return neg ? -v : v;
}

/** Built by multiplying, so each is exact. */
const POWERS_OF_TEN = [1];
for (let k = 1; k < 16; k++) POWERS_OF_TEN.push(POWERS_OF_TEN[k - 1] * 10);

/** An ISO date or date-time (`t="d"`), read at UTC like every other date. */
export function isoDate(text: string): Date | null {
  const t = text.trim();
  if (t === '') return null;
  const time = /^\d{1,2}:\d{2}/.test(t) ? `1899-12-30T${t}` : t;
  const zoned = /(?:z|[+-]\d{2}:?\d{2})$/i.test(time) || !time.includes('T') ? time : `${time}Z`;
  const d = new Date(zoned);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * Where scanning goes on after the tag at s[at]: past a comment (whose `<row>`s and `<c>`s are
 * not data), else just past the `<`; -1 when the comment does not end in this chunk.
 */
export function skipComment(s: string, at: number): number {
  if (s.charCodeAt(at + 1) !== 33 || s.charCodeAt(at + 2) !== 45 || s.charCodeAt(at + 3) !== 45) return at + 1;
  const end = s.indexOf('-->', at + 4);
  return end < 0 ? -1 : end + 3;
}

/** The 0-based column of an A1 reference in s[from, to), or -1 when it has no letters. */
export function columnOf(s: string, from: number, to: number): number {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === from ? -1 : col - 1;
}
