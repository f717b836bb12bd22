import type ExcelJS from 'exceljs';
import { columnLetter } from '../../../columns/header.js';
import { namedFont } from './fonts.js';
import { columnStyle, rowWriterOf, rowXml, valueXml, type RowWriter } from './row-writer.js';
import { DATE, NULL, NUMBER, STRING } from './draft-row.js';

type Style = Partial<ExcelJS.Style>;

/** What FormWriter sets on a cell: exceljs's Cell has it, and so has a FormCell. */
export interface FormCellLike {
  value: ExcelJS.CellValue;
  font: Partial<ExcelJS.Font>;
  alignment: Partial<ExcelJS.Alignment>;
  fill: ExcelJS.Fill;
  border: Partial<ExcelJS.Borders>;
  numFmt: string;
  dataValidation: ExcelJS.DataValidation;
}

/** What FormWriter does with its sheet: exceljs's Worksheet has it, and so has a FormSheet. */
export interface FormSheetLike {
  getCell(row: number, col: number): FormCellLike;
  mergeCells(top: number, left: number, bottom: number, right: number): void;
  getRow(row: number): { height: number };
  findRow(row: number): { commit(): void } | undefined;
}

/** exceljs 4.4's type of a merged cell (lib/doc/enums.js); the others are in draft-row.ts. */
const MERGE = 1;
type Value = string | number | Date | null;

function typeOf(v: ExcelJS.CellValue): number {
  if (v === null || v === undefined) return NULL;
  if (typeof v === 'string') return STRING;
  if (typeof v === 'number') return NUMBER;
  if (v instanceof Date) return DATE;
  throw new Error('a form cell holds text, a number or a date');
}

/**
 * A cell as exceljs's Cell keeps it: its own style object (parts set on it change that object),
 * and a merged cell shares its master's style object and value.
 */
class FormCell implements FormCellLike {
  type = NULL;
  private v: Value = null;
  master?: FormCell;

  constructor(
    private readonly sheet: FormSheet,
    readonly address: string,
    public style: Style,
  ) {}

  get value(): Value {
    return this.master ? this.master.value : this.v;
  }
  set value(v: ExcelJS.CellValue) {
    if (this.master) {
      this.master.value = v;
      return;
    }
    this.type = typeOf(v);
    this.v = (v ?? null) as Value;
  }

  /** The type exceljs shares the style under (a merged cell's master's). */
  get effectiveType(): number {
    return this.master ? this.master.type : this.type;
  }

  merge(master: FormCell): void {
    this.master = master;
    this.type = MERGE;
    this.v = null;
    this.style = master.style;
  }

  get font(): Partial<ExcelJS.Font> {
    return this.style.font as Partial<ExcelJS.Font>;
  }
  set font(v: Partial<ExcelJS.Font>) {
    this.style.font = v;
  }
  get alignment(): Partial<ExcelJS.Alignment> {
    return this.style.alignment as Partial<ExcelJS.Alignment>;
  }
  set alignment(v: Partial<ExcelJS.Alignment>) {
    this.style.alignment = v;
  }
  get fill(): ExcelJS.Fill {
    return this.style.fill as ExcelJS.Fill;
  }
  set fill(v: ExcelJS.Fill) {
    this.style.fill = v;
  }
  get border(): Partial<ExcelJS.Borders> {
    return this.style.border as Partial<ExcelJS.Borders>;
  }
  set border(v: Partial<ExcelJS.Borders>) {
    this.style.border = v;
  }
  get numFmt(): string {
    return this.style.numFmt as string;
  }
  set numFmt(v: string) {
    this.style.numFmt = v;
  }
  set dataValidation(v: ExcelJS.DataValidation) {
    this.sheet.validations.add(this.address, v);
  }
}

/** A merged range of one row, as `_writeMergeCells` writes it (`B3:F3`). */
class MergedRange {
  constructor(
    readonly top: number,
    readonly left: number,
    readonly bottom: number,
    readonly right: number,
  ) {}

  intersects(o: { top: number; left: number; bottom: number; right: number }): boolean {
    return !(o.bottom < this.top || o.top > this.bottom || o.right < this.left || o.left > this.right);
  }

  toString(): string {
    return `${columnLetter(this.left - 1)}${this.top}:${columnLetter(this.right - 1)}${this.bottom}`;
  }
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
  /** The open row, as getRow and findRow give it. */
  private readonly open = { height: 0, commit: () => this.flush() };
  private readonly merges: MergedRange[];
  /** The sheet's data validations by cell address (exceljs's DataValidations). */
  readonly validations: { add(address: string, v: ExcelJS.DataValidation): void };

  constructor(
    ws: ExcelJS.Worksheet,
    private readonly writer: RowWriter,
  ) {
    const internals = ws as unknown as { _merges: MergedRange[]; dataValidations: FormSheet['validations'] };
    this.merges = internals._merges;
    this.validations = internals.dataValidations;
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
    if (cell === undefined) {
      const style = columnStyle(this.writer.sheet.getColumn(c).style);
      this.cells[c - 1] = cell = new FormCell(this, `${columnLetter(c - 1)}${r}`, style);
    }
    return cell;
  }

  mergeCells(top: number, left: number, bottom: number, right: number): void {
    if (bottom !== top) throw new Error('a form merges cells of one row');
    const range = new MergedRange(top, left, bottom, right);
    if (this.merges.some((m) => m.intersects(range))) throw new Error('Cannot merge already merged cells');
    const master = this.getCell(top, left);
    for (let c = left + 1; c <= right; c++) this.getCell(top, c).merge(master);
    this.merges.push(range);
  }

  getRow(r: number): { height: number } {
    this.row(r);
    return this.open;
  }

  findRow(r: number): { commit(): void } | undefined {
    return r === this.number ? this.open : undefined;
  }

  /** Writes the open row, if any: what the patched `_writeRow` and exceljs's RowXform would make of it. */
  private flush(): void {
    if (this.number === 0) return;
    const { number, cells } = this;
    const height = this.open.height;
    this.number = 0;
    this.cells = [];
    this.open.height = 0;
    const written = height || cells.some((c) => c !== undefined && c.type !== NULL);
    this.writer.commit(number, written ? () => this.xml(number, cells, height) : undefined);
  }

  private xml(r: number, cells: (FormCell | undefined)[], height: number): string {
    const { lang, styles, book } = this.writer;
    // First every written cell's font is named (a merged cell's names its master's too), then the styles are shared.
    for (const cell of cells) if (cell !== undefined && cell.type !== NULL && !cell.font?.name) cell.font = namedFont(cell.font, lang);
    const rowStyle = this.writer.rowStyleId;
    let min = 0;
    let max = 0;
    let xml = '';
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell === undefined) continue;
      if (min === 0) min = i + 1;
      max = i + 1;
      const id = book.styles.addStyleModel(styles.cellStyle(i, cell.style, cell.effectiveType), cell.type);
      if (cell.type === NULL && !id) continue;
      xml += `<c r="${cell.address}"${id ? ` s="${id}"` : ''}`;
      const v = cell.value;
      xml += cell.type === NULL || cell.type === MERGE || v === null ? '/>' : valueXml(v, book.sharedStrings);
    }
    return rowXml(r, height, min, max, rowStyle, xml);
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
