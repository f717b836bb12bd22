import type { CellValue } from './cell.js';
import { plainNumber } from './plain-number.js';
import { isBlank } from './values-base.js';

/**
 * The cells of one row as the KPI fold reads them. A reader that hands over arrays of cells
 * goes through ArrayCells; the csv reader's scanned lines answer from the text's char codes
 * without making a string per cell (src/io/read/csv-lines.ts). Both give the same answers for
 * the same row: `value(i)` is the cell as the readers hand it over (null past the row's end).
 */
export interface CellSource {
  value(i: number): CellValue;
  /** `isBlank(value(i))`. */
  blank(i: number): boolean;
  /** The cell's number: a number cell itself, a text cell that is a plain decimal (plainNumber), else undefined. */
  number(i: number): number | undefined;
  /** Whether the cell is `v` (`value(i) === v`). */
  is(i: number, v: CellValue): boolean;
  /** All cells of the row. */
  all(): readonly CellValue[];
}

/** A row given as an array of cells; `cells` is set row by row. */
export class ArrayCells implements CellSource {
  cells: readonly CellValue[] = [];

  value(i: number): CellValue {
    const cells = this.cells;
    return i < 0 || i >= cells.length ? null : (cells[i] ?? null);
  }

  blank(i: number): boolean {
    return isBlank(this.value(i));
  }

  number(i: number): number | undefined {
    const v = this.value(i);
    return typeof v === 'number' ? v : typeof v === 'string' ? plainNumber(v) : undefined;
  }

  is(i: number, v: CellValue): boolean {
    return this.value(i) === v;
  }

  all(): readonly CellValue[] {
    return this.cells;
  }
}
