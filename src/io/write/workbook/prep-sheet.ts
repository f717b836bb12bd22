import type ExcelJS from 'exceljs';
import type { Standing } from '../../../model/standing.js';
import { kpiTrend, TREND_PERIODS, type Trend, type TrendBasis } from '../../../model/trend.js';
import type { Day, Finding } from '../../../model/types.js';
import { dayToUtcDate } from '../../../model/day.js';
import { evidenceSentences } from '../../../text/evidence.js';
import { AVOID_ON_FORM, avoidFor, questionsFor, QUESTIONS_ON_FORM, type TalkKind, type QuestionBank } from '../../../text/guidance.js';
import { FORM_LABELS } from '../../../text/form-labels.js';
import { lastPlanHeading, planCheckLine } from '../../../text/plan-text.js';
import { changeQuestion } from '../../../text/resolve-text.js';
import { answered, improvementPlan, leadQuestions, outcome, type Typed } from './prep-blocks.js';
import type { FormKey } from './form-fields.js';
import { CATEGORY_LABELS, RULE_LABELS, type Lang } from '../../../text/labels.js';
import { METRIC_LABELS } from '../../../text/metrics.js';
import { METRIC_FORMATS, metricCell } from './metric-cells.js';
import { dayWithWeekday, periodHeading, PREP_LABELS, tenureText } from '../../../text/prep-labels.js';
import { statusLine } from '../../../text/prep-status.js';
import { findingsWorthShowing } from '../../../text/reasons.js';
import { relativeDays } from '../../../text/evidence.js';
import { FormWriter, type Span } from './prep-form.js';
import { prepPrintArea, prepSheetOptions } from './prep-page.js';
import { commitSheet } from './table-sheet.js';
import { sparkline, versusTeam } from './prep-trend.js';

/** Who a prep sheet is for and where they stand this week, as the core decided. */
export interface PrepSubject extends Standing {
  /** What the team lead wrote for this agent in the Team leads sheet. */
  leadQuestions?: string[];
  /** Cells already typed into this form: kept when the form is written again. */
  typed?: Typed;
}

/** Everything shared by the prep sheets of one workbook. */
export interface PrepContext {
  today: Day;
  lang: Lang;
  trend: TrendBasis;
  /** Questions from the config file that replace ours, per talk type. */
  questions?: QuestionBank;
}

// A: labels; B–I: one column per KPI period; J: the in-cell trend.
const WIDTHS = [17, ...Array<number>(TREND_PERIODS).fill(8.5), 15];
/** The form's full width in characters: the span of its full-width cells. */
export const FORM_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);
const LEFT_LABEL: Span = { from: 1, to: 1 };
const LEFT_VALUE: Span = { from: 2, to: 6 };
const RIGHT_LABEL: Span = { from: 7, to: 8 };
const RIGHT_VALUE: Span = { from: 9, to: 10 };

/** The findings worth reading: a routine finding riding along that is not due yet is left out. */
function findings(s: PrepSubject, today: Day): Finding[] {
  return s.talk ? findingsWorthShowing(s.talk.findings, today) : [];
}

/** The talk's types for the guidance; routine when nothing is due. */
function talkKind(s: PrepSubject, today: Day): TalkKind {
  const rules = findings(s, today).map((f) => f.rule);
  return { rules: rules.length ? rules : ['routine'], core: s.core };
}

function header(f: FormWriter, s: PrepSubject, ctx: PrepContext): void {
  const L = PREP_LABELS[ctx.lang];
  const { agent, talk } = s;
  const scheduled = s.status.kind === 'scheduled' && talk?.date;
  const types = talkKind(s, ctx.today).rules.map((r) => RULE_LABELS[ctx.lang][r]).join(' · ');
  f.title(L.titleFor(`${agent.id} ${agent.name}`), s.core ? `${types} · ★ ${L.core}` : types);
  const status = statusLine(s.status, ctx.lang);
  if (status) f.line(status, { bold: true, notice: true });
  const pair = (label: string, value: string, label2: string, value2: string | Date) =>
    f.pairs([
      { label, value, at: LEFT_LABEL, valueAt: LEFT_VALUE },
      { label: label2, value: value2, at: RIGHT_LABEL, valueAt: RIGHT_VALUE },
    ]);
  const since = tenureText(agent.hireDate, ctx.today, ctx.lang);
  const tenure = ctx.lang === 'en' ? `${since} (hired ${agent.hireDate})` : `${since}（${agent.hireDate} 入职）`;
  const dash = '–';
  // The title names the agent; time and place share a row so the form keeps to one page.
  const time = scheduled && talk.start ? `${talk.start}–${talk.end ?? ''}` : dash;
  const place = (scheduled && talk.location) || dash;
  pair(L.team, agent.team || dash, L.date, scheduled ? dayWithWeekday(talk.date!, ctx.lang) : dash);
  pair(L.lead, agent.lead || dash, `${L.time} · ${L.place}`, `${time} · ${place}`);
  pair(L.tenure, tenure, L.due, talk ? dayToUtcDate(talk.due) : dash);
}

function purpose(f: FormWriter, s: PrepSubject, ctx: PrepContext): void {
  const shown = findings(s, ctx.today);
  if (shown.length === 0) return;
  f.heading(PREP_LABELS[ctx.lang].purpose);
  for (const finding of shown) {
    // The title names a single type and the header the due date: here the facts, and the delay when overdue.
    if (shown.length > 1) f.line(RULE_LABELS[ctx.lang][finding.rule], { bold: true });
    const sentences = evidenceSentences(finding, ctx.today, ctx.lang);
    const overdue = finding.due < ctx.today;
    for (const sentence of overdue ? sentences : sentences.slice(0, -1)) f.line(sentence, { indent: 1 });
  }
}

