import type ExcelJS from 'exceljs';
import { FORM_LABELS } from '../../../text/form-labels.js';
import { ALWAYS } from '../../../text/guidance.js';
import type { Lang } from '../../../text/labels.js';
import { PREP_LABELS } from '../../../text/prep-labels.js';
import { FormWriter } from './prep-form.js';
import { prepPrintArea, prepSheetOptions } from './prep-page.js';
import { commitSheet } from './table-sheet.js';
import type { Day } from '../../../model/types.js';

/** The general before/during/after advice, once per workbook, so each prep form keeps to one page. */
export function addHowToSheet(wb: ExcelJS.Workbook, today: Day, lang: Lang): void {
  const F = FORM_LABELS[lang];
  const L = PREP_LABELS[lang];
  const ws = wb.addWorksheet(F.howToRun, prepSheetOptions({ title: F.howToRun, date: today, lang }));
  const f = new FormWriter(ws, [17, ...Array<number>(8).fill(8.5), 15]);
  f.title(F.howToRunTitle, '');
  const always = ALWAYS[lang];
  for (const [title, items] of [
    [L.before, always.before],
    [L.during, always.during],
    [L.after, always.after],
  ] as const) {
    f.heading(title);
    f.bullets(items);
  }
  prepPrintArea(ws, f.row - 1, f.lastCol);
  commitSheet(ws);
}
