import fs from 'node:fs';
import { columnLetter } from '../columns/header.js';
import ExcelJS from 'exceljs';
import { TalksError } from '../errors.js';
import { checkPackage } from './xlsx/package-check.js';
import type { OutcomeRow } from '../model/archive.js';
import { excelSerialToDay, makeDay, utcDateToDay } from '../model/day.js';
import { RULE_IDS, type Day, type RuleId } from '../model/types.js';
import {
  CATEGORY_LABELS,
  ISSUE_CATEGORIES,
  LANGS,
  RULE_LABELS,
  SCHEDULE_HEADERS,
  SHEET_NAMES,
  YES_NO,
  keyForLabel,
  type IssueCategory,
  type ScheduleColumn,
} from '../text/labels.js';

export interface Outcomes {
  rows: OutcomeRow[];
  /** Rows whose `Held` cell is still empty: the talk is not filled in yet. */
  skipped: number;
  sheet: string;
}

export type ProblemCode = 'bad-date' | 'bad-category' | 'bad-talk-type' | 'bad-held' | 'missing' | 'duplicate';

/** A cell that stops the workbook from being recorded; rendered to text by `problemText`. */
export interface Problem {
  code: ProblemCode;
  row: number;
  column: ScheduleColumn;
  letter: string;
  header: string;
  value: string;
  otherRow?: number;
}

const REQUIRED: readonly ScheduleColumn[] = ['agentId', 'date', 'talkType', 'held'];
const HEADER_SCAN_ROWS = 10;
const MAX_LISTED = 20;

type Plain = string | number | boolean | Date | null;

interface Located {
  sheet: ExcelJS.Worksheet;
  headerRow: number;
  columns: Map<ScheduleColumn, { index: number; header: string }>;
}

/** Reads the filled-in outcome columns of a plan workbook; refuses the whole workbook on any bad cell. */
export async function readOutcomes(file: string): Promise<Outcomes> {
  const wb = await loadWorkbook(file);
  const located = locateSchedule(wb, file);
  const { rows, skipped, problems } = parseRows(located);
  if (problems.length > 0) throw problemsError(file, located.sheet.name, problems);
  return { rows, skipped, sheet: located.sheet.name };
}

/** A plan workbook of 5,000 agents unzips to a few tens of MiB; exceljs holds all of it in memory. */
const MAX_PLAN_UNZIPPED = 256 * 1024 * 1024;

async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
    throw new TalksError('file-missing', 'this file does not exist.', { file, hint: 'Check the path of the plan workbook.' });
  }
  const wb = new ExcelJS.Workbook();
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

function plain(v: ExcelJS.CellValue): Plain {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v !== 'object') return v;
  if ('formula' in v || 'sharedFormula' in v) return plain(v.result ?? null);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return v.text;
  if ('error' in v) return v.error;
  return null;
}

function text(v: Plain): string {
  if (v === null) return '';
  if (v instanceof Date) return utcDateToDay(v);
  return String(v).trim();
}

const SLASH_DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

