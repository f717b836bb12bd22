import type { CellValue } from '../../columns/cell.js';
import type { CsvLines } from './csv-lines.js';
import type { UndecodablePlace } from './undecodable.js';

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
 * by one of the two (or of three: a csv file's stream also gives its records as scanned, `lines()`,
 * for a consumer that reads cells in place). Leaving either loop early closes the reader
 * (draining it when needed).
 */
export interface RowStream extends AsyncIterable<RawRow> {
  batches(): AsyncIterable<RawRow[]>;
  lines?(): AsyncIterable<CsvLines>;
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

/** A RowStream over a csv file's scanned records: its rows are made from them only when asked for. */
export function lineStream(lines: AsyncIterable<CsvLines>): RowStream {
  return { ...rowStream(asRows(lines)), lines: () => lines };
}

async function* asRows(lines: AsyncIterable<CsvLines>): AsyncGenerator<RawRow[]> {
  for await (const batch of lines) yield batch.toRows();
}
