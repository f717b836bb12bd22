import type ExcelJS from 'exceljs';
import { columnLetter } from '../../columns/header.js';
import { TalksError } from '../../errors.js';
import { LANGS, SCHEDULE_HEADERS, SHEET_NAMES, keyForLabel, type ScheduleColumn } from '../../text/labels.js';
import { parseDay, parseField, parseRule, plain, text, type Draft, type Plain } from './cells.js';
import type { CellRef, Problem, ProblemCode } from '../../model/outcome-problems.js';
import type { FieldCode } from '../write/workbook/form-fields.js';

const REQUIRED: readonly ScheduleColumn[] = ['agentId', 'date', 'talkType', 'held'];
const HEADER_SCAN_ROWS = 10;

/** The Schedule's outcome columns and the prep-form field each one fills. */
const OUTCOME_FIELDS: Partial<Record<ScheduleColumn, FieldCode>> = {
  held: 'held',
  heldOn: 'heldOn',
  category: 'issue1.category',
  issue: 'issue1.text',
  notes: 'notes',
};

export interface Located {
  sheet: ExcelJS.Worksheet;
  headerRow: number;
  columns: Map<ScheduleColumn, { index: number; header: string }>;
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
export function locateSchedule(wb: ExcelJS.Workbook, file: string): Located {
  const named = wb.worksheets.filter((s) => SCHEDULE_NAMES.has(s.name.trim().toLowerCase()));
  const others = wb.worksheets.filter((s) => !named.includes(s));
  for (const sheet of [...named, ...others]) {
    const found = findHeader(sheet);
    if (found) return found;
  }
  const needed = REQUIRED.map((c) => `"${SCHEDULE_HEADERS.en[c]}" (${SCHEDULE_HEADERS['zh-CN'][c]})`).join(', ');
  throw new TalksError('not-a-plan', `this workbook is not a talks plan: no sheet has the schedule headers ${needed}.`, {
    file,
    args: { needed },
    sheet: named[0]?.name,
    hint: 'Pass the workbook written by "talks plan" after filling in its Held, Held on, Issue category, Issue and Notes columns.',
  });
}

/**
 * One draft per Schedule row that names a talk. A row's key cells (agent, date, talk type)
 * are checked only when it has an outcome typed, so the rows not filled in yet never block.
 */
export function scheduleDrafts(at: Located, problems: Problem[]): Draft[] {
  const drafts: Draft[] = [];
  for (let r = at.headerRow + 1; r <= at.sheet.rowCount; r++) {
    const row = at.sheet.getRow(r);
    const ref = (c: ScheduleColumn): CellRef => {
      const col = at.columns.get(c)!;
      return { sheet: at.sheet.name, row: r, letter: columnLetter(col.index - 1), header: col.header, form: false };
    };
    const get = (c: ScheduleColumn): Plain => {
      const col = at.columns.get(c);
      return col ? plain(row.getCell(col.index).value) : null;
    };
    const typed = Object.keys(OUTCOME_FIELDS).some((c) => text(get(c as ScheduleColumn)) !== '');
    const before = problems.length;
    const found: Problem[] = [];
    const problem = (code: ProblemCode, c: ScheduleColumn): void => void found.push({ code, at: ref(c), value: text(get(c)) });
    const agentId = text(get('agentId'));
    if (agentId === '') problem('missing', 'agentId');
    const date = parseDay(get('date'));
    if (date === undefined) problem(text(get('date')) === '' ? 'missing' : 'bad-date', 'date');
    const rule = parseRule(text(get('talkType')));
    if (rule === undefined) problem(text(get('talkType')) === '' ? 'missing' : 'bad-talk-type', 'talkType');
    if (found.length > 0) {
      // A row not filled in yet never blocks; an empty row is no talk at all.
      if (typed) problems.push(...found);
      continue;
    }
    const draft: Draft = { agentId, date: date!, rule: rule!, name: text(get('name')), team: text(get('team')), lead: text(get('lead')), values: {}, keyAt: ref('agentId') };
    for (const [c, code] of Object.entries(OUTCOME_FIELDS) as [ScheduleColumn, FieldCode][]) {
      if (!at.columns.has(c)) continue;
      const v = parseField(code, get(c), ref(c), problems);
      if (v) draft.values[code] = v;
    }
    if (problems.length === before) drafts.push(draft);
  }
  return drafts;
}
