import type ExcelJS from 'exceljs';

type Style = Partial<ExcelJS.Style>;

/** What a table's `decorate` may change in a data row: exceljs's Row has it, and so has a DraftRow. */
interface TableCell {
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  border?: Partial<ExcelJS.Borders>;
  alignment?: Partial<ExcelJS.Alignment>;
}
export interface TableRow {
  readonly number: number;
  height: number;
  getCell(column: number): TableCell;
}

/** A cell's value as addTableSheet writes it, and exceljs 4.4's number of its type (lib/doc/enums.js). */
export type CellValue = string | number | Date | null;
export const NULL = 0;
export const NUMBER = 2;
export const STRING = 3;
export const DATE = 4;
export const typeOf = (v: CellValue): number => (v === null ? NULL : typeof v === 'number' ? NUMBER : typeof v === 'string' ? STRING : DATE);

/** A cell of a DraftRow: its style is the column's until a part of it is set (exceljs's Cell copies it at once). */
class DraftCell implements TableCell {
  readonly type: number;
  private own = false;
  constructor(
    readonly value: CellValue,
    public style: Style,
  ) {
    this.type = typeOf(value);
  }

  private edit(): Style {
    if (!this.own) {
      this.style = { ...this.style };
      this.own = true;
    }
    return this.style;
  }

  get font(): Partial<ExcelJS.Font> | undefined {
    return this.style.font;
  }
  set font(v: Partial<ExcelJS.Font> | undefined) {
    this.edit().font = v;
  }
  get fill(): ExcelJS.Fill | undefined {
    return this.style.fill;
  }
  set fill(v: ExcelJS.Fill | undefined) {
    this.edit().fill = v;
  }
  get border(): Partial<ExcelJS.Borders> | undefined {
    return this.style.border;
  }
  set border(v: Partial<ExcelJS.Borders> | undefined) {
    this.edit().border = v;
  }
  get alignment(): Partial<ExcelJS.Alignment> | undefined {
    return this.style.alignment;
  }
  set alignment(v: Partial<ExcelJS.Alignment> | undefined) {
    this.edit().alignment = v;
  }
}

/**
 * A data row before it is written: values and styles only, no exceljs Row or Cell objects. A cell
 * is made only for a column a decoration asks for (getCell); the others are written straight from
 * their value and their column's style (RowWriter), as exceljs would write such a cell.
 */
export class DraftRow implements TableRow {
  height = 0;
  /** The cells made by getCell, by 0-based column (each holds its column's value, null past the values). */
  readonly touched: (DraftCell | undefined)[] = [];
  constructor(
    readonly number: number,
    readonly values: readonly CellValue[],
    /** The style a new cell of the 0-based column starts with. */
    readonly base: (column: number) => Style,
  ) {}

  getCell(column: number): DraftCell {
    const i = column - 1;
    return (this.touched[i] ??= new DraftCell(i < this.values.length ? this.values[i] : null, this.base(i)));
  }

  /** Whether the row has a value to write (a decoration never sets one). */
  get written(): boolean {
    return this.height > 0 || this.values.some((v) => v !== null);
  }
}
