import ExcelJS from 'exceljs';
import { dayToUtcDate } from '../../model/day.js';
import type { Plan } from '../../model/plan.js';
import type { Lang } from '../../text/labels.js';
import { addBacklogSheet, addCheckSheet, addLeadsSheet, addRankingSheet, addScheduleSheet, addSwingsSheet } from './plan-sheets.js';

/** Adds the per-agent prep sheets after the fixed sheets. */
export type PrepSheetWriter = (wb: ExcelJS.Workbook, plan: Plan, lang: Lang) => void;

/** The plan workbook: six fixed sheets in the spec's order, then the prep sheets. */
export function buildPlanWorkbook(plan: Plan, lang: Lang, addPrepSheets?: PrepSheetWriter): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'talks';
  wb.created = dayToUtcDate(plan.today);
  wb.modified = dayToUtcDate(plan.today);
  addScheduleSheet(wb, plan, lang);
  addLeadsSheet(wb, plan, lang);
  addBacklogSheet(wb, plan, lang);
  addRankingSheet(wb, plan, lang);
  addSwingsSheet(wb, plan, lang);
  addCheckSheet(wb, plan, lang);
  addPrepSheets?.(wb, plan, lang);
  return wb;
}
