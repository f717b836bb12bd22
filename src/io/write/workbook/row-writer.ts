import type ExcelJS from 'exceljs';
import { columnLetter } from '../../../columns/header.js';
import type { Lang } from '../../../text/labels.js';
import { namedFont } from './fonts.js';
import type { SharedStyles } from './shared-styles.js';
import type { StyleIds } from './style-ids.js';
import { DraftRow, NULL, typeOf, type CellValue } from './draft-row.js';

type Style = Partial<ExcelJS.Style>;

/** The parts of exceljs 4.4's streamed sheet (lib/stream/xlsx/worksheet-writer.js) used here and in streamed-workbook.ts. */
export interface StreamedSheet {
  stream: { write(data: unknown): unknown };
  startedData: boolean;
  _rowZero: number;
  _rows: unknown[];
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  _writePageMargins(): void;
  _writeRow(row: ExcelJS.Row): void;
  _writeConditionalFormatting(): void;
  getColumn(n: number): { style: Style };
}
/** …and of its workbook: the styles.xml and sharedStrings.xml being collected. */
export interface StreamedBook {
  styles: { addStyleModel(style: Style, type?: number): number };
  sharedStrings: { add(s: string): number };
}

/** A cell's style as exceljs's Cell constructor merges it from its (new, empty) row's and its column's. */
function columnStyle(col: Style): Style {
  const style: Style = {};
  if (col.numFmt) style.numFmt = col.numFmt;
  if (col.font) style.font = col.font;
  if (col.alignment) style.alignment = col.alignment;
  if (col.border) style.border = col.border;
  if (col.fill) style.fill = col.fill;
  if (col.protection) style.protection = col.protection;
  return style;
}

const EMPTY_ROW_STYLE: Style = {};
/** A column's style last written: the object, the cell type, its number and the ` s=".."` it writes. */
interface LastStyle {
  style: Style;
  type: number;
  id: number;
  attr: string;
}
/** Characters of row XML gathered before a write to the sheet's stream (its buffers are 64 KiB). */
const PENDING_MAX = 1 << 16;
const DAY_MS = 24 * 3600 * 1000;

/** A cell's `<c>` element after its `r="…"` and style, as exceljs's CellXform renders a number, a date or a shared string. */
export function valueXml(v: string | number | Date, sharedStrings: StreamedBook['sharedStrings']): string {
  if (typeof v === 'string') return ` t="s"><v>${sharedStrings.add(v)}</v></c>`;
  return `><v>${typeof v === 'number' ? v : 25569 + v.getTime() / DAY_MS}</v></c>`;
}

/** A `<row>` element as exceljs's RowXform renders it: height, spans (the first and last cell made), style. */
export function rowXml(r: number, height: number, min: number, max: number, styleId: number, cells: string): string {
  const ht = height ? ` ht="${height}" customHeight="1"` : '';
  const spans = min > 0 ? ` spans="${min}:${max}"` : '';
  const s = styleId ? ` s="${styleId}" customFormat="1"` : '';
  const open = `<row r="${r}"${ht}${spans}${s} x14ac:dyDescent="0.25"`;
  return cells ? `${open}>${cells}</row>` : `${open}/>`;
}

/**
 * Writes the data rows of a table straight into a streamed sheet as the XML exceljs 4.4's row
 * writer makes of them (RowXform and CellXform with the shared strings on), byte for byte: the
 * same named fonts, shared styles (SharedStyles, then the workbook's styles in the same order),
 * shared strings in the same order, spans, heights and empty styled cells. A 5,000-row ranking
 * no longer builds 65,000 Cell objects and their models. test/io/row-writer.test.ts writes
 * random tables both ways and compares every part.
 */
export class RowWriter {
  private letters: string[] = [];
  private readonly opens: string[] = [];
  private bases: Style[] = [];
  /** Per column, the style last written and its number: most cells keep their column's style object. */
  private readonly last: LastStyle[] = [];
  /** The style number of a data row (every data row has the same, empty style). */
  private rowStyle?: number;
  /** Rows' XML not yet handed to the sheet's stream: one write per 64 KiB instead of one per row. */
  private pending = '';
  private readonly write0: (data: unknown) => unknown;

  constructor(
    readonly sheet: StreamedSheet,
    readonly book: StreamedBook,
    readonly lang: Lang,
    readonly styles: SharedStyles,
    /** The workbook's style numbers by their parts, for the forms' cells (form-sheet.ts). */
    readonly ids: StyleIds,
  ) {
    // Anything else exceljs writes into the sheet (its own rows, the closing parts) goes after the rows before it.
    const stream = sheet.stream;
    const write = stream.write.bind(stream);
    this.write0 = write;
    stream.write = (data: unknown) => {
      this.flush();
      return write(data);
    };
  }

