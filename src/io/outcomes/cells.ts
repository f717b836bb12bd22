import fs from 'node:fs';
import type ExcelJS from 'exceljs';
import { excelWorkbook } from '../exceljs.js';
import { TalksError } from '../../errors.js';
import { checkPackage } from '../read/xlsx/package-check.js';
import { excelSerialToDay, makeDay, utcDateToDay } from '../../model/day.js';
import { RULE_IDS, type Day, type RuleId } from '../../model/types.js';
import { CATEGORY_LABELS, ISSUE_CATEGORIES, LANGS, RULE_LABELS, YES_NO, keyForLabel, type IssueCategory } from '../../text/labels.js';
import type { FieldCode } from '../write/workbook/form-fields.js';
import type { CellRef, Problem, ProblemCode } from '../../model/outcome-problems.js';

export type Plain = string | number | boolean | Date | null;

/** One typed value, parsed: a boolean for Held, a day for dates, a category id, else the text. */
export interface TypedValue {
  value: string | boolean;
  raw: string;
  at: CellRef;
}

/** What one place (a Schedule row or a prep form) says about one talk. */
export interface Draft {
  agentId: string;
  date: Day;
  rule: RuleId;
  name: string;
  team: string;
  lead: string;
  values: Partial<Record<FieldCode, TypedValue>>;
  /** A Schedule row's agent-id cell, for a duplicate's message. */
  keyAt?: CellRef;
}

/** A plan workbook of 5,000 agents unzips to a few tens of MiB; exceljs holds all of it in memory. */
const MAX_PLAN_UNZIPPED = 256 * 1024 * 1024;

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
    throw new TalksError('file-missing', 'this file does not exist.', { file, hint: 'Check the path of the plan workbook.' });
  }
  const wb = new (excelWorkbook())();
  try {
    await checkPackage(file, MAX_PLAN_UNZIPPED);
    await wb.xlsx.readFile(file);
  } catch (e) {
    if (e instanceof TalksError) throw e;
    throw new TalksError('not-xlsx', 'this file is not an Excel workbook (.xlsx) that can be read.', {
      file,
      hint: 'Pass the plan workbook written by "talks plan", saved as .xlsx.',
    });
  }
  return wb;
}

export function plain(v: ExcelJS.CellValue): Plain {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v !== 'object') return v;
  if ('formula' in v || 'sharedFormula' in v) return plain(v.result ?? null);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return v.text;
  if ('error' in v) return v.error;
  return null;
}

export function text(v: Plain): string {
  if (v === null) return '';
  if (v instanceof Date) return utcDateToDay(v);
  return String(v).trim();
}

const SLASH_DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

export function parseDay(v: Plain): Day | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : utcDateToDay(v);
  if (typeof v === 'number') return excelSerialToDay(v);
  const m = SLASH_DAY.exec(text(v));
  return m ? makeDay(+m[1], +m[2], +m[3]) : undefined;
}

const HELD_WORDS = new Map<string, boolean>([
  ['y', true], ['n', false], ['true', true], ['false', false],
  ...LANGS.flatMap((l): [string, boolean][] => [[YES_NO[l].yes.toLowerCase(), true], [YES_NO[l].no.toLowerCase(), false]]),
]);

function parseHeld(v: Plain): boolean | undefined {
  if (typeof v === 'boolean') return v;
  return HELD_WORDS.get(text(v).toLowerCase());
}

export function parseRule(s: string): RuleId | undefined {
  return (RULE_IDS as readonly string[]).includes(s) ? (s as RuleId) : keyForLabel(RULE_LABELS, s);
}

export function parseCategory(s: string): IssueCategory | undefined {
  return (ISSUE_CATEGORIES as readonly string[]).includes(s) ? (s as IssueCategory) : keyForLabel(CATEGORY_LABELS, s);
}

const DATE_FIELDS: ReadonlySet<FieldCode> = new Set(['heldOn', 'plan.review']);

/**
 * Parses one typed outcome cell by its field; an empty cell gives undefined, a bad one a
 * problem. Free text is kept as typed (trimmed).
 */
export function parseField(code: FieldCode, v: Plain, at: CellRef, problems: Problem[]): TypedValue | undefined {
  const raw = text(v);
  if (raw === '') return undefined;
  const bad = (c: ProblemCode): undefined => void problems.push({ code: c, at, value: raw });
  if (code === 'held') {
    const held = parseHeld(v);
    return held === undefined ? bad('bad-held') : { value: held, raw, at };
  }
  if (DATE_FIELDS.has(code)) {
    const day = parseDay(v);
    return day === undefined ? bad('bad-date') : { value: day, raw, at };
  }
  if (code.endsWith('.category')) {
    const category = parseCategory(raw);
    return category === undefined ? bad('bad-category') : { value: category, raw, at };
  }
  return { value: raw, raw, at };
}
