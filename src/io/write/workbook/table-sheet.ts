import type ExcelJS from 'exceljs';
import { textWidth } from '../../../text/width.js';
import { dayToUtcDate } from '../../../model/day.js';
import type { Lang } from '../../../text/labels.js';
import { BOX, COLOURS, fill, font, headerFooter, pageSetup, type PageText } from './style.js';
import { columnValidation, validateColumns } from './validation.js';
import { rowWriterOf } from './row-writer.js';
import type { CellValue, TableRow } from './draft-row.js';

/** `weekday`: a date shown with its weekday; `time`: "HH:MM" written as an Excel time. */
type CellKind = 'text' | 'date' | 'weekday' | 'time' | 'number' | 'int' | 'wrap';

export interface ColumnSpec {
  header: string;
  kind?: CellKind;
  /** Minimum width in characters. */
  min?: number;
  /** Maximum width in characters (longer text wraps). */
  max?: number;
  /** A drop-down list of allowed values for the column's data cells. */
  list?: readonly string[];
  /** Accept only dates in the column's data cells (for columns the manager fills in). */
  validateDate?: boolean;
  /** Excel number format for a numeric column (values stay numbers, so they sort and chart). */
  numFmt?: string;
  /** The width the formatted values need, when it differs from the raw numbers'. */
  display?: number;
  /** A cell the manager writes in: bordered and lightly shaded. */
  input?: boolean;
}

export type TableValue = string | number | boolean | null | undefined;

const DATE_FORMAT = 'yyyy-mm-dd';
const TIME = /^(\d{1,2}):(\d{2})$/;
/** Chinese text breaks between any two characters. */
const CJK = /[\u3400-\u9fff]/u;
const NUMERIC: readonly CellKind[] = ['number', 'int', 'time'];

function cellValue(v: TableValue, kind: CellKind): CellValue {
  if (v === null || v === undefined || v === '') return null;
  if ((kind === 'date' || kind === 'weekday') && typeof v === 'string') return dayToUtcDate(v);
  const time = kind === 'time' && typeof v === 'string' ? TIME.exec(v) : null;
  if (time) return (+time[1] * 60 + +time[2]) / 1440;
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  // Values only: user text is always written as a string, never as a formula.
  return typeof v === 'number' ? v : String(v);
}

export interface TableSheetOptions extends Partial<PageText> {
  lang: Lang;
  landscape?: boolean;
  /** Rows below the table that keep the drop-downs (for sheets the manager fills in). */
  blankRows?: number;
  /** Point size of the cells (default 11); widths follow it. */
  fontSize?: number;
  /** The weekday date format of the language, for `weekday` columns. */
  weekdayFormat?: string;
  /** Lines of height every data row gets at least (rows grow with their wrapped text). */
  minLines?: number;
  /** Styles a data row (0-based index into `rows`) before it is written. */
  decorate?: (row: TableRow, index: number) => void;
  /** The same with exceljs's own Row (merging cells needs it): the rows are then written by exceljs. */
  decorateRow?: (row: ExcelJS.Row, index: number) => void;
}

/**
 * Writes out a finished sheet of a streamed workbook (ExcelJS.stream.xlsx.WorkbookWriter) and
 * frees it; the sheets of an in-memory workbook have nothing to commit.
 */
export function commitSheet(ws: ExcelJS.Worksheet): void {
  (ws as Partial<Pick<ExcelJS.Worksheet, 'commit'>>).commit?.();
}

interface ColumnLayout {
  width: number;
  /** Font size relative to 11 points. */
  scale: number;
  numFmt?: string;
  alignment: Partial<ExcelJS.Alignment>;
}

function numFmtOf(c: ColumnSpec, weekdayFormat: string): string | undefined {
  const kind = c.kind ?? 'text';
  if (kind === 'date') return DATE_FORMAT;
  if (kind === 'weekday') return weekdayFormat;
  if (kind === 'time') return 'hh:mm';
  return c.numFmt;
}

/** A column's width from the widest value at the sheet's font size, and its style. */
function columnLayout(c: ColumnSpec, i: number, rows: TableValue[][], opts: TableSheetOptions): ColumnLayout {
  const scale = (opts.fontSize ?? 11) / 11;
  // A given display width stands for the values' (the ranking's 5,000 × 5 metric cells are not measured).
  let widest = c.display ?? 0;
  if (c.display === undefined) {
    for (const r of rows) {
      const v = r[i];
      if (v !== null && v !== undefined) widest = Math.max(widest, textWidth(String(v)));
    }
  }
  // A header wider than its values wraps onto two lines.
  const breaks = CJK.test(c.header) && textWidth(c.header) > 8;
  const words = breaks ? [c.header.slice(0, Math.ceil(c.header.length / 2))] : c.header.split(' ');
  const header = Math.max(textWidth(c.header) / 2, ...words.map(textWidth));
  widest = Math.max(widest, header);
  const width = Math.min(c.max ?? 60, Math.max(c.min ?? 5, Math.ceil(widest * scale + 1.5)));
  const horizontal = c.kind === 'time' ? 'center' : NUMERIC.includes(c.kind ?? 'text') ? 'right' : 'left';
  const wrap = c.kind === 'wrap' || c.input || widest * scale + 1.5 > width;
  return { width, scale, numFmt: numFmtOf(c, opts.weekdayFormat ?? 'ddd mm-dd'), alignment: { horizontal, vertical: 'top', wrapText: wrap } };
}

