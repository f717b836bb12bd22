import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { RawRow } from '../../../src/io/read/raw.js';
import { readXlsxFast } from '../../../src/io/read/xlsx/read.js';
import { readXlsxWithExcelJs } from '../../bench/exceljs-read.js';

/**
 * Differential test: our xlsx reader (the hot path) against exceljs reading the whole workbook,
 * on random workbooks exceljs writes: several sheets, gaps between rows and cells, text with
 * markup characters, spaces and line breaks, numbers, dates, booleans, shared strings or inline.
 */
const dir = mkdtempSync(join(tmpdir(), 'talks-xlsx-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = fc.array(fc.constantFrom('a', 'Z', ' ', '<', '>', '&', '"', "'", '\n', '张', 'é', '1', '0'), { minLength: 1, maxLength: 10 }).map((c) => c.join(''));
const value = fc.oneof(
  text,
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -100000, max: 100000 }),
  fc.boolean(),
  fc.integer({ min: Date.UTC(1990, 0, 1) / 60000, max: Date.UTC(2040, 0, 1) / 60000 }).map((m) => new Date(m * 60000)),
  fc.constant(null),
);
/** A sheet: rows by number, each a sparse map of column → value. */
const sheet = fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), value), { maxLength: 8 })), { maxLength: 12 });
const book = fc.record({ sheets: fc.array(sheet, { minLength: 1, maxLength: 3 }), sharedStrings: fc.boolean() });

async function write(file: string, b: { sheets: [number, [number, unknown][]][][]; sharedStrings: boolean }): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: b.sharedStrings, useStyles: true });
  b.sheets.forEach((rows, s) => {
    const ws = wb.addWorksheet(`Sheet ${s + 1}`);
    const byRow = new Map<number, Map<number, unknown>>();
    for (const [r, cells] of rows) for (const [c, v] of cells) byRow.set(r, (byRow.get(r) ?? new Map()).set(c, v));
    for (const r of [...byRow.keys()].sort((x, y) => x - y)) {
      const row = ws.getRow(r);
      for (const [c, v] of byRow.get(r)!) {
        const cell = row.getCell(c);
        cell.value = v as ExcelJS.CellValue;
        if (v instanceof Date) cell.numFmt = 'yyyy-mm-dd hh:mm';
      }
      row.commit();
    }
    ws.commit();
  });
  await wb.commit();
}

async function readAll(read: typeof readXlsxFast, file: string): Promise<{ sheet?: string; rows: RawRow[] }[]> {
  const out = [];
  for await (const s of read(file)) {
    const rows: RawRow[] = [];
    for await (const r of s.rows) rows.push(r);
    out.push({ sheet: s.sheet, rows });
  }
  return out;
}

describe('xlsx reader against exceljs (differential)', () => {
  let n = 0;
  it('reads the same sheets, rows and cells from random workbooks', async () => {
    await fc.assert(
      fc.asyncProperty(book, async (b) => {
        const file = join(dir, `book-${n++}.xlsx`);
        await write(file, b as never);
        expect(await readAll(readXlsxFast, file)).toEqual(await readAll(readXlsxWithExcelJs, file));
      }),
      { numRuns: 100 },
    );
  });
});
