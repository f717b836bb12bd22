import type ExcelJS from 'exceljs';
import { textWidth } from '../../../text/width.js';
import { CODE_COLUMN, KEY_CODE, REF_COLUMN } from './form-fields.js';
import type { FormCellLike } from './form-cell.js';
import { formSheetOf, type FormSheetLike } from './form-sheet.js';
import { BOLD, DATE_VALUE, formAlignment, formFont, HEADING, INPUT, lineStyle, PLAIN, RIGHT, SUBTITLE, TITLE, tableStyle, type Style } from './prep-styles.js';

/** One line of the form's 10-point text; every row's height is set, so the page budget is known. */
const LINE_HEIGHT = 13;
/** A block heading's row: one line of 11-point bold text. */
export const HEADING_HEIGHT = 15;
export type Cell = string | number | null;
const NO_TEXTS: readonly { text: string; span: Span }[] = [];

/** Lines a wrapped text takes in a span `width` characters wide (the heights `talks prep` recomputes too). */
export function formLines(text: string, width: number, scale = 1): number {
  const room = Math.max(1, width - 1);
  const lines = (seg: string) => Math.max(1, Math.ceil((textWidth(seg) * scale) / room));
  // Most texts are one line: measured without splitting them.
  return text.includes('\n') ? text.split('\n').reduce((n, seg) => n + lines(seg), 0) : lines(text);
}

/** A span of columns on one row, 1-based and inclusive. */
export interface Span {
  from: number;
  to: number;
}

/**
 * Writes a printable form top to bottom: each call fills the next row(s). Merged cells wrap
 * their text, and since Excel never grows merged rows by itself, row heights are set from
 * the text's width. Each row is committed once the writer moves past it, so a streamed workbook
 * writes it out there and then; nothing goes back to an earlier row.
 */