function parseDay(v: Plain): Day | undefined {
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

function parseRule(s: string): RuleId | undefined {
  return (RULE_IDS as readonly string[]).includes(s) ? (s as RuleId) : keyForLabel(RULE_LABELS, s);
}

function parseCategory(s: string): IssueCategory | undefined {
  return (ISSUE_CATEGORIES as readonly string[]).includes(s) ? (s as IssueCategory) : keyForLabel(CATEGORY_LABELS, s);
}

function headerColumns(row: ExcelJS.Row): Located['columns'] {
  const columns: Located['columns'] = new Map();
  row.eachCell((cell, index) => {
    const header = text(plain(cell.value));
    const key = header ? keyForLabel(SCHEDULE_HEADERS, header) : undefined;
    if (key && !columns.has(key)) columns.set(key, { index, header });
  });
  return columns;
}

function findHeader(sheet: ExcelJS.Worksheet): Located | undefined {
  const last = Math.min(sheet.rowCount, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const columns = headerColumns(sheet.getRow(r));
    if (REQUIRED.every((c) => columns.has(c))) return { sheet, headerRow: r, columns };
  }
  return undefined;
}

const SCHEDULE_NAMES = new Set(LANGS.map((l) => SHEET_NAMES[l].schedule.toLowerCase()));

/** The schedule sheet by its name in either language, else the first sheet with the schedule headers. */
function locateSchedule(wb: ExcelJS.Workbook, file: string): Located {
  const named = wb.worksheets.filter((s) => SCHEDULE_NAMES.has(s.name.trim().toLowerCase()));
  const others = wb.worksheets.filter((s) => !named.includes(s));
  for (const sheet of [...named, ...others]) {
    const found = findHeader(sheet);
    if (found) return found;
  }
  const needed = REQUIRED.map((c) => `"${SCHEDULE_HEADERS.en[c]}" (${SCHEDULE_HEADERS['zh-CN'][c]})`).join(', ');
  throw new TalksError('not-a-plan', `this workbook is not a talks plan: no sheet has the schedule headers ${needed}.`, {
    file,
    sheet: named[0]?.name,
    hint: 'Pass the workbook written by "talks plan" after filling in its Held, Held on, Issue category, Issue and Notes columns.',
  });
}

interface Parsed {
  rows: OutcomeRow[];
  skipped: number;
  problems: Problem[];
}

function parseRows(at: Located): Parsed {
  const out: Parsed = { rows: [], skipped: 0, problems: [] };
  const firstRowOfTalk = new Map<string, number>();
  for (let r = at.headerRow + 1; r <= at.sheet.rowCount; r++) {
    const row = at.sheet.getRow(r);
    const get = (c: ScheduleColumn): Plain => {
      const col = at.columns.get(c);
      return col ? plain(row.getCell(col.index).value) : null;
    };
    const problem = (code: ProblemCode, c: ScheduleColumn, otherRow?: number): void => {
      const col = at.columns.get(c)!;
      out.problems.push({ code, row: r, column: c, letter: columnLetter(col.index - 1), header: col.header, value: text(get(c)), otherRow });
    };
    if ([...at.columns.keys()].every((c) => text(get(c)) === '')) continue;
    if (text(get('held')) === '') {
      out.skipped++;
      continue;
    }
    const before = out.problems.length;
    const held = parseHeld(get('held'));
    if (held === undefined) problem('bad-held', 'held');
    const agentId = text(get('agentId'));
    if (agentId === '') problem('missing', 'agentId');
    const date = parseDay(get('date'));
    if (date === undefined) problem(text(get('date')) === '' ? 'missing' : 'bad-date', 'date');
    const rule = parseRule(text(get('talkType')));
    if (rule === undefined) problem(text(get('talkType')) === '' ? 'missing' : 'bad-talk-type', 'talkType');
    const heldOnText = text(get('heldOn'));
    const heldOn = heldOnText === '' ? null : parseDay(get('heldOn'));
    if (heldOn === undefined) problem('bad-date', 'heldOn');
    const categoryText = text(get('category'));
    const category = categoryText === '' ? null : parseCategory(categoryText);
    if (category === undefined) problem('bad-category', 'category');
    if (out.problems.length > before) continue;
    const key = JSON.stringify([agentId, date, rule]);
    const seen = firstRowOfTalk.get(key);
    if (seen !== undefined) {
      problem('duplicate', 'agentId', seen);
      continue;
    }
    firstRowOfTalk.set(key, r);
    out.rows.push({
      agentId,
      name: text(get('name')),
      team: text(get('team')),
      lead: text(get('lead')),
      date: date!,
      rule: rule!,
      held: held!,
      heldOn: heldOn ?? null,
      category: category ?? null,
      issue: text(get('issue')) || null,
      notes: text(get('notes')) || null,
    });
  }
  return out;
}

const list = (labels: Record<string, string>): string => Object.values(labels).join(', ');

export function problemText(p: Problem): string {
  const value = `"${p.value}"`;
  switch (p.code) {
    case 'bad-date':
      return `${value} is not a date: write it as YYYY-MM-DD (e.g. 2026-11-23) or enter a real date.`;
    case 'bad-category':
      return `${value} is not an issue category: pick one of ${list(CATEGORY_LABELS.en)} (or ${list(CATEGORY_LABELS['zh-CN'])}).`;
    case 'bad-talk-type':
      return `${value} is not a talk type: use one of ${list(RULE_LABELS.en)} (or ${list(RULE_LABELS['zh-CN'])}), as "talks plan" wrote it.`;
    case 'bad-held':
      return `${value} is not Yes or No: pick Yes or No (是/否), or leave it empty if the talk has not happened yet.`;
    case 'missing':
      return 'is empty although Held is filled in: restore the value "talks plan" wrote.';
    case 'duplicate':
      return `this talk (same agent, date and talk type) is already in row ${p.otherRow}: keep only one of the two rows.`;
  }
}

function problemsError(file: string, sheet: string, problems: Problem[]): TalksError {
  const lines = problems
    .slice(0, MAX_LISTED)
    .map((p) => `  sheet "${sheet}", row ${p.row}, column ${p.letter} (${p.header}): ${problemText(p)}`);
  if (problems.length > MAX_LISTED) lines.push(`  …and ${problems.length - MAX_LISTED} more.`);
  const count = problems.length === 1 ? '1 cell needs' : `${problems.length} cells need`;
  return new TalksError('bad-outcomes', `${count} fixing before the outcomes can be recorded; nothing was recorded:\n${lines.join('\n')}`, {
    file,
    hint: 'Fix these cells in the workbook, save it, and run "talks record" again.',
  });
}
