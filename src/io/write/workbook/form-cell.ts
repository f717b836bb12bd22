import type ExcelJS from 'exceljs';
import { columnLetter } from '../../../columns/header.js';
import { DATE, NULL, NUMBER, STRING } from './draft-row.js';

type Style = Partial<ExcelJS.Style>;
/** A sheet's data validations by cell address (exceljs's DataValidations). */
export interface Validations {
  add(address: string, v: ExcelJS.DataValidation): void;
}

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

/** exceljs 4.4's type of a merged cell (lib/doc/enums.js); the others are in draft-row.ts. */
export const MERGE = 1;
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
export class FormCell implements FormCellLike {
  type = NULL;
  private v: Value = null;
  master?: FormCell;

  constructor(
    private readonly validations: Validations,
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
    this.validations.add(this.address, v);
  }
}

/** A merged range of one row, as `_writeMergeCells` writes it (`B3:F3`). */
export class MergedRange {
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
