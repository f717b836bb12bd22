import type ExcelJS from 'exceljs';
import { warningText } from '../../text/warnings.js';
import type { Plan } from '../../model/plan.js';
import type { MetricId, Talk } from '../../model/types.js';
import { HEADERS, WORDS } from '../../text/headers.js';
import { CATEGORY_LABELS, RULE_LABELS, SCHEDULE_COLUMNS, SCHEDULE_HEADERS, SHEET_NAMES, YES_NO, type Lang } from '../../text/labels.js';
import { formatMetric, METRIC_LABELS } from '../../text/metrics.js';
import { LEAD_NOTES } from '../../text/lead-notes.js';
import { BACKLOG_REASONS, reasonsText } from '../../text/reasons.js';
import { addTableSheet, commitSheet, type ColumnSpec, type TableValue } from './table-sheet.js';

/** Rows the manager can add by hand below the planned talks keep their drop-downs. */
const SPARE_ROWS = 20;

function typeLabel(t: Talk, lang: Lang): string {
  return RULE_LABELS[lang][t.rule];
}

export function addScheduleSheet(wb: ExcelJS.Workbook, plan: Plan, lang: Lang): void {
  const h = SCHEDULE_HEADERS[lang];
  const yes = YES_NO[lang];
  const spec: Record<(typeof SCHEDULE_COLUMNS)[number], ColumnSpec> = {
    agentId: { header: h.agentId },
    name: { header: h.name },
    team: { header: h.team },
    lead: { header: h.lead },
    date: { header: h.date, kind: 'date', min: 11 },
    start: { header: h.start },
    end: { header: h.end },
    location: { header: h.location },
    talkType: { header: h.talkType },
    reasons: { header: h.reasons, max: 45 },
    due: { header: h.due, kind: 'date', min: 11 },
    core: { header: h.core },
    held: { header: h.held, list: [yes.yes, yes.no] },
    heldOn: { header: h.heldOn, kind: 'date', min: 11, validateDate: true },
    category: { header: h.category, list: Object.values(CATEGORY_LABELS[lang]), min: 16 },
    issue: { header: h.issue, min: 20, max: 40 },
    notes: { header: h.notes, min: 20, max: 40 },
  };
  const rows: TableValue[][] = plan.talks.map((t) => {
    const v: Record<(typeof SCHEDULE_COLUMNS)[number], TableValue> = {
      agentId: t.agentId,
      name: t.name,
      team: t.team,
      lead: t.lead,
      date: t.date,
      start: t.start,
      end: t.end,
      location: t.location,
      talkType: typeLabel(t, lang),
      reasons: reasonsText(t.findings, plan.today, lang),
      due: t.due,
      core: t.core ? yes.yes : '',
      held: null,
      heldOn: null,
      category: null,
      issue: null,
      notes: null,
    };
    return SCHEDULE_COLUMNS.map((c) => v[c]);
  });
  commitSheet(addTableSheet(wb, SHEET_NAMES[lang].schedule, SCHEDULE_COLUMNS.map((c) => spec[c]), rows, { landscape: true, blankRows: SPARE_ROWS }));
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
  const ws = addTableSheet(wb, SHEET_NAMES[lang].leads, columns, rows, { landscape: true, header: notes.header });
  const at = rows.length + 3;
  ws.mergeCells(at, 1, at, columns.length);
  const cell = ws.getCell(at, 1);
  cell.value = notes.note;
  cell.font = { italic: true };
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
    { landscape: true },
  );
  commitSheet(ws);
}

/** Excel formats for metric values written as numbers: rates 0–100, AHT as a time, counts. */
const METRIC_FORMATS: Record<MetricId, string> = {
  calls: '#,##0',
  aht: '[m]:ss',
  csat: '0.0"%"',
  qa: '0.0',
  fcr: '0.0"%"',
  adherence: '0.0"%"',
  conversion: '0.0"%"',
};

