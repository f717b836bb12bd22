import type { Plan } from '../model/plan.js';
import type { Talk, Warning } from '../model/types.js';
import { RULE_LABELS, type Lang } from '../text/labels.js';
import { BACKLOG_REASONS, reasonsText } from '../text/reasons.js';
import { renderCsv, renderJson, renderTable, type Scalar } from './render.js';
import { leftOutNote } from '../text/narrow.js';
import { isoWeekday } from '../model/day.js';
import { lateness } from '../text/count.js';

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

const DAY_NAMES: Record<Lang, string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  'zh-CN': ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
};

const TABLE_HEADERS: Record<Lang, string[]> = {
  en: ['Day', 'Time', 'Agent', 'Team', 'Talk type', 'Due', 'Where', 'Why'],
  'zh-CN': ['日期', '时间', '坐席', '班组', '面谈类型', '截止', '地点', '原因'],
};

/** The week at a glance for a person at a terminal. */
/** `10-23 (32d late)`: the year only when it is not the planned week's. */
function dueText(t: Talk, plan: Plan, lang: Lang): string {
  const due = t.due.slice(0, 4) === plan.week.start.slice(0, 4) ? t.due.slice(5) : t.due;
  if (t.overdueDays <= 0) return due;
  return `${due} (${lang === 'en' ? lateness(t.overdueDays) : `逾期${t.overdueDays}天`})`;
}

/** Backlog rows shown on the terminal; the workbook's Backlog sheet has them all. */
const BACKLOG_SHOWN = 15;

export function planTable(plan: Plan, lang: Lang, color: boolean, width?: number): string {
  const rows: Scalar[][] = plan.talks.map((t) => [
    `${DAY_NAMES[lang][isoWeekday(t.date!) - 1]} ${t.date!.slice(5)}`,
    `${t.start}–${t.end}`,
    agentLabel(t),
    t.team,
    RULE_LABELS[lang][t.rule],
    dueText(t, plan, lang),
    t.location,
    reasonsText(t.findings, plan.today, lang),
  ]);
  const head = lang === 'en' ? `Talks for ${plan.week.start} – ${plan.week.end}: ${plan.talks.length} planned, ${plan.backlog.length} in the backlog${plan.talks.some((t) => t.core) ? ' (★ = core staff)' : ''}` : `${plan.week.start} 至 ${plan.week.end} 的面谈：已安排 ${plan.talks.length} 场，待办 ${plan.backlog.length} 场`;
  const parts = [head];
  const note = (left: string[]) => leftOutNote(lang, left, 'workbook');
  // Where, Team, then Due leave first: the Schedule sheet has them.
  if (rows.length) parts.push(renderTable(TABLE_HEADERS[lang], rows, color, width, { drop: [6, 3, 5], note }));
  if (plan.backlog.length) {
    parts.push(lang === 'en' ? 'Backlog:' : '待办：');
    const shown = plan.backlog.slice(0, BACKLOG_SHOWN).map((t) => backlogRow(t, plan, lang));
    parts.push(renderTable(BACKLOG_HEADERS[lang], shown, color, width, { drop: [1], note }));
    const more = plan.backlog.length - shown.length;
    if (more > 0) parts.push(lang === 'en' ? `… and ${more} more: see the Backlog sheet of the workbook.` : `……另有 ${more} 条，见工作簿的“待办”表。`);
  }
  return `${parts.join('\n')}\n`;
}

const BACKLOG_HEADERS: Record<Lang, string[]> = {
  en: ['Agent', 'Team', 'Talk type', 'Due', 'Why not this week'],
  'zh-CN': ['坐席', '班组', '面谈类型', '截止', '本周未安排的原因'],
};

function backlogRow(t: Talk, plan: Plan, lang: Lang): Scalar[] {
  return [
    agentLabel(t),
    t.team,
    RULE_LABELS[lang][t.rule],
    t.due,
    t.backlogReason ? BACKLOG_REASONS[lang][t.backlogReason] : '',
  ];
}
