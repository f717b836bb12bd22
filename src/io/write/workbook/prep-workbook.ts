import type ExcelJS from 'exceljs';
import { excelWorkbook } from '../../exceljs.js';
import { dayToUtcDate } from '../../../model/day.js';
import type { Plan } from '../../../model/plan.js';
import type { Lang } from '../../../text/labels.js';
import { quoteSheetNamesInWorkbooks } from './defined-names.js';
import type { PrepSubject } from './prep-sheet.js';
import { addNamedPrepSheet } from './prep-sheets.js';
import { nameWorkbookFonts } from './fonts.js';
import { addHowToSheet } from './how-to-sheet.js';

/** A small workbook holding one agent's prep sheet (`talks prep`). */
export function buildPrepWorkbook(plan: Plan, subject: PrepSubject, lang: Lang): ExcelJS.Workbook {
  quoteSheetNamesInWorkbooks();
  const wb = new (excelWorkbook())();
  wb.creator = 'talks';
  wb.created = dayToUtcDate(plan.today);
  wb.modified = dayToUtcDate(plan.today);
  addNamedPrepSheet(wb, subject, { today: plan.today, lang, trend: plan.trend, questions: plan.questions?.[lang] });
  addHowToSheet(wb, plan.today, lang);
  nameWorkbookFonts(wb, lang);
  return wb;
}