/** Lines a wrapped value takes in its column. */
function linesOf(v: TableValue, l: ColumnLayout): number {
  if (typeof v !== 'string' || !l.alignment.wrapText) return 1;
  const room = Math.max(1, l.width - 2) / l.scale;
  return v.split('\n').reduce((n, seg) => n + Math.max(1, Math.ceil(textWidth(seg) / room)), 0);
}

/**
 * A sheet holding one table: bold frozen header that repeats on every printed page, auto-filter,
 * widths that fit the content, one drop-down range per column, print setup one page wide, named
 * fonts, and values only.
 *
 * Written top to bottom so that a streamed workbook holds one row at a time: the widths and
 * column styles come first (a streamed sheet writes them before its first row), then each row
 * is committed as soon as it is complete. The caller commits the sheet (commitSheet) once it
 * has added anything below the table.
 */
export function addTableSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: ColumnSpec[],
  rows: TableValue[][],
  opts: TableSheetOptions,
): ExcelJS.Worksheet {
  const layouts = columns.map((c, i) => columnLayout(c, i, rows, opts));
  // Text right after a right-aligned number keeps a gap ("1 A007", not "1A007").
  layouts.forEach((l, i) => {
    if (i > 0 && l.alignment.horizontal === 'left' && layouts[i - 1].alignment.horizontal !== 'left') {
      l.alignment.indent = 1;
      l.width += 1;
    }
  });
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: pageSetup(opts.landscape ? 'landscape' : 'portrait'),
    headerFooter: headerFooter(opts.lang, { title: opts.title ?? name, right: opts.right, legend: opts.legend }),
  });
  ws.pageSetup.printTitlesRow = '1:1';
  const cellFont = font(opts.lang, { size: opts.fontSize ?? 11 });
  // Column styles reach every cell of the column, the header's and the spare rows' too.
  layouts.forEach((l, i) => {
    const col = ws.getColumn(i + 1);
    col.width = l.width;
    col.font = cellFont;
    if (l.numFmt) col.numFmt = l.numFmt;
    col.alignment = l.alignment;
  });

  const header = ws.addRow(columns.map((c) => c.header));
  // Styled cell by cell: a row-wide style would stretch the printed area past the table.
  header.eachCell((cell, col) => {
    cell.font = { ...cellFont, bold: true };
    cell.fill = fill(COLOURS.header);
    cell.border = { bottom: BOX.bottom };
    cell.alignment = { ...layouts[col - 1].alignment, vertical: 'bottom', wrapText: true };
  });
  const headerLines = Math.max(...columns.map((c, i) => linesOf(c.header, { ...layouts[i], alignment: { wrapText: true } })));
  header.height = Math.ceil(headerLines * (opts.fontSize ?? 11) * 1.3 + 4);
  header.commit();
  const writer = opts.decorateRow ? undefined : rowWriterOf(ws);
  const inputs = columns.flatMap((c, i) => (c.input ? [i + 1] : []));
  // Only a wrapped column's text takes more than one line.
  const wrapped = layouts.flatMap((l, i) => (l.alignment.wrapText ? [i] : []));
  const style = (row: TableRow, r: TableValue[], index: number): void => {
    for (const c of inputs) {
      const cell = row.getCell(c);
      cell.fill = fill(COLOURS.input);
      cell.border = BOX;
    }
    let lines = opts.minLines ?? 1;
    for (const i of wrapped) if (i < r.length) lines = Math.max(lines, linesOf(r[i], layouts[i]));
    if (lines > 1) row.height = Math.ceil(lines * (opts.fontSize ?? 11) * 1.3 + 3);
    opts.decorate?.(row, index);
  };
  rows.forEach((r, index) => {
    const values = r.map((v, i) => cellValue(v, columns[i].kind ?? 'text'));
    const draft = writer?.draft(values);
    if (draft) {
      style(draft, r, index);
      writer?.write(draft);
      return;
    }
    const row = ws.addRow(values);
    style(row, r, index);
    opts.decorateRow?.(row, index);
    row.commit();
  });
  const last = Math.max(2, rows.length + 1 + (opts.blankRows ?? 0));
  validateColumns(ws, columns.map((c) => columnValidation(c)), 2, last);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}
