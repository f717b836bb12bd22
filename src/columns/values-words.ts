import type { LeadFlag, Status } from '../model/types.js';
import { normalizeHeader } from './fields.js';
import type { CellValue } from './cell.js';
import { fail, isBlank, ok, parseText, type Parsed } from './values-base.js';

// ---------------------------------------------------------------------------------------------
// Words: status and lead flags

/** Case-, width-, space- and punctuation-insensitive form of a word ("On-Leave" → "onleave"). */
const wordKey = (v: CellValue) => normalizeHeader(parseText(v));

function wordTable<T extends string>(groups: Record<T, readonly string[]>): Map<string, T> {
  const table = new Map<string, T>();
  for (const [value, words] of Object.entries(groups) as [T, readonly string[]][]) {
    for (const w of words) table.set(wordKey(w), value);
  }
  return table;
}

export const STATUS_WORDS: Record<Status, readonly string[]> = {
  active: ['Active', 'Employed', 'Working', 'Probation', 'Future Start', '在职', '在岗', '正式', '正式员工', '试用', '试用期'],
  leave: [
    'On leave', 'Leave', 'Leave of Absence', 'LOA', 'Maternity Leave', 'Sick Leave', '休假', '休假中', '请假', '产假',
    '病假', '长假', '停薪留职',
  ],
  notice: [
    'Notice', 'Notice given', 'On notice', 'Serving notice', 'Notice period', 'Resigning', '已提离职', '待离职',
    '离职中', '已提出离职', '离职申请中',
  ],
  left: [
    'Left', 'Terminated', 'Voluntarily Terminated', 'Terminated for Cause', 'Resigned', 'Inactive', 'Quit',
    'Separated', 'Dismissed', 'Retired', 'Former', '离职', '已离职', '辞职', '已辞职', '辞退', '开除', '退休',
  ],
};

export const FLAG_WORDS: Record<LeadFlag, readonly string[]> = {
  mood: ['mood', 'Mood change', 'Mood swing', 'Low mood', 'Morale', 'Low morale', '情绪变化', '情绪波动', '情绪低落', '情绪', '情绪问题'],
  resign: [
    'resign', 'Resignation intent', 'Resignation', 'Resignation risk', 'Flight risk', 'Wants to leave',
    '有离职倾向', '离职倾向', '离职意向', '有离职意向', '想离职', '离职风险',
  ],
};

/** Flag cells that say "nothing to report". */
const NO_FLAG_WORDS = ['no', 'none', 'normal', 'ok', 'n/a', '无', '否', '没有', '正常'];

const STATUSES = wordTable(STATUS_WORDS);
const FLAGS = wordTable(FLAG_WORDS);
const NO_FLAGS = new Set(NO_FLAG_WORDS.map(wordKey));

export function parseStatus(v: CellValue): Parsed<Status> {
  const status = STATUSES.get(wordKey(v));
  return status
    ? ok(status)
    : fail('not-status', { value: parseText(v) });
}

export function parseFlag(v: CellValue): Parsed<LeadFlag> {
  const flag = FLAGS.get(wordKey(v));
  return flag
    ? ok(flag)
    : fail('not-flag', { value: parseText(v) });
}

/** A flag cell that is blank or says there is nothing to report (`No`, `None`, `无`, `正常`). */
export function isNoFlag(v: CellValue): boolean {
  // Stryker disable next-line ConditionalExpression: said plainly; a blank cell's key is '' anyway
  if (isBlank(v)) return true;
  const key = wordKey(v);
  return key === '' || NO_FLAGS.has(key);
}


/** Includes the outcomes of ACD call-detail logs: AGENT (served), HANG and PHANTOM (not). */
const YES_NO = wordTable({
  yes: ['y', 'yes', 'true', '1', '是', '已', '已解决', '已接通', '接通', '解决', 'agent', 'answered', 'handled', 'connected', 'completed'],
  no: ['n', 'no', 'false', '0', '否', '未', '未解决', '未接通', 'hang', 'hangup', 'phantom', 'abandoned', 'abandon', 'missed', 'unanswered', 'noanswer', '放弃', '挂断'],
});

/** A yes/no cell of a call log (`Y`, `No`, `TRUE`, `1`, `是`, `否`…). */
export function parseYesNo(v: CellValue): Parsed<boolean> {
  if (typeof v === 'boolean') return ok(v);
  const word = YES_NO.get(wordKey(v));
  return word ? ok(word === 'yes') : fail('not-yes-no', { value: parseText(v) });
}

/** A 1–5 customer rating as a CSAT percentage (rating ÷ 5); 0 means no rating was given. */
export function ratingToPercent(n: number): Parsed<number | undefined> {
  if (n === 0) return ok(undefined);
  if (n >= 1 && n <= 5) return ok(Math.round((n / 5) * 100 * 1e9) / 1e9);
  return fail('not-rating', { value: n });
}
