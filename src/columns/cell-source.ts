import type { CellValue } from './cell.js';
import type { MetricId } from '../model/types.js';
import { metricTextTo, numberMetricTo, TextRead } from './metric-text.js';
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
   * Reads the cell as metric `metric` without the general parsers where it can: a number cell,
   * or text metricTextTo reads in place (a plain decimal, a percentage, a clock). The value goes
   * to `out[at]` (NaN unless Value), not returned: a returned double would be boxed, one heap
   * object per cell.
   */
  readMetric(i: number, metric: MetricId, out: Float64Array, at: number): TextRead;
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

  readMetric(i: number, metric: MetricId, out: Float64Array, at: number): TextRead {
    const v = this.value(i);
    if (typeof v === 'string') return metricTextTo(metric, v, 0, v.length, out, at);
    return numberMetricTo(metric, typeof v === 'number' ? v : NaN, out, at);
  }

  is(i: number, v: CellValue): boolean {
    return this.value(i) === v;
  }

  all(): readonly CellValue[] {
    return this.cells;
  }
}
