import type { CellValue } from './cell.js';
import { plainNumberTo } from './plain-number.js';
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
  /**
   * Writes the cell's number to `out[at]` — a number cell itself, a text cell that is a plain
   * decimal (plainNumberTo), else NaN — and says whether it wrote a number. Written to a typed
   * array, not returned: a returned double would be boxed, one heap object per cell.
   */
  numberTo(i: number, out: Float64Array, at: number): boolean;
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

  numberTo(i: number, out: Float64Array, at: number): boolean {
    const v = this.value(i);
    if (typeof v === 'string') return plainNumberTo(v, 0, v.length, out, at);
    out[at] = typeof v === 'number' ? v : NaN;
    return out[at] === out[at];
  }

  is(i: number, v: CellValue): boolean {
    return this.value(i) === v;
  }

  all(): readonly CellValue[] {
    return this.cells;
  }
}
