import type ExcelJS from 'exceljs';
import type { Plan } from '../../../model/plan.js';
import type { Talk } from '../../../model/types.js';
import { HEADERS } from '../../../text/headers.js';
import { RULE_LABELS, SHEET_NAMES, YES_NO, type Lang } from '../../../text/labels.js';
import { LEAD_NOTES } from '../../../text/lead-notes.js';
import { BACKLOG_REASONS, reasonsText } from '../../../text/reasons.js';
import { addTableSheet, commitSheet, type ColumnSpec } from './table-sheet.js';
import { font } from './style.js';

function typeLabel(t: Talk, lang: Lang): string {
  return RULE_LABELS[lang][t.rule];
}

/**
 * Per team lead, their agents' talks this week, to share in advance and collect the leads'
 * questions. The lead is on every row so filters work; the note for leads goes below the table,
 * since row 1 stays the filter header.
 */
export function addLeadsSheet(wb: ExcelJS.Workbook, plan: Plan, lang: Lang): void {
  const h = HEADERS[lang].leads;
  const talks = [...plan.talks].filter((t) => t.lead).sort((a, b) => a.lead.localeCompare(b.lead) || (a.date ?? '').localeCompare(b.date ?? '') || (a.start ?? '').localeCompare(b.start ?? ''));
  const rows = talks.map((t) => [
    t.lead,
    t.team,
    t.agentId,
    t.name,
    t.date,
    t.start && t.end ? `${t.start}–${t.end}` : t.start,
    t.location,
    typeLabel(t, lang),
    reasonsText(t.findings, plan.today, lang),
    null,
  ]);
  const columns: ColumnSpec[] = [
    { header: h.lead },
    { header: h.team },
    { header: h.agentId },
    { header: h.name },
    { header: h.date, kind: 'date', min: 11 },
    { header: h.time, min: 12 },
    { header: h.location },
    { header: h.talkType },
    { header: h.reason, max: 50 },
    { header: h.questions, min: 45, max: 60 },
  ];
  const notes = LEAD_NOTES[lang];
  const ws = addTableSheet(wb, SHEET_NAMES[lang].leads, columns, rows, { lang, landscape: true, title: notes.header });
  const at = rows.length + 3;
  ws.mergeCells(at, 1, at, columns.length);
  const cell = ws.getCell(at, 1);
  cell.value = notes.note;
  cell.font = font(lang, { italic: true });
  cell.alignment = { wrapText: true, vertical: 'top' };
  const row = ws.getRow(at);
  row.height = 32;
  row.commit();
  commitSheet(ws);
}

export function addBacklogSheet(wb: ExcelJS.Workbook, plan: Plan, lang: Lang): void {
  const h = HEADERS[lang].backlog;
  const yes = YES_NO[lang].yes;
  const rows = plan.backlog.map((t) => [
    t.agentId,
    t.name,
    t.team,
    t.lead,
    typeLabel(t, lang),
    reasonsText(t.findings, plan.today, lang),
    t.due,
    t.overdueDays,
    t.core ? yes : '',
    t.backlogReason ? BACKLOG_REASONS[lang][t.backlogReason] : '',
  ]);
  const ws = addTableSheet(
    wb,
    SHEET_NAMES[lang].backlog,
    [
      { header: h.agentId },
      { header: h.name },
      { header: h.team },
      { header: h.lead },
      { header: h.talkType },
      { header: h.reasons, max: 60 },
      { header: h.due, kind: 'date', min: 11 },
      { header: h.overdue, kind: 'int' },
      { header: h.core },
      { header: h.why, max: 40 },
    ],
    rows,
    { lang, landscape: true },
  );
  commitSheet(ws);
}