export class FormWriter {
  row = 1;
  /** Where the cells go: straight to XML in a streamed workbook (form-sheet.ts), else exceljs's rows. */
  readonly sheet: FormSheetLike;
  /** The span of each single column, by 0-based index. */
  private readonly columns: Span[] = [];
  /** Each span's width by `from * 1024 + to`, added up once. */
  private readonly spanWidths = new Map<number, number>();

  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly widths: readonly number[],
  ) {
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    for (const c of [CODE_COLUMN, REF_COLUMN]) ws.getColumn(c).hidden = true;
    this.sheet = formSheetOf(ws);
  }

  /** Codes a cell of the current row in the hidden column K (`code=LETTER;…`): what `talks record` reads. */
  mark(code: string, col: number): void {
    const cell = this.sheet.getCell(this.row, CODE_COLUMN);
    const entry = `${code}=${this.ws.getColumn(col).letter}`;
    cell.value = cell.value ? `${String(cell.value)};${entry}` : entry;
  }

  /** The form's key (which talk it is) in the hidden K1/L1. */
  key(json: string): void {
    this.sheet.getCell(1, CODE_COLUMN).value = KEY_CODE;
    this.sheet.getCell(1, REF_COLUMN).value = json;
  }

  get lastCol(): number {
    return this.widths.length;
  }

  private spanWidth(s: Span): number {
    const key = s.from * 1024 + s.to;
    let width = this.spanWidths.get(key);
    if (width === undefined) this.spanWidths.set(key, (width = this.widths.slice(s.from - 1, s.to).reduce((a, b) => a + b, 0)));
    return width;
  }

  private linesFor(text: string, s: Span, scale = 1): number {
    return formLines(text, this.spanWidth(s), scale);
  }

  /** The width of the form's columns, in characters. */
  get width(): number {
    return this.spanWidth(this.all());
  }

  /** Puts a value in a span (merged when wider than one column), wrapped and top-aligned. */
  put(span: Span, value: Cell, style: Style = PLAIN): FormCellLike {
    if (span.to > span.from) this.sheet.mergeCells(this.row, span.from, this.row, span.to);
    const cell = this.sheet.getCell(this.row, span.from);
    cell.value = value === '' ? null : value;
    cell.alignment = formAlignment(style.alignment);
    cell.font = formFont(style.font);
    if (style.numFmt) cell.numFmt = style.numFmt;
    if (style.fill) for (let c = span.from; c <= span.to; c++) this.sheet.getCell(this.row, c).fill = style.fill;
    if (style.border) for (let c = span.from; c <= span.to; c++) this.sheet.getCell(this.row, c).border = style.border;
    return cell;
  }

  /** Ends the current row, tall enough for its longest text (at least `minLines`). */
  next(texts: readonly { text: string; span: Span }[] = NO_TEXTS, minLines = 1): void {
    let lines = minLines;
    for (const t of texts) lines = Math.max(lines, this.linesFor(t.text, t.span));
    this.sheet.getRow(this.row).height = lines * LINE_HEIGHT;
    this.advance();
  }

  /** Commits the current row, if anything was written on it, and moves to the next. */
  private advance(): void {
    this.sheet.findRow(this.row)?.commit();
    this.row++;
  }

  all(): Span {
    return { from: 1, to: this.lastCol };
  }

  /** The form's title across A–F and a bold subtitle (the talk type) right-aligned across G–J. */
  title(text: string, subtitle: string): void {
    const left = { from: 1, to: 6 };
    const right = { from: 7, to: this.lastCol };
    this.put(left, text, TITLE);
    this.put(right, subtitle, SUBTITLE);
    // 13-point text is 1.3 times as wide as the 10-point text linesFor measures, and 17 points tall.
    const lines = Math.max(this.linesFor(text, left, 1.3), this.linesFor(subtitle, right, 1.1));
    this.sheet.getRow(this.row).height = Math.max(19, lines * 17);
    this.advance();
  }

  heading(text: string, height = HEADING_HEIGHT): void {
    this.put(this.all(), text, HEADING);
    this.sheet.getRow(this.row).height = height;
    this.advance();
  }

  /** A full-width line of text; `notice` shades it to catch the eye. */
  line(text: string, opts: { bold?: boolean; italic?: boolean; small?: boolean; indent?: number; notice?: boolean } = {}): void {
    const span = this.all();
    this.put(span, text, lineStyle(opts));
    this.next([{ text: '  '.repeat(opts.indent ?? 0) + text, span }]);
  }

  bullets(items: readonly string[], indent = 1): void {
    for (const item of items) this.line(`• ${item}`, { indent });
  }

  /** "1." in the first column, the text across the rest; numbering from `first`. */
  numbered(items: readonly string[], first = 1): void {
    items.forEach((item, i) => {
      this.put({ from: 1, to: 1 }, `${i + first}.`, RIGHT);
      const span = { from: 2, to: this.lastCol };
      this.put(span, item);
      this.next([{ text: item, span }]);
    });
  }

  /** Label/value pairs side by side on one row; a date value is a real date (yyyy-mm-dd). */
  pairs(items: { label: string; value: Cell | Date; at: Span; valueAt: Span }[]): void {
    for (const p of items) {
      this.put(p.at, p.label, BOLD);
      const date = p.value instanceof Date;
      const cell = this.put(p.valueAt, date ? null : (p.value as Cell), date ? DATE_VALUE : PLAIN);
      if (date) cell.value = p.value;
    }
    this.next(items.map((p) => ({ text: p.value instanceof Date ? '2000-01-01' : String(p.value ?? ''), span: p.valueAt })));
  }

  /** A label and a bordered box to write in (empty unless `value`); call next() to end the row. */
  box(label: string, at: Span, boxAt: Span, validation?: ExcelJS.DataValidation, value: Cell | Date = null): void {
    this.put(at, label, BOLD);
    this.input(boxAt, validation, value);
  }

  /** A bordered box to write in, without a label. */
  input(at: Span, validation?: ExcelJS.DataValidation, value: Cell | Date = null): FormCellLike {
    const cell = this.put(at, null, INPUT);
    cell.value = value;
    if (validation) cell.dataValidation = validation;
    return cell;
  }

  /** A small table row: one value per column, bordered and centred; numbers in their `formats`. */
  tableRow(values: Cell[], opts: { bold?: boolean; grey?: boolean; formats?: (string | undefined)[] } = {}): void {
    values.forEach((v, i) => {
      const span = (this.columns[i] ??= { from: i + 1, to: i + 1 });
      const format = opts.formats?.[i];
      this.put(span, v, tableStyle(i === 0, typeof v === 'number' ? format : undefined, opts));
    });
    this.sheet.getRow(this.row).height = opts.grey ? LINE_HEIGHT - 1 : LINE_HEIGHT;
    this.advance();
  }
}
