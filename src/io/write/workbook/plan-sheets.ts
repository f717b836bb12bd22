import type ExcelJS from 'exceljs';
import type { Plan } from '../../../model/plan.js';
import type { Talk } from '../../../model/types.js';
import { HEADERS } from '../../../text/headers.js';
import { RULE_LABELS, SHEET_NAMES, YES_NO, type Lang } from '../../../text/labels.js';
import { BACKLOG_REASONS, reasonsText } from '../../../text/reasons.js';
import { addTableSheet, commitSheet } from './table-sheet.js';

function typeLabel(t: Talk, lang: Lang): string {
  return RULE_LABELS[lang][t.rule];
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
