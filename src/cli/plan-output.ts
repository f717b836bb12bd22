import type { Plan } from '../model/plan.js';
import type { Talk, Warning } from '../model/types.js';
import { RULE_LABELS, type Lang } from '../text/labels.js';
import { BACKLOG_REASONS, reasonsText } from '../text/reasons.js';
import { renderCsv, renderJson, renderTable, type Scalar } from './render.js';
import { leftOutNote } from '../text/narrow.js';
import { isoWeekday } from '../model/day.js';
import { PLAN_LINES } from '../text/plan-lines.js';

export function talkJson(t: Talk, plan: Plan, lang: Lang) {
  const reasons = reasonsText(t.findings, plan.today, lang);
  return {
    agentId: t.agentId,
    name: t.name,
    team: t.team,
    lead: t.lead,
    rule: t.rule,
    rules: t.rules,
    due: t.due,
    overdueDays: t.overdueDays,
    core: t.core,
    date: t.date,
    start: t.start,
    end: t.end,
    location: t.location,
    why: t.backlogReason ? `${BACKLOG_REASONS[lang][t.backlogReason]}: ${reasons}` : reasons,
  };
}

/** A warning as the JSON contracts give it: its English text and where, no rendering args. */
export function warningJson(w: Warning) {
  const out: Warning = { code: w.code, message: w.message };
  if (w.file !== undefined) out.file = w.file;
  if (w.sheet !== undefined) out.sheet = w.sheet;
  if (w.row !== undefined) out.row = w.row;
  if (w.column !== undefined) out.column = w.column;
  return out;
}

/** The spec's `plan` JSON document, plus the cadence forecast as `coverage`. */
export function planJson(plan: Plan, lang: Lang): string {
  return renderJson({
    week: plan.week,
    talks: plan.talks.map((t) => talkJson(t, plan, lang)),
    backlog: plan.backlog.map((t) => talkJson(t, plan, lang)),
    warnings: plan.warnings.map(warningJson),
    coverage: plan.coverage,
  });
}

export const CSV_HEADERS = ['agentId', 'name', 'team', 'lead', 'rule', 'rules', 'due', 'overdueDays', 'core', 'date', 'start', 'end', 'location', 'why'];

export function csvRows(plan: Plan, lang: Lang): Scalar[][] {
  return plan.talks.map((t) => {
    const j = talkJson(t, plan, lang);
    return [j.agentId, j.name, j.team, j.lead, j.rule, j.rules.join(' '), j.due, j.overdueDays, j.core, j.date, j.start, j.end, j.location, j.why];
  });
}

export function planCsv(plan: Plan, lang: Lang): string {
  return renderCsv(CSV_HEADERS, csvRows(plan, lang));
}

/** `A009 Chloe Bennett ★` (★ = core staff); the id alone when the roster has no names. */
function agentLabel(t: Talk): string {
  return `${t.agentId}${t.name && t.name !== t.agentId ? ` ${t.name}` : ''}${t.core ? ' ★' : ''}`;
}

/** The week at a glance for a person at a terminal. */
/** `10-23 (32d late)`: the year only when it is not the planned week's. */
function dueText(t: Talk, plan: Plan, lang: Lang): string {
  const due = t.due.slice(0, 4) === plan.week.start.slice(0, 4) ? t.due.slice(5) : t.due;
  return t.overdueDays <= 0 ? due : PLAN_LINES[lang].late(due, t.overdueDays);
}

/** Backlog rows shown on the terminal; the workbook's Backlog sheet has them all. */
const BACKLOG_SHOWN = 15;

export function planTable(plan: Plan, lang: Lang, color: boolean, width?: number, workbook = true): string {
  const T = PLAN_LINES[lang];
  const rows: Scalar[][] = plan.talks.map((t) => [
    `${T.dayNames[isoWeekday(t.date!) - 1]} ${t.date!.slice(5)}`,
    `${t.start}–${t.end}`,
    agentLabel(t),
    t.team,
    RULE_LABELS[lang][t.rule],
    dueText(t, plan, lang),
    t.location,
    reasonsText(t.findings, plan.today, lang),
  ]);
  const head = T.head({ start: plan.week.start, end: plan.week.end, talks: plan.talks.length, backlog: plan.backlog.length, core: plan.talks.some((t) => t.core) });
  const parts = [head];
  // What the terminal leaves out is in the workbook; with --no-workbook, the talks' columns are in
  // --format csv and the backlog in --format json.
  const note = (rest: 'csv' | 'json') => (left: string[]) => leftOutNote(lang, left, workbook ? 'workbook' : rest);
  // Where, Team, then Due leave first: the Schedule sheet has them.
  if (rows.length) parts.push(renderTable(T.tableHeaders, rows, color, width, { drop: [6, 3, 5], note: note('csv') }));
  if (plan.backlog.length) {
    parts.push(T.backlog);
    const shown = plan.backlog.slice(0, BACKLOG_SHOWN).map((t) => backlogRow(t, plan, lang));
    parts.push(renderTable(T.backlogHeaders, shown, color, width, { drop: [1], note: note('json') }));
    const more = plan.backlog.length - shown.length;
    if (more > 0) parts.push(workbook ? T.moreBacklog(more) : T.moreBacklogListed(more));
  }
  return `${parts.join('\n')}\n`;
}

function backlogRow(t: Talk, plan: Plan, lang: Lang): Scalar[] {
  return [
    agentLabel(t),
    t.team,
    RULE_LABELS[lang][t.rule],
    t.due,
    t.backlogReason ? BACKLOG_REASONS[lang][t.backlogReason] : '',
  ];
}