  private flush(): void {
    if (this.pending === '') return;
    const xml = this.pending;
    this.pending = '';
    this.write0(xml);
  }

  /** The next row to write; undefined while exceljs still holds uncommitted rows of the sheet. */
  draft(values: readonly CellValue[]): DraftRow | undefined {
    if (this.sheet._rows.length > 0) return undefined;
    return new DraftRow(this.sheet._rowZero, values, this.columnBase);
  }

  /** The style a new cell of the 0-based column starts with, made once per column (the columns are styled before their cells). */
  readonly columnBase = (column: number): Style => (this.bases[column] ??= columnStyle(this.sheet.getColumn(column + 1).style));

  write(row: DraftRow): void {
    this.commit(row.number, row.written ? () => this.xml(row) : undefined);
  }

  /** Commits row `r` as exceljs's `_commitRow` does: the sheet's columns and `<sheetData>` before its first row, then the row's XML, if it is written. */
  commit(r: number, xml: (() => string) | undefined): void {
    const sheet = this.sheet;
    if (!sheet.startedData) {
      sheet._writeColumns();
      sheet._writeOpenSheetData();
      sheet.startedData = true;
    }
    sheet._rowZero = r + 1;
    if (xml) this.pending += xml();
    if (this.pending.length >= PENDING_MAX) this.flush();
  }

  /** The style number of a row with the empty style a new row has. */
  get rowStyleId(): number {
    return (this.rowStyle ??= this.book.styles.addStyleModel(this.styles.rowStyle(EMPTY_ROW_STYLE)));
  }

  /**
   * The style number of a cell (and its ` s=".."`): a column's own style object (a DraftCell copies it before any
   * change) is looked up once per type; exceljs would find the same number again.
   */
  private styleOf(column: number, style: Style, type: number): LastStyle {
    const last = this.last[column];
    if (last !== undefined && last.style === style && last.type === type) return last;
    const id = this.book.styles.addStyleModel(this.styles.cellStyle(column, style, type), type);
    const made: LastStyle = { style, type, id, attr: id ? ` s="${id}"` : '' };
    this.last[column] = made;
    return made;
  }

  private letter(i: number): string {
    return (this.letters[i] ??= columnLetter(i));
  }

  /** `<c r="` and the letter of the 0-based column, made once. */
  cellOpen(i: number): string {
    return (this.opens[i] ??= `<c r="${this.letter(i)}`);
  }

  private xml(row: DraftRow): string {
    const sharedStrings = this.book.sharedStrings;
    const rowStyle = this.rowStyleId;
    let min = 0;
    let max = 0;
    let cells = '';
    const r = row.number;
    const end = `${r}"`;
    const { values, touched } = row;
    const length = Math.max(values.length, touched.length);
    for (let i = 0; i < length; i++) {
      // A cell no decoration touched has its value and its column's style, unless its font needs a name.
      let cell = touched[i];
      const v = cell !== undefined ? cell.value : i < values.length ? values[i] : undefined;
      if (v === undefined) continue;
      if (min === 0) min = i + 1;
      max = i + 1;
      const type = typeOf(v);
      let own = cell !== undefined ? cell.style : row.base(i);
      if (type !== NULL && !own.font?.name) {
        cell ??= row.getCell(i + 1);
        cell.font = namedFont(cell.font, this.lang);
        own = cell.style;
      }
      const style = this.styleOf(i, own, type);
      if (type === NULL && !style.id) continue;
      cells += '<c r="' + this.letter(i) + end + style.attr;
      cells += v === null ? '/>' : valueXml(v, sharedStrings);
    }
    return rowXml(r, row.height, min, max, rowStyle, cells);
  }
}

const writers = new WeakMap<object, RowWriter>();

export function registerRowWriter(ws: ExcelJS.Worksheet, wb: StreamedBook, lang: Lang, styles: SharedStyles, ids: StyleIds): void {
  writers.set(ws, new RowWriter(ws as unknown as StreamedSheet, wb, lang, styles, ids));
}

/** The fast row writer of a streamed sheet; undefined for a sheet held in memory. */
export function rowWriterOf(ws: ExcelJS.Worksheet): RowWriter | undefined {
  return writers.get(ws);
}
