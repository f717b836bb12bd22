import type ExcelJS from 'exceljs';
import { FormCell, MERGE, MergedRange, type FormCellLike, type Validations } from './form-cell.js';
import { namedFont } from './fonts.js';
import { rowWriterOf, rowXml, valueXml, type RowWriter } from './row-writer.js';
import { NULL } from './draft-row.js';

type Style = Partial<ExcelJS.Style>;

/** A row of a FormSheetLike, as the writers use exceljs's Row. */
export interface FormRowLike {
  readonly number: number;
  height: number;
  getCell(col: number): FormCellLike;
  eachCell(fn: (cell: FormCellLike, col: number) => void): void;
  addPageBreak(): void;
  commit(): void;
}

/** What FormWriter and the team-lead pages do with a sheet: exceljs's Worksheet has it, and so has a FormSheet. */
export interface FormSheetLike {
  getCell(row: number, col: number): FormCellLike;
  /** A new row after the last one, its values from column 1 (as exceljs's addRow with an array). */
  addRow(values: ExcelJS.CellValue[]): FormRowLike;
  mergeCells(top: number, left: number, bottom: number, right: number): void;
  getRow(row: number): { height: number };
  findRow(row: number): { commit(): void } | undefined;
}

/**
 * The printable form's rows written straight into a streamed sheet, as exceljs 4.4 writes them
 * from its Row and Cell objects (merged cells, heights, shared strings, styles, validations),
 * byte for byte: the rows' fonts named, their styles shared (SharedStyles), then the workbook's
 * styles and shared strings added in exceljs's order. One row is open at a time; a form never
 * goes back to a row it has left. test/io/form-sheet.test.ts writes random forms both ways.
 */
class FormSheet implements FormSheetLike {
  private number = 0;
  private cells: (FormCell | undefined)[] = [];
  /** The open row's height (set through getRow(…).height, as on exceljs's Row). */
  height = 0;
  private readonly merges: MergedRange[];
  readonly validations: Validations;
  /** The open row as exceljs's Row (FormRow), made once per row. */
  private rowLike?: FormRowLike;
  private readonly rowBreaks: { id: number; max: number; man: number }[];

  constructor(
    ws: ExcelJS.Worksheet,
    private readonly writer: RowWriter,
  ) {
    const internals = ws as unknown as { _merges: MergedRange[]; dataValidations: Validations; rowBreaks: FormSheet['rowBreaks'] };
    this.merges = internals._merges;
    this.validations = internals.dataValidations;
    this.rowBreaks = internals.rowBreaks;
    // Whatever a form leaves open is written before the sheet closes, as exceljs's commit does.
    const commit = ws.commit.bind(ws);
    ws.commit = () => {
      this.flush();
      commit();
    };
  }

  private row(r: number): void {
    if (r === this.number) return;
    this.flush();
    if (r < this.writer.sheet._rowZero) throw new Error('Out of bounds: this row has been committed');
    this.number = r;
  }

  getCell(r: number, c: number): FormCell {
    this.row(r);
    let cell = this.cells[c - 1];
    if (cell === undefined) this.cells[c - 1] = cell = new FormCell(this, r, c, this.writer.columnBase(c - 1));
    return cell;
  }

  mergeCells(top: number, left: number, bottom: number, right: number): void {
    if (bottom !== top) throw new Error('a form merges cells of one row');
    const range = new MergedRange(top, left, bottom, right);
    // The sheet's merges are all a FormSheet's, of one row each and row after row: only the open row's can overlap.
    const merges = this.merges;
    for (let k = merges.length - 1; k >= 0 && merges[k].bottom >= top; k--) if (merges[k].intersects(range)) throw new Error('Cannot merge already merged cells');
    const master = this.getCell(top, left);
    for (let c = left + 1; c <= right; c++) this.getCell(top, c).merge(master);
    this.merges.push(range);
  }

  getRow(r: number): FormRowLike {
    this.row(r);
    return this.open(r);
  }

  findRow(r: number): FormRowLike | undefined {
    return r === this.number ? this.open(r) : undefined;
  }

  private open(r: number): FormRowLike {
    if (this.rowLike?.number !== r) this.rowLike = new FormRow(this, r);
    return this.rowLike;
  }

