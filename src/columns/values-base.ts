import type { CellValue } from './cell.js';
import { reasonText, type Reason, type ReasonCode } from '../text/cell-reasons.js';

/** A failure carries its reason as a code with values (`why`, for any language) and in English (`reason`). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string; why: Reason };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = (code: ReasonCode, args: Reason['args'] = {}): Parsed<never> => {
  const why = { code, args };
  return { ok: false, reason: reasonText('en', why), why };
};

/** null, the empty string or only white space. */
export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  return typeof v === 'string' && v.trim() === '';
}

const PLACEHOLDERS = new Set(['-', '--', '—', '–', '/', 'n/a', 'na', '#n/a', 'null', 'none', 'nil', '无', '暂无']);
const EXCEL_ERROR = /^#(?:n\/a|div\/0!|value!|ref!|name\?|num!|null!)$/i;

/** Text that stands for "no value": `-`, `N/A`, `无`, or an Excel error such as `#DIV/0!`. */
export function isPlaceholder(v: CellValue | undefined): boolean {
  if (typeof v !== 'string' || v.length > 8) return false;
  const s = v.trim().toLowerCase();
  return PLACEHOLDERS.has(s) || EXCEL_ERROR.test(s);
}

/** Trimmed text; numbers without float noise; dates as YYYY-MM-DD (date-times with the time). */
export function parseText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return dateText(v);
}

/** Serial-to-Date conversions can land a few ms off a whole second: the nearest whole second, in ms. */
export function wholeSecond(t: number): number {
  return Math.round(t / 1000) * 1000;
}

function dateText(d: Date): string {
  const t = d.getTime();
  if (Number.isNaN(t)) return '';
  const iso = new Date(wholeSecond(t)).toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  if (day === '1899-12-30' || day === '1899-12-31') return time;
  return time === '00:00:00' ? day : `${day} ${time}`;
}

/** NFKC folds full-width digits and signs (２０２６－１１－２３, ９２％); skipped for plain ASCII. */
export function clean(s: string): string {
  const t = s.trim();
  return /[^\x20-\x7e]/.test(t) ? t.normalize('NFKC').trim() : t;
}
