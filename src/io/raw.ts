import type { CellValue } from '../columns/cell.js';

/** One row as read from a sheet or a CSV file, before any column is understood. */
export interface RawRow {
  /** 1-based row number in the sheet (the line number in a CSV file). */
  row: number;
  cells: CellValue[];
}

/** One table of a file: a worksheet of a workbook, or the whole of a CSV file. */
export interface RawSheet {
  file: string;
  sheet?: string;
  rows: AsyncIterable<RawRow>;
}

export interface ReadOptions {
  /** Only this worksheet (xlsx). */
  sheet?: string;
  /** Override CSV encoding detection. */
  encoding?: string;
}
