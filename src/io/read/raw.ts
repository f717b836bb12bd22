import type { CellValue } from '../../columns/cell.js';
import type { CellSource } from '../../columns/cell-source.js';

/** One row as read from a sheet or a CSV file, before any column is understood. */
export interface RawRow {
  /** 1-based row number in the sheet (the line number in a CSV file). */
  row: number;
  cells: CellValue[];
}

/**
 * The rows of a table. Iterated directly it gives one row at a time; `batches()` gives the
 * same rows in the reader's own batches (a chunk of the file each), so a consumer of a million
 * rows pays the cost of an async step per chunk rather than per row. A stream is read once,
 * by one of the two (or of three: the csv and xlsx readers also give their batches as scanned,
 * `scanned()`, for a consumer that reads cells in place). Leaving either loop early closes the
 * reader (draining it when needed).
 */
export interface RowStream extends AsyncIterable<RawRow> {
  batches(): AsyncIterable<RawRow[]>;
  scanned?(): AsyncIterable<ScannedRows>;
}

/**
 * A batch of rows as a reader scanned them, before any row is made an array: the csv reader's
 * field bounds in its text, the xlsx reader's values side by side. `cells(k)` and `toRows` make
 * the arrays the RowStream hands over; a cursor reads the cells of one row in place. The readers
 * reuse one batch for the next chunk: a consumer reads a batch before it asks for the next.
 */
export interface ScannedRows {
  readonly length: number;
  /** Per row: its 1-based row number (the line number in a CSV file). */
  readonly rows: ArrayLike<number>;
  cells(k: number): CellValue[];
  /** Rows from `from` on (fresh arrays, which a caller may keep). */
  toRows(from?: number): RawRow[];
  cursor(): RowCursor;
}

/**
 * `a` when it has room for `n` entries, else a copy of it twice as long (or more). The readers'
 * batches keep their typed arrays from chunk to chunk: arrays grown by push from empty for every
 * chunk were most of what the csv scanner allocated.
 */
export function withRoom<A extends Int32Array | Float64Array | Uint8Array>(a: A, n: number): A {
  if (n <= a.length) return a;
  let length = a.length * 2;
  while (length < n) length *= 2;
  const b = new (a.constructor as new (length: number) => A)(length);
  b.set(a);
  return b;
}

/** What closeRow writes to: a batch's row numbers and where each row's cells start. */
interface RowBounds {
  length: number;
  rows: Float64Array;
  firsts: Int32Array;
}

/** Ends the open row of a batch as row number `row`, its cells (or fields) ending at `end`. */
export function closeRow(batch: RowBounds, row: number, end: number): void {
  const k = batch.length++;
  if (k + 2 > batch.firsts.length) {
    batch.firsts = withRoom(batch.firsts, k + 2);
    batch.rows = withRoom(batch.rows, k + 2);
  }
  batch.rows[k] = row;
  batch.firsts[k + 1] = end;
}

/** ScannedRows' `toRows`. */
export function rowsOf(batch: ScannedRows, from: number): RawRow[] {
  const out: RawRow[] = [];
  for (let k = from; k < batch.length; k++) out.push({ row: batch.rows[k], cells: batch.cells(k) });
  return out;
}

/** The cells of one scanned row, moved from row to row with `at`. */
export interface RowCursor extends CellSource {
  at(k: number): this;
}

/** The first cell of a file that held bytes its encoding could not decode (column 0-based). */
export interface UndecodablePlace {
  row: number;
  column: number;
  encoding: string;
}

/** One table of a file: a worksheet of a workbook, or the whole of a CSV file. */
export interface RawSheet {
  file: string;
  sheet?: string;
  rows: RowStream;
  /** Once the rows are read: where bytes that are not text in the file's encoding were first met (CSV). */
  undecodable?: () => UndecodablePlace | undefined;
}

export interface ReadOptions {
  /** Only this worksheet (xlsx). */
  sheet?: string;
  /** Override CSV encoding detection. */
  encoding?: string;
  /** The most bytes one part of an xlsx package may unzip to (default 2 GiB). */
  maxUnzipped?: number;
}

/**
 * A RowStream over batches of rows. Each batch is handed over as a fresh array, so a caller
 * may keep it.
 */
export function rowStream(batches: AsyncIterable<RawRow[]>): RowStream {
  return {
    batches: () => batches,
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches) {
        for (let i = 0; i < batch.length; i++) yield batch[i];
      }
    },
  };
}

/** A RowStream over scanned batches: its rows are made from them only when asked for. */
export function scannedStream(batches: AsyncIterable<ScannedRows>): RowStream {
  return { ...rowStream(asRows(batches)), scanned: () => batches };
}

async function* asRows(batches: AsyncIterable<ScannedRows>): AsyncGenerator<RawRow[]> {
  for await (const batch of batches) yield batch.toRows();
}