/** A metric as a number for its format: AHT seconds become a fraction of a day (an Excel time). */
function metricCell(metric: MetricId, v: number): number {
  if (metric === 'aht') return Math.round(v) / 86_400;
  if (metric === 'calls') return Math.round(v);
  return Math.round(v * 10) / 10;
}

export function addRankingSheet(wb: ExcelJS.Workbook, plan: Plan, lang: Lang): void {
  const h = HEADERS[lang].ranking;
  const w = WORDS[lang];
  const yes = YES_NO[lang].yes;
  const metrics = plan.kpi.metrics();
  const byId = new Map(plan.agents.map((a) => [a.id, a]));
  const notes = { left: w.left, tenure: w.tenure, 'no-kpi': w.noKpi } as const;
  const rows = plan.ranking.ordered.map((r) => {
    const a = byId.get(r.agentId);
    return [
      r.rank,
      r.agentId,
      a?.name ?? '',
      a?.team ?? '',
      r.score,
      r.percentile,
      r.top ? yes : '',
      r.core ? yes : '',
      ...metrics.map((m) => (r.metrics[m] === undefined ? null : metricCell(m, r.metrics[m]!))),
      r.reason ? notes[r.reason] : '',
    ];
  });
  const ws = addTableSheet(
    wb,
    SHEET_NAMES[lang].ranking,
    [
      { header: h.rank, kind: 'int' },
      { header: h.agentId },
      { header: h.name },
      { header: h.team },
      { header: h.score, kind: 'number' },
      { header: h.percentile, kind: 'number' },
      { header: h.top },
      { header: h.core },
      ...metrics.map((m) => ({ header: METRIC_LABELS[lang][m], kind: 'number' as const, numFmt: METRIC_FORMATS[m], display: 9 })),
      { header: h.note, max: 40 },
    ],
    rows,
    { landscape: true },
  );
  commitSheet(ws);
}

export function addSwingsSheet(wb: ExcelJS.Workbook, plan: Plan, lang: Lang): void {
  const h = HEADERS[lang].swings;
  const w = WORDS[lang];
  const byId = new Map(plan.agents.map((a) => [a.id, a]));
  const swings = [...plan.swings.values()].sort((a, b) => Math.abs(b.size) - Math.abs(a.size) || a.agentId.localeCompare(b.agentId));
  const rows = swings.map((s) => [
    s.agentId,
    byId.get(s.agentId)?.name ?? '',
    byId.get(s.agentId)?.team ?? '',
    s.direction === 'up' ? w.up : w.down,
    s.size,
    s.period,
    s.baseline,
    s.latest,
    s.drivers.map((d) => `${METRIC_LABELS[lang][d.metric]} ${formatMetric(d.metric, d.from)} → ${formatMetric(d.metric, d.to)}`).join('; '),
  ]);
  const ws = addTableSheet(
    wb,
    SHEET_NAMES[lang].swings,
    [
      { header: h.agentId },
      { header: h.name },
      { header: h.team },
      { header: h.direction },
      { header: h.size, kind: 'number' },
      { header: h.period, kind: 'date', min: 11 },
      { header: h.baseline, kind: 'number' },
      { header: h.latest, kind: 'number' },
      { header: h.drivers, max: 60 },
    ],
    rows,
    { landscape: true },
  );
  commitSheet(ws);
}

export function addCheckSheet(wb: ExcelJS.Workbook, plan: Plan, lang: Lang): void {
  const h = HEADERS[lang].check;
  const w = WORDS[lang];
  const rows = plan.warnings.map((x) => [x.code.startsWith('note-') ? w.note : w.warning, x.file, x.sheet, x.row, x.column, warningText(x, lang)]);
  const ws = addTableSheet(
    wb,
    SHEET_NAMES[lang].check,
    [
      { header: h.level },
      { header: h.file, max: 40 },
      { header: h.sheet },
      { header: h.row, kind: 'int' },
      { header: h.column },
      { header: h.message, min: 40, max: 90 },
    ],
    rows,
    { landscape: true },
  );
  commitSheet(ws);
}
