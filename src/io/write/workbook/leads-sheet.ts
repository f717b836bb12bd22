import type ExcelJS from 'exceljs';
import { dayToUtcDate } from '../../../model/day.js';
import type { Plan } from '../../../model/plan.js';
import type { Talk } from '../../../model/types.js';
import { HEADERS } from '../../../text/headers.js';
import { RULE_LABELS, SHEET_NAMES, type Lang } from '../../../text/labels.js';
import { LEAD_NOTES } from '../../../text/lead-notes.js';
import { PRINT_LABELS } from '../../../text/print-labels.js';
import { reasonsText } from '../../../text/reasons.js';
import { textWidth } from '../../../text/width.js';
import { LEADS_CODE, type LeadRowKey } from './form-fields.js';
import { BOX, COLOURS, fill, font, headerFooter, pageSetup } from './style.js';
import { commitSheet } from './table-sheet.js';
import { formSheetOf, type FormRowLike, type FormSheetLike } from './form-sheet.js';

const FONT_SIZE = 11;
const LINE = Math.ceil(FONT_SIZE * 1.3);
/** Lines of room each agent's question cell gets, for a lead who writes by hand. */
const QUESTION_LINES = 3;

interface Column {
  header: string;
  width: number;
  value: (t: Talk) => ExcelJS.CellValue;
  numFmt?: string;
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, Math.ceil(n)));
const widest = (talks: Talk[], f: (t: Talk) => string, header: string) => Math.max(textWidth(header) / 2, ...talks.map((t) => textWidth(f(t)))) + 2;

function columns(talks: Talk[], plan: Plan, lang: Lang): Column[] {
  const h = HEADERS[lang].leads;
  const type = (t: Talk) => RULE_LABELS[lang][t.rule];
  return [
    { header: h.team, width: clamp(widest(talks, (t) => t.team, h.team), 8, 16), value: (t) => t.team || null },
    { header: h.agentId, width: clamp(widest(talks, (t) => t.agentId, h.agentId), 7, 12), value: (t) => t.agentId },
    { header: h.name, width: clamp(widest(talks, (t) => t.name, h.name), 10, 22), value: (t) => t.name },
    { header: h.date, width: 11, value: (t) => (t.date ? dayToUtcDate(t.date) : null), numFmt: PRINT_LABELS[lang].weekdayFormat },
    { header: h.time, width: 12, value: (t) => (t.start && t.end ? `${t.start}–${t.end}` : (t.start ?? null)) },
    { header: h.location, width: clamp(widest(talks, (t) => t.location ?? '', h.location), 8, 16), value: (t) => t.location ?? null },
    { header: h.talkType, width: clamp(widest(talks, type, h.talkType), 8, 18), value: type },
    { header: h.reason, width: 34, value: (t) => reasonsText(t.findings, plan.today, lang) || null },
    { header: LEAD_NOTES[lang].questions, width: 36, value: () => null },
  ];
}

function linesOf(v: ExcelJS.CellValue, width: number): number {
  if (typeof v !== 'string') return 1;
  return v.split('\n').reduce((n, seg) => n + Math.max(1, Math.ceil(textWidth(seg) / Math.max(1, width - 1))), 0);
}

/** The leads in name order, each with their talks by day and time. */
function byLead(plan: Plan): [string, Talk[]][] {
  const leads = new Map<string, Talk[]>();
  for (const t of plan.talks) if (t.lead) leads.set(t.lead, [...(leads.get(t.lead) ?? []), t]);
  const order = (a: Talk, b: Talk) => (a.date ?? '').localeCompare(b.date ?? '') || (a.start ?? '').localeCompare(b.start ?? '') || a.agentId.localeCompare(b.agentId);
  return [...leads.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([lead, talks]) => [lead, talks.sort(order)]);
}