function trend(f: FormWriter, t: Trend, ctx: PrepContext): void {
  const L = PREP_LABELS[ctx.lang];
  f.heading(L.trend(t.periods.length, t.kind));
  if (t.rows.length === 0) {
    f.line(L.noKpi, { italic: true });
    return;
  }
  const pad = Array<null>(TREND_PERIODS - t.periods.length).fill(null);
  // Real numbers in the metric's format (a rate as a fraction shown as %), so they sort and chart; '–' for no data.
  const show = (m: (typeof t.rows)[number]['metric'], v: number | undefined) => metricCell(m, v) ?? '–';
  f.tableRow([L.metric, ...t.periods.map((p) => periodHeading(p, t.kind, ctx.lang)), ...pad, L.visual], { bold: true });
  for (const r of t.rows) {
    const formats = [undefined, ...r.agent.map(() => METRIC_FORMATS[r.metric])];
    f.tableRow([METRIC_LABELS[ctx.lang][r.metric], ...r.agent.map((v) => show(r.metric, v)), ...pad, sparkline(r.agent)], { formats });
    f.tableRow([`  ${L.teamMedian}`, ...r.team.map((v) => show(r.metric, v)), ...pad, versusTeam(r.agent, r.team, ctx.trend.higherIsBetter[r.metric])], { grey: true, formats });
  }
  f.line(L.legend, { small: true, italic: true });
}

function lastTalk(f: FormWriter, s: PrepSubject, ctx: PrepContext): void {
  const L = PREP_LABELS[ctx.lang];
  f.heading(L.lastTalk);
  const up = s.followUp;
  if (!s.lastTalk) {
    f.line(L.noTalk, { indent: 1 });
    return;
  }
  const last = s.lastTalk.date;
  const ago = relativeDays(last, ctx.today, ctx.lang);
  const type = s.lastTalk.rule ? ` · ${ruleLabel(s.lastTalk.rule, ctx.lang)}` : '';
  f.line(ctx.lang === 'en' ? `${dayWithWeekday(last, ctx.lang)} (${ago})${type}` : `${dayWithWeekday(last, ctx.lang)}，${ago}${type}`, { indent: 1 });
  if (!up) return;
  if (up.plan) {
    f.line(lastPlanHeading(up.plan, ctx.lang), { indent: 1, bold: true });
    if (up.check) f.line(planCheckLine(up.check, ctx.lang), { indent: 2 });
  }
  if (up.issues.length === 0) {
    f.line(L.noFollowUps, { indent: 1 });
    return;
  }
  f.line(L.followUpsFrom(up.date, ruleLabel(up.rule, ctx.lang)), { indent: 1 });
  f.bullets(
    up.issues.map((i) => `${categoryLabel(i.category, ctx.lang)}${ctx.lang === 'en' ? ': ' : '：'}${i.text}`),
    2,
  );
}

function ruleLabel(rule: string, lang: Lang): string {
  return (RULE_LABELS[lang] as Record<string, string>)[rule] ?? rule;
}

function categoryLabel(category: string, lang: Lang): string {
  return (CATEGORY_LABELS[lang] as Record<string, string>)[category] ?? category;
}

function guidance(f: FormWriter, s: PrepSubject, ctx: PrepContext): void {
  const L = PREP_LABELS[ctx.lang];
  const kind = talkKind(s, ctx.today);
  f.heading(L.questions);
  // First how a change made about an issue the agent raised works for them (talks resolve).
  const changes = (s.followUp?.changes ?? []).map((c) => changeQuestion(c, ctx.lang));
  answered(f, [...changes, ...questionsFor(kind, ctx.lang, ctx.questions, QUESTIONS_ON_FORM)].slice(0, QUESTIONS_ON_FORM), ctx.lang);
  f.heading(`${FORM_LABELS[ctx.lang].avoidTop} · ${FORM_LABELS[ctx.lang].seeHowToRun}`);
  f.bullets(avoidFor(kind, ctx.lang).slice(0, AVOID_ON_FORM));
}

/** The talk this form records: only a scheduled talk has one. */
function formKey(s: PrepSubject): string | undefined {
  const t = s.talk;
  if (s.status.kind !== 'scheduled' || !t?.date) return undefined;
  const key: FormKey = { agentId: s.agent.id, name: s.agent.name, team: s.agent.team, lead: s.agent.lead, date: t.date, rule: t.rule };
  return JSON.stringify(key);
}

/**
 * One printable prep sheet: profile, purpose, KPI trend, last talk, guidance, plan and outcome.
 * Written top to bottom and committed when done, so a streamed workbook writes it out at once.
 */
export function addPrepSheet(wb: ExcelJS.Workbook, name: string, s: PrepSubject, ctx: PrepContext): ExcelJS.Worksheet {
  const when = s.status.kind === 'scheduled' && s.talk?.date ? s.talk.date : ctx.today;
  const ws = wb.addWorksheet(name, prepSheetOptions({ title: `${s.agent.id} ${s.agent.name}`, date: when, lang: ctx.lang }));
  const f = new FormWriter(ws, WIDTHS);
  const key = formKey(s);
  if (key) f.key(key);
  header(f, s, ctx);
  purpose(f, s, ctx);
  const t = kpiTrend(ctx.trend, s.agent);
  trend(f, t, ctx);
  lastTalk(f, s, ctx);
  leadQuestions(f, s.leadQuestions ?? [], ctx.lang);
  guidance(f, s, ctx);
  improvementPlan(f, t.rows.map((r) => r.metric), ctx.lang, s.typed ?? {});
  outcome(f, ctx.lang, s.typed ?? {});
  prepPrintArea(ws, f.row - 1, f.lastCol);
  commitSheet(ws);
  return ws;
}
