import type { CellValue } from '../../columns/cell.js';
import { metricTextTo, TextRead } from '../../columns/metric-text.js';
import type { MetricId } from '../../model/types.js';
import { isBlank } from '../../columns/values-base.js';
import { closeRow, rowsOf, withRoom, type RawRow, type RowCursor, type ScannedRows } from './raw.js';

/**
 * The records the csv scanner read from one piece of text, kept as where each field starts and
 * ends in that text: no string per cell and no array per row until a consumer asks for one.
 * A record read with quotes keeps its cells as strings (the quotes taken off), as does a line
 * that began in the chunk before.
 */
export class CsvLines implements ScannedRows {
  /** The text the field bounds point into. */
  text = '';
  /** Records read. */
  length = 0;
  /** Per record: its line number in the file (the first `length` entries). */
  rows = new Float64Array(1 << 11);
  /** Per record: the index of its first field; one more entry closes the last record. */
  firsts = new Int32Array(1 << 11);
  /** Per field: start and end in `text` (the first `2 × fields` entries). */
  bounds = new Int32Array(1 << 12);
  private fields = 0;
  /** Records read with quotes: their cells. */
  readonly quoted = new Map<number, string[]>();

  /** Empties the batch for the next chunk, keeping its buffers (a 64 KiB chunk's bounds are ~200 KiB). */
  clear(): void {
    this.text = '';
    this.length = 0;
    this.fields = 0;
    this.quoted.clear();
  }

  /** A record of the fields between `from` and `to`, split at each `delimiter`. */
  addLine(row: number, from: number, to: number, delimiter: string): void {
    const text = this.text;
    let i = from;
    for (let j = text.indexOf(delimiter, i); j >= 0 && j < to; j = text.indexOf(delimiter, i)) {
      this.field(i, j);
      i = j + 1;
    }
    this.field(i, to);
    this.close(row);
  }

  /** A record of these cells (read with quotes, or a line the chunk's edge cut). */
  addCells(row: number, cells: string[]): void {
    this.quoted.set(this.length, cells);
    for (let k = 0; k < cells.length; k++) this.field(0, 0);
    this.close(row);
  }

  private field(from: number, to: number): void {
    const at = 2 * this.fields++;
    if (at + 2 > this.bounds.length) this.bounds = withRoom(this.bounds, at + 2);
    this.bounds[at] = from;
    this.bounds[at + 1] = to;
  }

  private close(row: number): void {
    closeRow(this, row, this.fields);
  }

  /** Record k's cells as strings. */
  cells(k: number): string[] {
    const q = this.quoted.get(k);
    if (q) return q;
    const cells: string[] = [];
    const { text, bounds } = this;
    for (let f = this.firsts[k], end = this.firsts[k + 1]; f < end; f++) cells.push(text.slice(bounds[2 * f], bounds[2 * f + 1]));
    return cells;
  }

  toRows(from = 0): RawRow[] {
    return rowsOf(this, from);
  }

  cursor(): LineCells {
    return new LineCells(this);
  }
}

/** Any char code from here up, other than the non-breaking space and the BOM, is not white space. */
const SURELY_TEXT = 33;

/** One record of a CsvLines, its cells read in place. */
export class LineCells implements RowCursor {
  private readonly text: string;
  private readonly bounds: Int32Array;
  private readonly anyQuoted: boolean;
  /** Where record k's fields start in `bounds`. */
  private first = 0;
  private count = 0;
  private quoted: string[] | undefined;
  private cells: string[] | undefined;

  constructor(private readonly lines: CsvLines) {
    this.text = lines.text;
    this.bounds = lines.bounds;
    this.anyQuoted = lines.quoted.size > 0;
  }

  at(k: number): this {
    const { firsts } = this.lines;
    this.first = 2 * firsts[k];
    this.count = firsts[k + 1] - firsts[k];
    this.quoted = this.anyQuoted ? this.lines.quoted.get(k) : undefined;
    this.cells = this.quoted;
    return this;
  }

  value(i: number): CellValue {
    if (i < 0 || i >= this.count) return null;
    if (this.quoted) return this.quoted[i];
    const f = this.first + 2 * i;
    return this.text.slice(this.bounds[f], this.bounds[f + 1]);
  }

  blank(i: number): boolean {
    if (i < 0 || i >= this.count) return true;
    if (this.quoted) return isBlank(this.quoted[i]);
    const f = this.first + 2 * i;
    const { text, bounds } = this;
    const from = bounds[f];
    if (from === bounds[f + 1]) return true;
    const c = text.charCodeAt(from);
    if (c >= SURELY_TEXT && c < 127) return false;
    return isBlank(text.slice(from, bounds[f + 1]));
  }

  readMetric(i: number, metric: MetricId, out: Float64Array, at: number): TextRead {
    if (i < 0 || i >= this.count) {
      out[at] = NaN;
      return TextRead.NotRead;
    }
    if (this.quoted) return metricTextTo(metric, this.quoted[i], 0, this.quoted[i].length, out, at);
    const f = this.first + 2 * i;
    return metricTextTo(metric, this.text, this.bounds[f], this.bounds[f + 1], out, at);
  }

  is(i: number, v: CellValue): boolean {
    if (i < 0 || i >= this.count) return v === null;
    if (typeof v !== 'string') return false;
    if (this.quoted) return this.quoted[i] === v;
    const f = this.first + 2 * i;
    const from = this.bounds[f];
    const len = v.length;
    if (this.bounds[f + 1] - from !== len) return false;
    const text = this.text;
    for (let j = 0; j < len; j++) if (text.charCodeAt(from + j) !== v.charCodeAt(j)) return false;
    return true;
  }

  all(): readonly CellValue[] {
    if (!this.cells) {
      const cells: string[] = [];
      for (let i = 0; i < this.count; i++) cells.push(this.value(i) as string);
      this.cells = cells;
    }
    return this.cells;
  }
}
