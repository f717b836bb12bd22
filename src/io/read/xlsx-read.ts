import type { RawSheet, ReadOptions } from './raw.js';
import { readXlsxFast } from './xlsx/read.js';

/**
 * Streams the worksheets of an xlsx file in order, one row at a time, with the hand-written
 * reader of ./xlsx/ (exceljs is 10–40× slower on large files; it stays the tests' and the
 * bench's reference, test/bench/exceljs-read.js).
 */
export function readXlsx(file: string, opts: ReadOptions = {}): AsyncGenerator<RawSheet> {
  return readXlsxFast(file, opts);
}
