import type { CellValue } from '../../../columns/cell.js';
import { metricTextTo, numberMetricTo, TextRead } from '../../../columns/metric-text.js';
import type { MetricId } from '../../../model/types.js';
import { isBlank } from '../../../columns/values-base.js';
import { closeRow, rowsOf, withRoom, type RawRow, type RowCursor, type ScannedRows } from '../raw.js';

const NONE = 0;
const NUMBER = 1;
const OTHER = 2;

/**
 * The rows the xlsx scanner read from one chunk, their cells side by side: numbers in a typed
 * array (no object per number), other values beside them, and per row where its cells start.
 * A row's cells are the positions up to its last cell with a value; the gaps are null.
 */
export class SheetRows implements ScannedRows {
  length = 0;
  rows = new Float64Array(1 << 8);
  /** Per row: the position of its first cell; one more entry closes the last row. */
  firsts = new Int32Array(1 << 8);
  kinds = new Uint8Array(1 << 10);
  nums = new Float64Array(1 << 10);
  readonly others: CellValue[] = [];
  /** Cells written so far, the open row's included. */
  private size = 0;

  /**
   * Empties the batch for the next chunk, keeping its buffers. `others` keeps its length too:
   * an entry is read only where `kinds` says OTHER, and an array grown again from empty for
   * each chunk was ~200 MiB of garbage per 1M rows.
   */
  clear(): void {
    this.length = 0;
    this.size = 0;
  }

  /** Sets cell `col` of the open row to `v`. */
  set(col: number, v: CellValue): void {
    if (typeof v === 'number') return this.setNumber(col, v);
    const at = this.place(col);
    if (v === null) this.kinds[at] = NONE;
    else {
      this.kinds[at] = OTHER;
      this.others[at] = v;
    }
  }

  setNumber(col: number, n: number): void {
    const at = this.place(col);
    this.kinds[at] = NUMBER;
    this.nums[at] = n;
  }

  /** The position of cell `col` of the open row, the row widened to it. */
  private place(col: number): number {
    const at = this.firsts[this.length] + col;
    if (at >= this.size) {
      if (at >= this.kinds.length) this.grow(at + 1);
      for (let p = this.size; p < at; p++) this.kinds[p] = NONE;
      this.size = at + 1;
    }
    return at;
  }

  /** Ends the open row as row number `row`. */
  close(row: number): void {
    closeRow(this, row, this.size);
  }

  /** Forgets the cells of the open row (it did not end within the chunk). */
  drop(): void {
    this.size = this.firsts[this.length];
  }

  private grow(min: number): void {
    this.kinds = withRoom(this.kinds, min);
    this.nums = withRoom(this.nums, min);
  }

  /** The value at position p. */
  valueAt(p: number): CellValue {
    const kind = this.kinds[p];
    return kind === NUMBER ? this.nums[p] : kind === OTHER ? this.others[p] : null;
  }

  cells(k: number): CellValue[] {
    const cells: CellValue[] = [];
    for (let p = this.firsts[k], end = this.firsts[k + 1]; p < end; p++) cells.push(this.valueAt(p));
    return cells;
  }

  toRows(from = 0): RawRow[] {
    return rowsOf(this, from);
  }

  cursor(): SheetCells {
    return new SheetCells(this);
  }
}

/** One row of a SheetRows, its cells read in place. */
export class SheetCells implements RowCursor {
  private k = 0;
  private first = 0;
  private count = 0;
  private cells: CellValue[] | undefined;

  constructor(private readonly batch: SheetRows) {}

  at(k: number): this {
    this.k = k;
    this.first = this.batch.firsts[k];
    this.count = this.batch.firsts[k + 1] - this.first;
    this.cells = undefined;
    return this;
  }

  value(i: number): CellValue {
    return i < 0 || i >= this.count ? null : this.batch.valueAt(this.first + i);
  }

  blank(i: number): boolean {
    if (i < 0 || i >= this.count) return true;
    const kind = this.batch.kinds[this.first + i];
    return kind === NONE || (kind === OTHER && isBlank(this.batch.others[this.first + i]));
  }

  readMetric(i: number, metric: MetricId, out: Float64Array, at: number): TextRead {
    const p = this.first + i;
    const kind = i < 0 || i >= this.count ? NONE : this.batch.kinds[p];
    if (kind === NUMBER) return numberMetricTo(metric, this.batch.nums[p], out, at);
    const v = kind === OTHER ? this.batch.others[p] : null;
    if (typeof v === 'string') return metricTextTo(metric, v, 0, v.length, out, at);
    out[at] = NaN;
    return TextRead.NotRead;
  }

  is(i: number, v: CellValue): boolean {
    if (i < 0 || i >= this.count) return v === null;
    const p = this.first + i;
    const kind = this.batch.kinds[p];
    if (kind === NUMBER) return this.batch.nums[p] === v;
    return kind === OTHER ? this.batch.others[p] === v : v === null;
  }

  all(): readonly CellValue[] {
    this.cells ??= this.batch.cells(this.k);
    return this.cells;
  }
}
