import ExcelJS from 'exceljs';
import type { CellValue } from '../../columns/cell.js';
import { rowStream, type RawRow, type RawSheet, type ReadOptions } from './raw.js';
import { readXlsxFast } from './xlsx/read.js';

type ExcelValue = ExcelJS.CellValue | undefined;

/** Flattens exceljs's cell value shapes (rich text, formulas, links) to plain values. */
export function plainCell(v: ExcelValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return plainCell(v.result as ExcelValue);
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('formula' in v || 'sharedFormula' in v) return null;
    if ('error' in v) return null;
  }
  return null;
}

function rowCells(values: ExcelValue[]): CellValue[] {
  const cells: CellValue[] = new Array(Math.max(0, values.length - 1));
  for (let i = 1; i < values.length; i++) cells[i - 1] = plainCell(values[i]);
  return cells;
}

interface WorksheetReader extends AsyncIterable<{ number: number; values: ExcelValue[] }> {
  name: string;
}

/**
 * Rows of one worksheet, a batch of one row each (exceljs hands rows over one by one). The zip
 * stream only moves on when a sheet is read to its end, so rows a caller leaves unread are
 * drained when it stops early.
 */
async function* sheetRows(ws: WorksheetReader): AsyncGenerator<RawRow[]> {
  const it = ws[Symbol.asyncIterator]();
  let done = false;
  try {
    for (;;) {
      const next = await it.next();
      if (next.done) {
        done = true;
        return;
      }
      yield [{ row: next.value.number, cells: rowCells(next.value.values) }];
    }
  } finally {
    while (!done) done = !!(await it.next()).done;
  }
}

/**
 * Streams the worksheets of an xlsx file in order, one row at a time, with the hand-written
 * reader of ./xlsx/ (exceljs is 10–40× slower on large files).
 */
export function readXlsx(file: string, opts: ReadOptions = {}): AsyncGenerator<RawSheet> {
  return readXlsxFast(file, opts);
}

/**
 * The same through exceljs's streaming reader: the reference the fast reader is tested and
 * benchmarked against. Each sheet's rows must be read (or abandoned) before the next sheet
 * is asked for.
 */
export async function* readXlsxWithExcelJs(file: string, opts: ReadOptions = {}): AsyncGenerator<RawSheet> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const ws of reader as unknown as AsyncIterable<WorksheetReader>) {
    const rows = sheetRows(ws);
    if (opts.sheet !== undefined && ws.name !== opts.sheet) {
      for await (const _ of rows) void _;
      continue;
    }
    yield { file, sheet: ws.name, rows: rowStream(rows) };
  }
}
