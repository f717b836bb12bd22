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

/** Where a FormCell's validation goes and the address it goes under. */
interface CellSheet {
  readonly validations: Validations;
}

/**
 * A cell as exceljs's Cell keeps it: its own style object (parts set on it change that object),
 * and a merged cell shares its master's style object and value. Until a part is set, the cell's
 * style is its column's (`base`, never changed): exceljs copies it at once, which comes to the
 * same style without an object per cell; a merged cell reads and sets its master's.
 */
export class FormCell implements FormCellLike {
  type = NULL;
  private v: Value = null;
  master?: FormCell;
  /** Whether cells are merged into this one (their fonts are named with its own, form-sheet.ts). */
  merged = false;
  private own?: Style;

  constructor(
    private readonly sheet: CellSheet,
    /** 1-based. */
    readonly row: number,
    /** 1-based. */
    readonly column: number,
    private readonly base: Style,
  ) {}

  /** The style object the cell is written with (its master's when merged). */
  get style(): Style {
    return this.master ? this.master.style : (this.own ?? this.base);
  }

  /** The cell's own style object to set a part on, copied from its column's the first time. */
  private edit(): Style {
    if (this.master) return this.master.edit();
    return (this.own ??= { ...this.base });
  }

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
    master.merged = true;
    this.type = MERGE;
    this.v = null;
    this.own = undefined;
  }

  get font(): Partial<ExcelJS.Font> {
    return this.style.font as Partial<ExcelJS.Font>;
  }
  set font(v: Partial<ExcelJS.Font>) {
    this.edit().font = v;
  }
  get alignment(): Partial<ExcelJS.Alignment> {
    return this.style.alignment as Partial<ExcelJS.Alignment>;
  }
  set alignment(v: Partial<ExcelJS.Alignment>) {
    this.edit().alignment = v;
  }
  get fill(): ExcelJS.Fill {
    return this.style.fill as ExcelJS.Fill;
  }
  set fill(v: ExcelJS.Fill) {
    this.edit().fill = v;
  }
  get border(): Partial<ExcelJS.Borders> {
    return this.style.border as Partial<ExcelJS.Borders>;
  }
  set border(v: Partial<ExcelJS.Borders>) {
    this.edit().border = v;
  }
  get numFmt(): string {
    return this.style.numFmt as string;
  }
  set numFmt(v: string) {
    this.edit().numFmt = v;
  }
  set dataValidation(v: ExcelJS.DataValidation) {
    this.sheet.validations.add(`${columnLetter(this.column - 1)}${this.row}`, v);
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
