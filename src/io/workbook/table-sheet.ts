import type ExcelJS from 'exceljs';
import { textWidth } from '../../text/width.js';
import { dayToUtcDate } from '../../model/day.js';

export type CellKind = 'text' | 'date' | 'number' | 'int' | 'wrap';

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
}

export type TableValue = string | number | boolean | null | undefined;

const DATE_FORMAT = 'yyyy-mm-dd';


function cellValue(v: TableValue, kind: CellKind): ExcelJS.CellValue {
  if (v === null || v === undefined || v === '') return null;
  if (kind === 'date' && typeof v === 'string') return dayToUtcDate(v);
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  // Values only: user text is always written as a string, never as a formula.
  return typeof v === 'number' ? v : String(v);
}

export interface TableSheetOptions {
  landscape?: boolean;
  /** Extra empty rows that keep the drop-downs (for sheets the manager fills in). */
  blankRows?: number;
  header?: string;
}

const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
const HEADER_ALIGNMENT: Partial<ExcelJS.Alignment> = { vertical: 'middle', wrapText: true };

/**
 * Writes out a finished sheet of a streamed workbook (ExcelJS.stream.xlsx.WorkbookWriter) and
 * frees it; the sheets of an in-memory workbook have nothing to commit.
 */
export function commitSheet(ws: ExcelJS.Worksheet): void {
  (ws as Partial<Pick<ExcelJS.Worksheet, 'commit'>>).commit?.();
}

interface ColumnLayout {
  width: number;
  numFmt?: string;
  alignment?: Partial<ExcelJS.Alignment>;
  validation?: ExcelJS.DataValidation;
}

/** A column's width and style from the widest value, and its drop-down or date check. */
function columnLayout(c: ColumnSpec, i: number, rows: TableValue[][]): ColumnLayout {
  let widest = textWidth(c.header);
  for (const r of rows) {
    const v = r[i];
    if (v !== null && v !== undefined) widest = Math.max(widest, textWidth(String(v)));
  }
  if (c.display !== undefined) widest = Math.max(textWidth(c.header), c.display);
  const layout: ColumnLayout = { width: Math.min(c.max ?? 60, Math.max(c.min ?? 8, widest + 2)) };
  if (c.numFmt) layout.numFmt = c.numFmt;
  if ((c.kind ?? 'text') === 'date') {
    layout.numFmt = DATE_FORMAT;
    layout.alignment = { horizontal: 'left' };
  }
  if (c.kind === 'wrap' || (c.max !== undefined && widest > c.max)) layout.alignment = { wrapText: true, vertical: 'top' };
  if (c.list) {
    layout.validation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${c.list.join(',')}"`],
      showErrorMessage: true,
      errorTitle: c.header,
      error: c.list.join(' / '),
    };
  } else if (c.validateDate) {
    layout.validation = {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: true,
      formulae: [new Date(Date.UTC(2000, 0, 1))],
      showErrorMessage: true,
      errorTitle: c.header,
      error: 'YYYY-MM-DD',
    };
  }
  return layout;
}

/**
 * A sheet holding one table: bold frozen header, auto-filter, widths that fit the content,
 * print setup one page wide, and values only.
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
  opts: TableSheetOptions = {},
): ExcelJS.Worksheet {
  const layouts = columns.map((c, i) => columnLayout(c, i, rows));
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: opts.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L&B${opts.header ?? name}`,
      oddFooter: '&L&D&RPage &P of &N',
    },
  });
  ws.pageSetup.printTitlesRow = '1:1';
  // Column styles reach every cell of the column, the header's too.
  layouts.forEach((l, i) => {
    const col = ws.getColumn(i + 1);
    col.width = l.width;
    if (l.numFmt) col.numFmt = l.numFmt;
    if (l.alignment) col.alignment = l.alignment;
  });
  const validate = (row: ExcelJS.Row) =>
    layouts.forEach((l, i) => {
      if (l.validation) row.getCell(i + 1).dataValidation = l.validation;
    });

  const header = ws.addRow(columns.map((c) => c.header));
  // Styled cell by cell: a row-wide style would stretch the printed area past the table.
  header.eachCell((cell, col) => {
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.alignment = layouts[col - 1].alignment ?? HEADER_ALIGNMENT;
  });
  header.commit();
  for (const r of rows) {
    const row = ws.addRow(r.map((v, i) => cellValue(v, columns[i].kind ?? 'text')));
    validate(row);
    row.commit();
  }
  // Empty rows below the table keep the drop-downs.
  const last = Math.max(2, rows.length + 1 + (opts.blankRows ?? 0));
  for (let r = rows.length + 2; r <= last; r++) {
    const row = ws.getRow(r);
    validate(row);
    row.commit();
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}
