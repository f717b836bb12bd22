import { createRequire } from 'node:module';
import type TableType from 'cli-table3';
import type { ChalkInstance } from 'chalk';
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
 * The last column keeps a quarter of the width (at most 28) to stay readable.
 */
export function fitWidths(natural: number[], longestWord: number[], maxWidth: number): number[] {
  const widths = [...natural];
  const total = () => widths.reduce((a, b) => a + b + 3, 1);
  // The last column (the free text: why, reasons) wraps first, down to a readable width.
  const last = widths.length - 1;
  const readable = Math.max(longestWord[last], Math.min(28, Math.floor(maxWidth / 4)));
  if (widths[last] > readable && total() > maxWidth) widths[last] = Math.max(readable, widths[last] - (total() - maxWidth));
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

/** Wraps a line at spaces to a width. */
export function wrapText(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && textWidth(`${line} ${word}`) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

/** Columns a narrow terminal may leave out, in this order, and the line that says so. */
export interface Narrowing {
  drop: number[];
  note: (left: string[]) => string;
}

function fittedWidths(headers: string[], cells: string[][], maxWidth: number): { widths: number[]; total: number } {
  const natural = headers.map((h, i) => Math.max(textWidth(h), ...cells.map((r) => textWidth(r[i] ?? ''))));
  const words = headers.map((h, i) => Math.max(longestWordOf(h), ...cells.map((r) => longestWordOf(r[i] ?? ''))));
  const widths = fitWidths(natural, words, maxWidth);
  return { widths, total: widths.reduce((a, b) => a + b + 3, 1) };
}

/**
 * A table for the terminal. With `maxWidth`, long text wraps and, when wrapping is not enough,
 * the `narrow.drop` columns are left out one by one (with a line naming them) until it fits.
 */
export function renderTable(headers: string[], rows: Scalar[][], color: boolean, maxWidth?: number, narrow?: Narrowing): string {
  let cells = rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))));
  let head = headers;
  const left: string[] = [];
  const drop = [...(narrow?.drop ?? [])];
  while (maxWidth && drop.length && fittedWidths(head, cells, maxWidth).total > maxWidth) {
    const name = headers[drop.shift()!];
    const at = head.indexOf(name);
    left.push(name);
    head = head.filter((_, i) => i !== at);
    cells = cells.map((r) => r.filter((_, i) => i !== at));
  }
  // Loaded here, so JSON, CSV and --help do not pay for them.
  const require = createRequire(import.meta.url);
  const Table = require('cli-table3') as typeof TableType;
  const chalk = color ? (require('chalk') as { default: ChalkInstance }).default : undefined;
  const table = new Table({
    head: head.map((h) => (chalk ? chalk.bold(h) : h)),
    style: { head: [], border: [], compact: true },
    wordWrap: true,
    ...(maxWidth ? { colWidths: fittedWidths(head, cells, maxWidth).widths.map((w) => w + 2) } : {}),
  });
  for (const r of cells) table.push(r);
  return left.length && narrow && maxWidth ? `${table.toString()}\n${wrapText(narrow.note(left), maxWidth)}` : table.toString();
}
