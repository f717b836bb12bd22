import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dayToUtcDate } from '../../../src/model/day.js';
import { readXlsx } from '../../../src/io/read/xlsx-read.js';
import { plainCell } from '../../bench/exceljs-read.js';
import type { RawRow } from '../../../src/io/read/raw.js';
import { readAll, tempDir } from './helpers.js';

const file = tempDir();
const D = dayToUtcDate;

describe('plainCell', () => {
  const when = D('2026-11-23');
  it.each([
    ['null', null, null],
    ['undefined', undefined, null],
    ['text', 'Ana', 'Ana'],
    ['number', 92.5, 92.5],
    ['boolean', true, true],
    ['date', when, when],
    ['rich text', { richText: [{ text: 'Ana ' }, { text: 'Lopez', font: { bold: true } }] }, 'Ana Lopez'],
    ['formula with a cached number', { formula: 'B2*100', result: 92 }, 92],
    ['formula with a cached text', { formula: 'A2&"x"', result: 'Ax' }, 'Ax'],
    ['formula with a cached date', { formula: 'TODAY()', result: when }, when],
    ['shared formula with a cached result', { sharedFormula: 'C2', result: 7 }, 7],
    ['formula without a cached result', { formula: 'B2*100' }, null],
    ['formula with a cached error', { formula: '1/0', result: { error: '#DIV/0!' } }, null],
    ['hyperlink', { text: 'Ana', hyperlink: 'mailto:ana@example.com' }, 'Ana'],
    ['error', { error: '#N/A' }, null],
  ])('%s', (_name, value, expected) => {
    expect(plainCell(value as ExcelJS.CellValue)).toEqual(expected);
  });
});

/** A workbook as a WFM tool exports it: a notes sheet, then two tables under merged titles. */
async function kpiWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Notes').addRow(['Exported by WFM 7.2']);

  const ws = wb.addWorksheet('Week 47');
  ws.addRow(['Agent KPI, week 47']);
  ws.mergeCells('A1:F1');
  ws.addRow(['Agent ID', 'Date', 'Calls', 'AHT', 'CSAT', 'Name']);
  ws.addRow(['A1', D('2026-11-16'), { formula: '40+2', result: 42 }, 143 / 86_400, 0.92, { richText: [{ text: 'Ana ' }, { text: 'L.', font: { italic: true } }] }]);
  ws.addRow([]);
  ws.addRow([1002, D('2026-11-17'), 30, 0.5 / 24, 0.875, { text: 'Ben', hyperlink: 'https://example.com' }]);
  ws.getColumn(2).numFmt = 'yyyy-mm-dd';
  ws.getColumn(4).numFmt = 'h:mm:ss';
  ws.getColumn(5).numFmt = '0.0%';

  wb.addWorksheet('Empty');
  await wb.xlsx.writeFile(path);
}

describe('readXlsx', () => {
  it('streams every sheet in order with real row numbers and plain values', async () => {
    const f = file('kpi.xlsx');
    await kpiWorkbook(f);
    const tables = await readAll(f);
    expect(tables.map((t) => t.sheet)).toEqual(['Notes', 'Week 47', 'Empty']);
    expect(tables[0].rows).toEqual([{ row: 1, cells: ['Exported by WFM 7.2'] }]);
    expect(tables[2].rows).toEqual([]);
    const rows = tables[1].rows;
    // The blank row 4 is not in the file; the next row keeps its number.
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 5]);
    expect(rows[0].cells[0]).toBe('Agent KPI, week 47');
    expect(rows[1].cells).toEqual(['Agent ID', 'Date', 'Calls', 'AHT', 'CSAT', 'Name']);
    const [id, date, calls, aht, csat, name] = rows[2].cells;
    expect([id, date, calls, csat, name]).toEqual(['A1', D('2026-11-16'), 42, 0.92, 'Ana L.']);
    // An Excel time arrives as a Date on Excel's day zero, at 00:02:23.
    expect(aht).toBeInstanceOf(Date);
    expect((aht as Date).toISOString()).toBe('1899-12-30T00:02:23.000Z');
    expect(rows[3].cells.slice(0, 3)).toEqual([1002, D('2026-11-17'), 30]);
    expect(rows[3].cells[5]).toBe('Ben');
  });

  it('only the chosen sheet with opts.sheet', async () => {
    const f = file('kpi-sheet.xlsx');
    await kpiWorkbook(f);
    const tables = await readAll(f, { sheet: 'Week 47' });
    expect(tables.map((t) => [t.sheet, t.rows.length])).toEqual([['Week 47', 4]]);
  });

  it('a sheet left half-read does not block the next one', async () => {
    const f = file('kpi-early.xlsx');
    await kpiWorkbook(f);
    const seen: [string | undefined, RawRow | undefined][] = [];
    for await (const sheet of readXlsx(f)) {
      for await (const row of sheet.rows) {
        seen.push([sheet.sheet, row]);
        break;
      }
      if (seen.length === 0 || seen[seen.length - 1][0] !== sheet.sheet) seen.push([sheet.sheet, undefined]);
    }
    expect(seen.map(([s, r]) => [s, r?.row])).toEqual([
      ['Notes', 1],
      ['Week 47', 1],
      ['Empty', undefined],
    ]);
  });
});

describe('readXlsx: date formats and date systems', () => {
  const FORMATS = ['yyyy-mm-dd', 'dd/mm/yyyy', '[$-409]d-mmm-yy;@', 'yyyy"年"m"月"d"日"', 'm/d/yy h:mm', 'mmm yyyy'];

  it.each([false, true])('date1904 = %s: every date format gives the same UTC day; numbers stay numbers', async (date1904) => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = date1904;
    const ws = wb.addWorksheet('Dates');
    const row = ws.addRow([...FORMATS.map(() => D('2026-11-23')), 0.25, 46349]);
    FORMATS.forEach((fmt, i) => (row.getCell(i + 1).numFmt = fmt));
    row.getCell(FORMATS.length + 1).numFmt = '0%';
    const f = file(`dates-${date1904}.xlsx`);
    await wb.xlsx.writeFile(f);
    const [table] = await readAll(f);
    const cells = table.rows[0].cells;
    expect(cells.slice(0, FORMATS.length)).toEqual(FORMATS.map(() => D('2026-11-23')));
    expect(cells.slice(FORMATS.length)).toEqual([0.25, 46349]);
  });
});
