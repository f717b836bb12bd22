import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CsvScanner } from '../../../src/io/read/csv-scan.js';
import type { RawRow } from '../../../src/io/read/raw.js';
import { TalksError } from '../../../src/errors.js';

const CHUNK = 64 * 1024;
const HEADER = 'Agent ID,Name,Team,Hire Date\n';
const rowsText = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `A${from + i},Name ${from + i},T1,2024-01-01\n`).join('');

/** Feeds `text` to a scanner in chunks as the reader does; returns the rows, or the error, and how much text was scanned. */
function scanAll(text: string, chunk = CHUNK): { rows: RawRow[]; error?: TalksError; scanned: number } {
  const scanner = new CsvScanner(',');
  const scan = vi.spyOn(CsvScanner.prototype as unknown as { scan: (s: string) => number }, 'scan');
  const rows: RawRow[] = [];
  try {
    for (let i = 0; i < text.length; i += chunk) scanner.feed(text.slice(i, i + chunk), rows);
    scanner.end(rows);
    return { rows, scanned: scanned(scan) };
  } catch (e) {
    if (!(e instanceof TalksError)) throw e;
    return { rows, error: e, scanned: scanned(scan) };
  }
}
const scanned = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.reduce((n, [s]) => n + (s as string).length, 0);

afterEach(() => vi.restoreAllMocks());

describe('a line without quotes that never breaks', () => {
  it('is refused as too long, not as an open quote, having read each character about once', () => {
    const text = `${'x'.repeat(20 * 1024 * 1024)}\n${HEADER}`;
    const r = scanAll(text);
    expect(r.error?.code).toBe('csv-line-too-long');
    expect(r.error?.row).toBe(1);
    expect(r.error?.message).toContain('more than 16 million characters without a line break');
    expect(r.error?.message).not.toContain('quote');
    expect(r.scanned).toBeLessThan(2 * 17 * 1024 * 1024);
  });

  it('is refused on its own line number after ordinary rows', () => {
    const r = scanAll(`${HEADER}${rowsText(1000)}${'y,'.repeat(9 * 1024 * 1024)}`);
    expect(r.error?.code).toBe('csv-line-too-long');
    expect(r.error?.row).toBe(1002);
    expect(r.rows).toHaveLength(1001);
  });

  it('is read when it does break, however many chunks it spans', () => {
    const long = 'z'.repeat(3 * 1024 * 1024);
    const r = scanAll(`${HEADER}A1,${long},T1,2024-01-01\n${rowsText(2, 2)}`);
    expect(r.error).toBeUndefined();
    expect(r.rows.map((x) => [x.row, x.cells.length, String(x.cells[1]).length])).toEqual([
      [1, 4, 4],
      [2, 4, long.length],
      [3, 4, 6],
      [4, 4, 6],
    ]);
    expect(r.scanned).toBeLessThan(2 * (long.length + 1024));
  });
});

describe('a quote that is never closed', () => {
  it('in a 15 MB file is reported with its line, the held text read about once', () => {
    const text = `${HEADER}${rowsText(4)}A9,"Ann,T1,2024-01-01\n${rowsText(460_000, 10)}`;
    expect(text.length).toBeGreaterThan(15_000_000);
    const r = scanAll(text);
    expect(r.error?.code).toBe('csv-quote-unclosed');
    expect(r.error?.row).toBe(6);
    expect(r.error?.message).toContain('never closed');
    expect(r.rows).toHaveLength(5);
    expect(r.scanned).toBeLessThan(2 * text.length);
  });

  it('past the record limit is refused as the open quote it is', () => {
    const r = scanAll(`${HEADER}A1,"${'q\n'.repeat(9 * 1024 * 1024)}`);
    expect(r.error?.code).toBe('csv-quote-unclosed');
    expect(r.error?.row).toBe(2);
  });
});

describe('chunk boundaries', () => {
  const cell = fc.stringMatching(/^[a-c", \r\n]{0,6}$/);
  const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 });
  const quoted = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

  it('any split of a file gives the same rows as reading it whole', () => {
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n', '\r'), fc.integer({ min: 1, max: 7 }), (rows, eol, size) => {
        const text = rows.map((r) => r.map(quoted).join(',')).join(eol) + eol;
        const whole = scanAll(text, text.length);
        const pieces = scanAll(text, size);
        expect(pieces.error?.code).toBe(whole.error?.code);
        expect(pieces.rows).toEqual(whole.rows);
      }),
      { numRuns: 300 },
    );
  });
});
