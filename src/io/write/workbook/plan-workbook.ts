import type ExcelJS from 'exceljs';
import { excelWorkbook } from '../../exceljs.js';
import { dayToUtcDate } from '../../../model/day.js';
import type { Plan } from '../../../model/plan.js';
import type { Lang } from '../../../text/labels.js';
import { addCoverageSheet } from './coverage-sheet.js';
import { addBacklogSheet } from './plan-sheets.js';
import { addLeadsSheet } from './leads-sheet.js';
import { addScheduleSheet } from './schedule-sheet.js';
import { addWeekSheet } from './week-sheet.js';
import { addRankingSheet, addSwingsSheet } from './ranking-sheets.js';
import { addCheckSheet } from './check-sheet.js';
import { nameWorkbookFonts } from './fonts.js';
import { quoteSheetNamesInWorkbooks } from './defined-names.js';
import { writeStreamedWorkbook, type StreamedOptions } from './streamed-workbook.js';

/** Adds the per-agent prep sheets after the fixed sheets. */
export type PrepSheetWriter = (wb: ExcelJS.Workbook, plan: Plan, lang: Lang) => void;

/**
 * Fills a workbook, in memory or streamed: the fixed sheets (the Week grid after the Schedule,
 * the Coverage forecast after the Data check), then the prep sheets. Every sheet is written top
 * to bottom and committed when done.
 */
function addPlanSheets(wb: ExcelJS.Workbook, plan: Plan, lang: Lang, addPrepSheets?: PrepSheetWriter): void {
  wb.creator = 'talks';
  wb.created = dayToUtcDate(plan.today);
  wb.modified = dayToUtcDate(plan.today);
  addScheduleSheet(wb, plan, lang);
  addWeekSheet(wb, plan, lang);
  addLeadsSheet(wb, plan, lang);
  addBacklogSheet(wb, plan, lang);
  addRankingSheet(wb, plan, lang);
  addSwingsSheet(wb, plan, lang);
  addCheckSheet(wb, plan, lang);
  addCoverageSheet(wb, plan, lang);
  addPrepSheets?.(wb, plan, lang);
}

/** The plan workbook in memory (for reading it back in tests); `talks plan` streams it with writePlanWorkbook. */
export function buildPlanWorkbook(plan: Plan, lang: Lang, addPrepSheets?: PrepSheetWriter): ExcelJS.Workbook {
  quoteSheetNamesInWorkbooks();
  const wb = new (excelWorkbook())();
  addPlanSheets(wb, plan, lang, addPrepSheets);
  nameWorkbookFonts(wb, lang);
  return wb;
}

/**
 * Writes the plan workbook to `file`, whole or not at all. Streamed (SPEC §8): each row becomes
 * XML as soon as it is complete instead of the whole workbook being held as cell objects and
 * then as one zip buffer. Same content as buildPlanWorkbook, shared strings included; the
 * streamed sheets only leave out the optional `<dimension>`.
 */
export async function writePlanWorkbook(file: string, plan: Plan, lang: Lang, addPrepSheets?: PrepSheetWriter, opts?: StreamedOptions): Promise<void> {
  await writeStreamedWorkbook(file, lang, (wb) => addPlanSheets(wb, plan, lang, addPrepSheets), opts);
}