  /** The open row's number, 0 when none is open. */
  get current(): number {
    return this.number;
  }

  addRow(values: ExcelJS.CellValue[]): FormRowLike {
    const r = this.number === 0 ? this.writer.sheet._rowZero : this.number + 1;
    this.row(r);
    values.forEach((v, i) => {
      if (v !== undefined) this.getCell(r, i + 1).value = v;
    });
    return this.open(r);
  }

  /** The open row's written cells (a merged one included), as exceljs's Row.eachCell. */
  eachCell(fn: (cell: FormCellLike, col: number) => void): void {
    this.cells.forEach((cell, i) => {
      if (cell !== undefined && cell.type !== NULL) fn(cell, i + 1);
    });
  }

  /** A manual page break after row `r`, as exceljs's Row.addPageBreak() records it. */
  pageBreak(r: number): void {
    this.rowBreaks.push({ id: r, max: 16838, man: 1 });
  }

  /** Writes the open row, if any: what the patched `_writeRow` and exceljs's RowXform would make of it. */
  flush(): void {
    if (this.number === 0) return;
    const { number, cells } = this;
    const height = this.height;
    this.number = 0;
    this.cells = [];
    this.height = 0;
    const written = height || cells.some((c) => c !== undefined && c.type !== NULL);
    this.writer.commit(number, written ? () => this.xml(number, cells, height) : undefined);
  }

  /**
   * The row's XML. exceljs's way, kept here: every written cell's font is named first (a merged
   * cell names its master's, their shared style), then each cell's style is shared and numbered.
   * The number comes from the style's parts (StyleIds), once per run of cells with one style.
   */
  private xml(r: number, cells: (FormCell | undefined)[], height: number): string {
    const { lang, book, ids } = this.writer;
    const rowStyle = this.writer.rowStyleId;
    let min = 0;
    let max = 0;
    let xml = '';
    let last: Style | undefined;
    let lastType = -1;
    let lastNamed = false;
    let id = 0;
    let attr = '';
    const end = `${r}"`;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell === undefined) continue;
      if (min === 0) min = i + 1;
      max = i + 1;
      const style = cell.style;
      const type = cell.effectiveType;
      const named = cell.type !== NULL || cell.merged;
      if (style !== last || type !== lastType || named !== lastNamed) {
        const font = named && !style.font?.name ? namedFont(style.font, lang) : style.font;
        id = ids.id(style, font, i, type, cell.type);
        attr = ids.attr(id);
        last = style;
        lastType = type;
        lastNamed = named;
      }
      if (cell.type === NULL && !id) continue;
      xml += this.writer.cellOpen(i) + end + attr;
      const v = cell.value;
      xml += cell.type === NULL || cell.type === MERGE || v === null ? '/>' : valueXml(v, book.sharedStrings);
    }
    return rowXml(r, height, min, max, rowStyle, xml);
  }
}

/** Row `number` of a FormSheet, as exceljs's Row: its number, height, cells, page break and commit (while it is open). */
class FormRow implements FormRowLike {
  constructor(
    private readonly sheet: FormSheet,
    readonly number: number,
  ) {}

  private get open(): boolean {
    return this.sheet.current === this.number;
  }
  get height(): number {
    return this.open ? this.sheet.height : 0;
  }
  set height(h: number) {
    if (this.open) this.sheet.height = h;
  }
  getCell(c: number): FormCellLike {
    return this.sheet.getCell(this.number, c);
  }
  eachCell(fn: (cell: FormCellLike, col: number) => void): void {
    if (this.open) this.sheet.eachCell(fn);
  }
  addPageBreak(): void {
    this.sheet.pageBreak(this.number);
  }
  commit(): void {
    if (this.open) this.sheet.flush();
  }
}

const sheets = new WeakMap<object, FormSheet>();

/** The sheet a form writes into: rows straight to XML in a streamed workbook, exceljs's own rows otherwise. */
export function formSheetOf(ws: ExcelJS.Worksheet): FormSheetLike {
  const known = sheets.get(ws);
  if (known) return known;
  const writer = rowWriterOf(ws);
  if (writer === undefined || writer.sheet._rows.length > 0) return ws;
  const sheet = new FormSheet(ws, writer);
  sheets.set(ws, sheet);
  return sheet;
}