/** A full-width text row (merged across the visible columns). */
function banner(ws: FormSheetLike, text: string, style: Partial<ExcelJS.Font>, cols: Column[], lines: number): FormRowLike {
  const row = ws.addRow([text]);
  ws.mergeCells(row.number, 1, row.number, cols.length);
  const cell = row.getCell(1);
  cell.font = style;
  cell.alignment = { wrapText: true, vertical: 'top' };
  row.height = Math.ceil(lines * (style.size ?? FONT_SIZE) * 1.3 + 4);
  return row;
}

/** Writes one lead's page; returns its last row. */
function leadPage(ws: FormSheetLike, lead: string, talks: Talk[], cols: Column[], ctx: { plan: Plan; lang: Lang; first: boolean }): number {
  const notes = LEAD_NOTES[ctx.lang];
  const teams = [...new Set(talks.map((t) => t.team).filter(Boolean))].join(', ');
  const total = cols.reduce((n, c) => n + c.width, 0);
  const heading = banner(ws, notes.heading(lead, teams), font(ctx.lang, { size: 14, bold: true }), cols, 1);
  if (ctx.first) heading.getCell(cols.length + 1).value = LEADS_CODE;
  heading.commit();
  banner(ws, notes.note, font(ctx.lang, { size: FONT_SIZE, italic: true }), cols, linesOf(notes.note, total)).commit();
  const header = ws.addRow(cols.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = font(ctx.lang, { size: FONT_SIZE, bold: true });
    cell.fill = fill(COLOURS.header);
    cell.border = { bottom: BOX.bottom };
    cell.alignment = { vertical: 'bottom', wrapText: true };
  });
  header.height = Math.ceil(Math.max(...cols.map((c) => linesOf(c.header, c.width))) * LINE + 4);
  header.commit();
  let last = header.number;
  talks.forEach((t, i) => {
    const key: LeadRowKey = { agentId: t.agentId, date: t.date ?? '', rule: t.rule };
    const values = cols.map((c) => c.value(t));
    const row = ws.addRow([...values, JSON.stringify(key)]);
    const question = row.getCell(cols.length);
    question.fill = fill(COLOURS.input);
    question.border = BOX;
    row.height = Math.max(QUESTION_LINES, ...values.map((v, i) => linesOf(v, cols[i].width))) * LINE + 3;
    if (i === talks.length - 1) row.addPageBreak();
    row.commit();
    last = row.number;
  });
  return last;
}

/**
 * One page per team lead, to print or send to each lead: their agents' talks this week and a
 * shaded cell per agent for the lead's questions (`talks prep PLAN.xlsx` carries them onto the
 * prep forms). Only that lead's agents are on their page; a page break follows each lead. The
 * hidden column after the questions holds the codes `talks prep` reads.
 */
export function addLeadsSheet(wb: ExcelJS.Workbook, plan: Plan, lang: Lang): void {
  const leads = byLead(plan);
  const cols = columns(leads.flatMap(([, t]) => t), plan, lang);
  const ws = wb.addWorksheet(SHEET_NAMES[lang].leads, {
    views: [{ showGridLines: false }],
    pageSetup: pageSetup('landscape'),
    headerFooter: headerFooter(lang, { title: LEAD_NOTES[lang].header, right: `${plan.week.start} – ${plan.week.end}` }),
  });
  cols.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    col.font = font(lang, { size: FONT_SIZE });
    col.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    if (c.numFmt) col.numFmt = c.numFmt;
  });
  ws.getColumn(cols.length + 1).hidden = true;
  // Rows straight to XML in a streamed workbook (form-sheet.ts), exceljs's own rows in memory.
  const sheet = formSheetOf(ws);
  let last = 1;
  for (const [i, [lead, talks]] of leads.entries()) last = leadPage(sheet, lead, talks, cols, { plan, lang, first: i === 0 });
  if (leads.length === 0) banner(sheet, PRINT_LABELS[lang].week.noTalks, font(lang, { italic: true }), cols, 1).commit();
  ws.pageSetup.printArea = `A1:${ws.getColumn(cols.length).letter}${last}`;
  commitSheet(ws);
}
