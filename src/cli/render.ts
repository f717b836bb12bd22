import Table from 'cli-table3';
import chalk from 'chalk';
import type { Out } from './output.js';
import { textWidth } from '../text/width.js';

export type Scalar = string | number | boolean | null | undefined;

/** A text field starting with = + - @, tab or CR would run as a formula in a spreadsheet. */
const DANGEROUS = /^[=+\-@\t\r]/;

function csvField(v: Scalar): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const safe = DANGEROUS.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a header row; spreadsheet-safe; plain numbers stay numbers. */
export function renderCsv(headers: string[], rows: Scalar[][]): string {
  return [headers, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function renderJson(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Colour only when stdout is a terminal and NO_COLOR is unset. */
export function useColor(out: Out): boolean {
  return out.stdoutIsTTY && !process.env.NO_COLOR;
}

/**
 * Column widths that fit `maxWidth` terminal columns: the widest column gives way first (its
 * text wraps), but none narrower than its longest word. Each column takes 3 more for borders.
 */
export function fitWidths(natural: number[], longestWord: number[], maxWidth: number): number[] {
  const widths = [...natural];
  const total = () => widths.reduce((a, b) => a + b + 3, 1);
  // The last column (the free text: why, reasons) wraps first, down to a readable width.
  const last = widths.length - 1;
  const readable = Math.max(longestWord[last], 28);
  if (widths[last] > readable) widths[last] = Math.max(readable, widths[last] - (total() - maxWidth));
  const floor = longestWord.map((w, i) => (i === last ? Math.min(readable, natural[i]) : w));
  while (total() > maxWidth) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) if (widths[i] > floor[i] && (widest < 0 || widths[i] > widths[widest])) widest = i;
    if (widest < 0) break;
    widths[widest] -= 1;
  }
  return widths;
}

const longestWordOf = (s: string) => Math.max(0, ...s.split(/\s+/).map(textWidth));

export function renderTable(headers: string[], rows: Scalar[][], color: boolean, maxWidth?: number): string {
  const cells = rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))));
  const natural = headers.map((h, i) => Math.max(textWidth(h), ...cells.map((r) => textWidth(r[i] ?? ''))));
  const table = new Table({
    head: headers.map((h) => (color ? chalk.bold(h) : h)),
    style: { head: [], border: [], compact: true },
    wordWrap: true,
    ...(maxWidth ? { colWidths: fitWidths(natural, headers.map((h, i) => Math.max(longestWordOf(h), ...cells.map((r) => longestWordOf(r[i] ?? '')))), maxWidth).map((w) => w + 2) } : {}),
  });
  for (const r of cells) table.push(r);
  return table.toString();
}

export const FORMATS = ['table', 'json', 'csv'] as const;
