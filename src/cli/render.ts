import Table from 'cli-table3';
import chalk from 'chalk';
import type { Out } from './output.js';

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

export function renderTable(headers: string[], rows: Scalar[][], color: boolean): string {
  const table = new Table({
    head: headers.map((h) => (color ? chalk.bold(h) : h)),
    style: { head: [], border: [], compact: true },
    wordWrap: true,
  });
  for (const r of rows) table.push(r.map((v) => (v === null || v === undefined ? '' : String(v))));
  return table.toString();
}

export const FORMATS = ['table', 'json', 'csv'] as const;
