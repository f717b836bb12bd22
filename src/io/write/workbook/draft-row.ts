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
const typeOf = (v: CellValue): number => (v === null ? NULL : typeof v === 'number' ? NUMBER : typeof v === 'string' ? STRING : DATE);

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

/** A data row before it is written: values and styles only, no exceljs Row or Cell objects. */
export class DraftRow implements TableRow {
  height = 0;
  readonly cells: (DraftCell | undefined)[];
  constructor(
    readonly number: number,
    values: readonly CellValue[],
    /** The style a new cell of the 0-based column starts with. */
    private readonly base: (column: number) => Style,
  ) {
    this.cells = values.map((v, i) => new DraftCell(v, base(i)));
  }

  getCell(column: number): DraftCell {
    return (this.cells[column - 1] ??= new DraftCell(null, this.base(column - 1)));
  }
}
