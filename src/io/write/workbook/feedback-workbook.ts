import type ExcelJS from 'exceljs';
import { excelWorkbook } from '../../exceljs.js';
import type { FeedbackDocument, FeedbackTalk } from '../../../followup/lead-feedback.js';
import { dayToUtcDate } from '../../../model/day.js';
import type { Day } from '../../../model/types.js';
import { CATEGORY_LABELS, RULE_LABELS, YES_NO, type Lang } from '../../../text/labels.js';
import { FEEDBACK_TEXT } from '../../../text/lead-loop.js';
import { quoteSheetNamesInWorkbooks } from './defined-names.js';
import { nameWorkbookFonts } from './fonts.js';
import { safeSheetName } from './prep-sheet-name.js';
import { addTableSheet, commitSheet, type ColumnSpec, type TableValue } from './table-sheet.js';

/** The issues routed to the lead, one per line: `Mood/attitude: feels left out`. */
export function issuesText(t: FeedbackTalk, lang: Lang): string {
  return t.issues.map((i) => [CATEGORY_LABELS[lang][i.category], i.text].filter(Boolean).join(lang === 'en' ? ': ' : '：')).join('\n');
}

function row(t: FeedbackTalk, lang: Lang): TableValue[] {
  const yn = YES_NO[lang];
  return [t.date, t.heldOn, t.agentId, t.name, t.team, RULE_LABELS[lang][t.rule], t.held ? yn.yes : yn.no, t.leadNote, t.nextStep, issuesText(t, lang)];
}

/**
 * `talks feedback`: one sheet per team lead, named after the lead, to send to them: their
 * agents' talks with the note for the lead, the next step and the issues routed to them.
 */
export function buildFeedbackWorkbook(doc: FeedbackDocument, today: Day, lang: Lang): ExcelJS.Workbook {
  quoteSheetNamesInWorkbooks();
  const wb = new (excelWorkbook())();
  wb.creator = 'talks';
  wb.created = dayToUtcDate(today);
  wb.modified = dayToUtcDate(today);
  const t = FEEDBACK_TEXT[lang];
  const h = t.headers;
  const columns: ColumnSpec[] = [
    { header: h.date, kind: 'date', min: 11 },
    { header: h.heldOn, kind: 'date', min: 11 },
    { header: h.agentId },
    { header: h.name, max: 22 },
    { header: h.team, max: 16 },
    { header: h.talkType, max: 16 },
    { header: h.held },
    { header: h.leadNote, kind: 'wrap', min: 24, max: 40 },
    { header: h.nextStep, kind: 'wrap', min: 20, max: 32 },
    { header: h.issues, kind: 'wrap', min: 24, max: 36 },
  ];
  const taken: string[] = [];
  for (const lead of doc.leads) {
    const name = safeSheetName(lead.lead, taken, t.fallbackSheet);
    taken.push(name);
    const ws = addTableSheet(wb, name, columns, lead.talks.map((x) => row(x, lang)), { lang, landscape: true, title: t.title(lead.lead, doc.since), right: today });
    commitSheet(ws);
  }
  nameWorkbookFonts(wb, lang);
  return wb;
}
