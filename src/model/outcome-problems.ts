/** Where a typed value was read: a table cell (row and column header) or a form cell. */
export interface CellRef {
  sheet: string;
  row: number;
  letter: string;
  header: string;
  form: boolean;
}

export type ProblemCode = 'bad-date' | 'bad-category' | 'bad-talk-type' | 'bad-held' | 'missing' | 'duplicate' | 'conflict' | 'unknown-agent';

/** A cell that stops the workbook from being recorded; rendered to text by `problemText`. */
export interface Problem {
  code: ProblemCode;
  at: CellRef;
  value: string;
  /** For a duplicate: the row that has the talk already; for a conflict: the other cell. */
  otherRow?: number;
  other?: { at: CellRef; value: string };
}
