import type ExcelJS from 'exceljs';
import type { Plan } from '../../../model/plan.js';
import type { Talk } from '../../../model/types.js';
import { CATEGORY_LABELS, RULE_LABELS, SCHEDULE_COLUMNS, SCHEDULE_HEADERS, SHEET_NAMES, YES_NO, type Lang, type ScheduleColumn } from '../../../text/labels.js';
import { PRINT_LABELS } from '../../../text/print-labels.js';
import { reasonsText } from '../../../text/reasons.js';
import { addTableSheet, commitSheet, type ColumnSpec, type TableValue } from './table-sheet.js';
import { COLOURS, fill, THIN } from './style.js';
import type { TableRow } from './draft-row.js';

/** Rows the manager can add by hand below the planned talks keep their drop-downs. */
const SPARE_ROWS = 20;
/** Printed at 10 points and at least 90% scale on A4 landscape, so never below 9 points. */
const FONT_SIZE = 10;
const DAY_BREAK: Partial<ExcelJS.Border> = { style: 'medium', color: { argb: 'FF44546A' } };

function scheduleColumns(lang: Lang): Record<ScheduleColumn, ColumnSpec> {
  const h = SCHEDULE_HEADERS[lang];
  const yes = YES_NO[lang];
  return {
    agentId: { header: h.agentId, max: 6 },
    name: { header: h.name, max: 12 },
    team: { header: h.team, max: 8 },
    lead: { header: h.lead, max: 9 },
    date: { header: h.date, kind: 'weekday', display: 9 },
    start: { header: h.start, kind: 'time', min: 6, max: 6 },
    end: { header: h.end, kind: 'time', min: 6, max: 6 },
    location: { header: h.location, max: 8 },
    talkType: { header: h.talkType, max: 9 },
    reasons: { header: h.reasons, max: 19 },
    due: { header: h.due, kind: 'date', min: 11, max: 11 },
    core: { header: h.core, max: 5 },
    held: { header: h.held, list: [yes.yes, yes.no], input: true, min: 5, max: 5 },
    heldOn: { header: h.heldOn, kind: 'date', validateDate: true, input: true, min: 10, max: 10 },
    category: { header: h.category, list: Object.values(CATEGORY_LABELS[lang]), input: true, min: 12, max: 12 },
    issue: { header: h.issue, input: true, min: 11, max: 11 },
    notes: { header: h.notes, input: true, min: 11, max: 11 },
  };
}

function scheduleRow(t: Talk, plan: Plan, lang: Lang): TableValue[] {
  const v: Record<ScheduleColumn, TableValue> = {
    agentId: t.agentId,
    name: t.name,
    team: t.team,
    lead: t.lead,
    date: t.date,
    start: t.start,
    end: t.end,
    location: t.location,
    talkType: RULE_LABELS[lang][t.rule],
    reasons: reasonsText(t.findings, plan.today, lang),
    due: t.due,
    core: t.core ? YES_NO[lang].yes : '',
    held: null,
    heldOn: null,
    category: null,
    issue: null,
    notes: null,
  };
  return SCHEDULE_COLUMNS.map((c) => v[c]);
}

const byDay = (a: Talk, b: Talk): number => (a.date ?? '').localeCompare(b.date ?? '') || (a.start ?? '').localeCompare(b.start ?? '');

/**
 * Shades every other day, rules a line above each new day, marks overdue due dates red and core
 * staff gold; the outcome columns keep their own shading (the place to write).
 */
function dayStyler(talks: Talk[]): (row: TableRow, index: number) => void {
  const col = (c: ScheduleColumn) => SCHEDULE_COLUMNS.indexOf(c) + 1;
  const fixed = col('core');
  let dayIndex = -1;
  return (row, i) => {
    const t = talks[i];
    const newDay = i === 0 || t.date !== talks[i - 1].date;
    if (newDay) dayIndex++;
    for (let c = 1; c <= SCHEDULE_COLUMNS.length; c++) {
      const cell = row.getCell(c);
      if (c <= fixed) cell.border = { bottom: { ...THIN, color: { argb: 'FFD9D9D9' } } };
      if (c <= fixed && dayIndex % 2 === 1) cell.fill = fill(COLOURS.band);
      if (newDay && i > 0) cell.border = { ...cell.border, top: DAY_BREAK };
    }
    if (t.overdueDays > 0) {
      const due = row.getCell(col('due'));
      due.font = { ...due.font, color: { argb: COLOURS.overdueText } };
      due.fill = fill(COLOURS.overdue);
    }
    if (t.core) for (const c of [col('name'), col('core')]) row.getCell(c).fill = fill(COLOURS.core);
  };
}

/** One row per talk, grouped by day: the sheet the manager fills in and `talks record` reads back. */
export function addScheduleSheet(wb: ExcelJS.Workbook, plan: Plan, lang: Lang): void {
  const talks = [...plan.talks].sort(byDay);
  const spec = scheduleColumns(lang);
  const l = PRINT_LABELS[lang];
  const ws = addTableSheet(
    wb,
    SHEET_NAMES[lang].schedule,
    SCHEDULE_COLUMNS.map((c) => spec[c]),
    talks.map((t) => scheduleRow(t, plan, lang)),
    {
      lang,
      landscape: true,
      blankRows: SPARE_ROWS,
      fontSize: FONT_SIZE,
      weekdayFormat: l.weekdayFormat,
      minLines: 3,
      right: `${plan.week.start} – ${plan.week.end}`,
      legend: [l.legend.overdue, l.legend.core, l.legend.fillIn].join('  ·  '),
      decorate: dayStyler(talks),
    },
  );
  commitSheet(ws);
}
