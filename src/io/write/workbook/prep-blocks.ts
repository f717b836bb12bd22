import type ExcelJS from 'exceljs';
import type { MetricId } from '../../../model/types.js';
import { FORM_LABELS } from '../../../text/form-labels.js';
import { CATEGORY_LABELS, YES_NO, type Lang } from '../../../text/labels.js';
import { METRIC_LABELS } from '../../../text/metrics.js';
import { PREP_LABELS } from '../../../text/prep-labels.js';
import { ISSUE_SLOTS, REF_COLUMN, type FieldCode } from './form-fields.js';
import { formLines, HEADING_HEIGHT, type Cell, type FormWriter, type Span } from './prep-form.js';
import { BOLD } from './prep-styles.js';

/** What was already typed into a form, by code: kept when `talks prep PLAN.xlsx` rewrites it. */
export type Typed = Partial<Record<FieldCode, Cell | Date>>;

const WIDE: Span = { from: 2, to: 10 };

function list(values: string[], title: string, strict = true): ExcelJS.DataValidation {
  return { type: 'list', allowBlank: true, formulae: [`"${values.join(',')}"`], showErrorMessage: strict, errorTitle: title, error: values.join(' / ') };
}

function dateValidation(title: string): ExcelJS.DataValidation {
  const since = new Date(Date.UTC(2000, 0, 1));
  return { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [since], showErrorMessage: true, errorTitle: title, error: 'YYYY-MM-DD' };
}

interface Field {
  code: FieldCode;
  label?: string;
  labelAt?: Span;
  at: Span;
  validation?: ExcelJS.DataValidation;
}

/** One row of labelled, bordered boxes, each coded for `talks record`; `lines` tall. */
function fields(f: FormWriter, row: Field[], typed: Typed, lines: number): void {
  for (const x of row) {
    if (x.label && x.labelAt) f.put(x.labelAt, x.label, BOLD);
    f.input(x.at, x.validation, typed[x.code] ?? null);
    if (x.validation?.type === 'date') f.sheet.getCell(f.row, x.at.from).numFmt = 'yyyy-mm-dd';
    f.mark(x.code, x.at.from);
  }
  f.next([], lines);
}

const A: Span = { from: 1, to: 1 };
const ANSWER_HINT: Partial<ExcelJS.Style> = { font: { size: 8, italic: true, color: { argb: 'FF7F7F7F' } } };
const ANSWER_LINE: Partial<ExcelJS.Style> = { border: { bottom: { style: 'dotted', color: { argb: 'FFA6A6A6' } } } };

/** Numbered questions, each followed by a dotted line to write the answer on. */
export function answered(f: FormWriter, questions: readonly string[], lang: Lang): void {
  for (const [i, q] of questions.entries()) {
    f.numbered([q], i + 1);
    f.put({ from: 2, to: 2 }, FORM_LABELS[lang].answer, ANSWER_HINT);
    f.put({ from: 3, to: 10 }, null, ANSWER_LINE);
    f.next();
  }
}

/** The code of the form's lead-questions cell; its row's hidden L cell holds the text talks wrote there. */
export const LEAD_QUESTIONS_CODE = 'leadQuestions';

/** The lead-questions heading: the questions numbered one per line under it, or a note that there are none yet. */
export function leadQuestionsText(questions: readonly string[], lang: Lang): string {
  const L = FORM_LABELS[lang];
  if (questions.length === 0) return `${L.leadQuestions}${lang === 'en' ? ': ' : '：'}${L.noLeadQuestions}`;
  return [`${L.leadQuestions}${lang === 'en' ? ':' : '：'}`, ...questions.map((q, i) => `${i + 1}. ${q}`)].join('\n');
}

/** The heading's height: one heading line, or 11-point lines for the questions. */
export function leadQuestionsHeight(text: string, width: number): number {
  const lines = formLines(text, width, 1.1);
  return lines === 1 ? HEADING_HEIGHT : lines * 14;
}

/**
 * The team lead's questions from the Team leads sheet, in the block's heading cell, coded so
 * that `talks prep PLAN.xlsx` can write them there later without touching anything else (and
 * without a row of its own: the form stays one page).
 */
export function leadQuestions(f: FormWriter, questions: readonly string[], lang: Lang): void {
  const text = leadQuestionsText(questions, lang);
  f.mark(LEAD_QUESTIONS_CODE, 1);
  f.sheet.getCell(f.row, REF_COLUMN).value = text;
  f.heading(text, leadQuestionsHeight(text, f.width));
}

/** Goal, the metric and target it is measured by, review date, actions, support. */
export function improvementPlan(f: FormWriter, metrics: readonly MetricId[], lang: Lang, typed: Typed): void {
  const L = PREP_LABELS[lang];
  const F = FORM_LABELS[lang];
  f.heading(L.plan);
  fields(f, [{ code: 'plan.goal', label: L.goal, labelAt: A, at: WIDE }], typed, 1.4);
  const names = metrics.map((m) => METRIC_LABELS[lang][m]);
  fields(f, [
    { code: 'plan.metric', label: F.measuredBy, labelAt: A, at: { from: 2, to: 3 }, validation: names.length ? list(names, F.measuredBy, false) : undefined },
    { code: 'plan.target', label: F.target, labelAt: { from: 4, to: 4 }, at: { from: 5, to: 6 } },
    { code: 'plan.review', label: F.review, labelAt: { from: 7, to: 8 }, at: { from: 9, to: 10 }, validation: dateValidation(F.review) },
  ], typed, 1.3);
  fields(f, [{ code: 'plan.actions', label: L.actions, labelAt: A, at: WIDE }], typed, 1.7);
  fields(f, [{ code: 'plan.support', label: L.support, labelAt: A, at: WIDE }], typed, 1.3);
}

/** Held, held on, up to three issues with their category, the note for the lead, the next step, private notes. */
export function outcome(f: FormWriter, lang: Lang, typed: Typed): void {
  const L = PREP_LABELS[lang];
  const F = FORM_LABELS[lang];
  const yes = YES_NO[lang];
  f.heading(L.outcome);
  fields(f, [
    { code: 'held', label: L.held, labelAt: A, at: { from: 2, to: 3 }, validation: list([yes.yes, yes.no], L.held) },
    { code: 'heldOn', label: L.heldOn, labelAt: { from: 7, to: 8 }, at: { from: 9, to: 10 }, validation: dateValidation(L.heldOn) },
  ], typed, 1.3);
  const categories = list(Object.values(CATEGORY_LABELS[lang]), L.category);
  for (const n of ISSUE_SLOTS) {
    fields(f, [
      { code: `issue${n}.category`, label: F.issueN(n), labelAt: A, at: { from: 2, to: 3 }, validation: categories },
      { code: `issue${n}.text`, at: { from: 4, to: 10 } },
    ], typed, 1.3);
  }
  fields(f, [{ code: 'leadNote', label: F.leadNote, labelAt: A, at: WIDE }], typed, 1.4);
  fields(f, [{ code: 'nextStep', label: L.nextStep, labelAt: A, at: WIDE }], typed, 1.3);
  fields(f, [{ code: 'notes', label: F.notesPrivate, labelAt: A, at: WIDE }], typed, 1.7);
}
