import type ExcelJS from 'exceljs';
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
}

export type TableValue = string | number | boolean | null | undefined;

const DATE_FORMAT = 'yyyy-mm-dd';

/** Display width: CJK characters take two columns. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

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

/**
 * A sheet holding one table: bold frozen header, auto-filter, widths that fit the content,
 * print setup one page wide, and values only.
 */
export function addTableSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: ColumnSpec[],
  rows: TableValue[][],
  opts: TableSheetOptions = {},
): ExcelJS.Worksheet {
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
  const header = ws.addRow(columns.map((c) => c.header));
  // Styled cell by cell: a row-wide style would stretch the printed area past the table.
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  for (const r of rows) ws.addRow(r.map((v, i) => cellValue(v, columns[i].kind ?? 'text')));

  const last = Math.max(2, rows.length + 1 + (opts.blankRows ?? 0));
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    const widest = Math.max(textWidth(c.header), ...rows.map((r) => textWidth(r[i] === null || r[i] === undefined ? '' : String(r[i]))));
    col.width = Math.min(c.max ?? 60, Math.max(c.min ?? 8, widest + 2));
    const kind = c.kind ?? 'text';
    if (kind === 'date') {
      col.numFmt = DATE_FORMAT;
      col.alignment = { horizontal: 'left' };
    }
    if (kind === 'wrap' || (c.max !== undefined && widest > c.max)) col.alignment = { wrapText: true, vertical: 'top' };
    if (c.list) {
      for (let r = 2; r <= last; r++) {
        ws.getCell(r, i + 1).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${c.list.join(',')}"`],
          showErrorMessage: true,
          errorTitle: c.header,
          error: c.list.join(' / '),
        };
      }
    } else if (c.validateDate) {
      for (let r = 2; r <= last; r++) {
        ws.getCell(r, i + 1).dataValidation = {
          type: 'date',
          operator: 'greaterThan',
          allowBlank: true,
          formulae: [new Date(Date.UTC(2000, 0, 1))],
          showErrorMessage: true,
          errorTitle: c.header,
          error: 'YYYY-MM-DD',
        };
      }
    }
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}
