import type { Warning } from '../model/types.js';
import type { CellValue } from './cell.js';
import type { FieldId } from './fields.js';
import { columnLabel, type ColumnMap } from './header.js';
import { isBlank, isPlaceholder } from './values.js';
import { cellProblemArgs, cellProblemText, type Consequence, type Reason } from '../text/cell-reasons.js';

/** Where a data row sits: `row` is the 1-based row number in the sheet. */
export interface RowLoc {
  file: string;
  sheet?: string;
  row: number;
}

export const indexOf = (map: ColumnMap, field: FieldId) => map.columns[field]?.index ?? -1;

/** Readers may hand over short or sparse rows. */
export const at = (cells: readonly CellValue[], index: number): CellValue =>
  index < 0 || index >= cells.length ? null : (cells[index] ?? null);

export function rowIsBlank(cells: readonly CellValue[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i])) return false;
  return true;
}

export const absent = (v: CellValue) => isBlank(v) || isPlaceholder(v);

export function warn(warnings: Warning[], code: string, message: string, loc: RowLoc, map: ColumnMap, index: number, args?: Warning['args']): void {
  const w: Warning = { code, message, file: loc.file };
  if (args) w.args = args;
  if (loc.sheet !== undefined) w.sheet = loc.sheet;
  w.row = loc.row;
  if (index >= 0) w.column = columnLabel(map, index);
  warnings.push(w);
}

/** A cell that could not be read: its reason and what was done about it, as codes (rendered in any language) and in English. */
export function warnCell(warnings: Warning[], code: string, why: Reason, then: Consequence, loc: RowLoc, map: ColumnMap, index: number, extra: Warning['args'] = {}): void {
  const args = cellProblemArgs(why, then, extra);
  warn(warnings, code, cellProblemText('en', args)!, loc, map, index, args);
}

export const NO_ID: Reason = { code: 'no-id', args: {} };
