import type ExcelJS from 'exceljs';
import type { Plan } from '../../model/plan.js';
import type { Lang } from '../../text/labels.js';

/** One printable prep sheet per scheduled talk, after the fixed sheets. */
export function addPrepSheets(_wb: ExcelJS.Workbook, _plan: Plan, _lang: Lang): void {
  // Filled in by the prep-sheet work (issue 5).
}
