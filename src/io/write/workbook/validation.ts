import type ExcelJS from 'exceljs';
import { columnLetter } from '../../../columns/header.js';

/** What a column's data cells accept: a drop-down list, or dates only. */
export interface ValidatedColumn {
  header: string;
  list?: readonly string[];
  validateDate?: boolean;
}

export function columnValidation(c: ValidatedColumn): ExcelJS.DataValidation | undefined {
  if (c.list) {
    return {
      type: 'list',
      allowBlank: true,
      formulae: [`"${c.list.join(',')}"`],
      showErrorMessage: true,
      errorTitle: c.header,
      error: c.list.join(' / '),
    };
  }
  if (!c.validateDate) return undefined;
  return {
    type: 'date',
    operator: 'greaterThan',
    allowBlank: true,
    formulae: [new Date(Date.UTC(2000, 0, 1))],
    showErrorMessage: true,
    errorTitle: c.header,
    error: 'YYYY-MM-DD',
  };
}

/** exceljs 4.4 keeps a sheet's validations as a map from address (a cell or a range) to rule. */
interface Validations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/**
 * One validation range per column (`M2:M31`). Set cell by cell, exceljs 4.4 merges the cells
 * into ranges in text order of their addresses (M10 before M2) and writes overlapping ranges
 * such as M2:M31 and M10:M31, which Excel-based readers reject; a range address is written as is.
 */
export function validateColumns(ws: ExcelJS.Worksheet, rules: (ExcelJS.DataValidation | undefined)[], from: number, to: number): void {
  const sheet = ws as unknown as Validations;
  rules.forEach((rule, i) => {
    if (!rule) return;
    const letter = columnLetter(i);
    sheet.dataValidations.add(`${letter}${from}:${letter}${to}`, rule);
  });
}
