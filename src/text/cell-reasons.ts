import type { Lang } from './labels.js';
import { FIELD_LABELS } from '../columns/fields.js';
import type { FieldId } from '../columns/fields.js';
import { FIELD_LABELS_ZH } from './check.js';

/** Why a cell could not be read: a code and the values its sentence is made of. */
export interface Reason {
  code: ReasonCode;
  args: Record<string, string | number>;
}

export type ReasonCode =
  | 'not-date' | 'date-empty' | 'date-invalid' | 'time-not-date' | 'hire-empty'
  | 'not-status' | 'not-flag' | 'not-yes-no' | 'not-rating'
  | 'not-time' | 'time-empty'
  | 'not-number' | 'number-empty' | 'not-percent' | 'percent-empty' | 'percent-range'
  | 'not-amount' | 'amount-empty' | 'negative'
  | 'not-duration' | 'duration-empty' | 'date-not-duration'
  | 'no-id' | 'no-period';

/** What was done about the cell: the row skipped, the value ignored… */
export type Consequence = 'row-skipped' | 'shift-skipped' | 'treated-active' | 'field-ignored' | 'flag-ignored' | 'metric-left-out' | 'rating-left-out' | 'resolved-left-out';

type Args = Record<string, string | number>;
type Render = (a: Args) => string;

const q = (a: Args) => `"${a.value}"`;
const qZh = (a: Args) => `“${a.value}”`;
const DATE_HINT = 'write dates as 2026-11-23';
const PERCENT_HINT = 'write 92%, 0.92 or 92';
const amountZh = (a: Args) => (a.what === 'score' ? '分数' : '数量');

const REASONS: Record<Lang, Record<ReasonCode, Render>> = {
  en: {
    'not-date': (a) => (a.why === 'month-first' ? `${q(a)} is not a date (dates with the year last are read month first, as 11/23/2026); ${DATE_HINT}` : `${q(a)} is not a date; ${DATE_HINT}`),
    'date-empty': () => `the date is empty; ${DATE_HINT}`,
    'date-invalid': () => `the cell holds an invalid date; ${DATE_HINT}`,
    'time-not-date': (a) => `${q(a)} is a time, not a date; ${DATE_HINT}`,
    'hire-empty': () => 'The hire date is empty',
    'not-status': (a) => `${q(a)} is not a known status; use Active, On leave, Notice or Left (在职, 休假, 已提离职, 离职)`,
    'not-flag': (a) => `${q(a)} is not a known lead flag; use Mood change or Resignation intent (情绪变化, 有离职倾向)`,
    'not-yes-no': (a) => `${q(a)} is not yes or no; write Y or N`,
    'not-rating': (a) => `${a.value} is not a rating from 1 to 5`,
    'not-time': (a) => `${q(a)} is not a time of day; write it as HH:MM, e.g. 22:00`,
    'time-empty': () => 'the time is empty',
    'not-number': (a) => `${q(a)} is not a number`,
    'number-empty': () => 'the number is empty',
    'not-percent': (a) => `${q(a)} is not a percentage; ${PERCENT_HINT}`,
    'percent-empty': () => 'the percentage is empty',
    'percent-range': (a) => `${q(a)} is not a percentage between 0 and 100`,
    'not-amount': (a) => `${q(a)} is not a ${a.what}; write a number such as ${a.example}`,
    'amount-empty': (a) => `the ${a.what} is empty`,
    negative: (a) => `${q(a)} is negative; the ${a.what} must be 0 or more`,
    'not-duration': (a) => `${q(a)} is not a duration; write seconds (143), mm:ss (2:23) or hh:mm:ss (0:02:23)`,
    'duration-empty': () => 'the duration is empty',
    'date-not-duration': (a) => `${q(a)} is a date, not a duration; write seconds (143) or mm:ss (2:23)`,
    'no-id': () => 'The row has no agent ID',
    'no-period': () => 'The row has no period (date, week or month)',
  },
  'zh-CN': {
    'not-date': (a) => (a.why === 'month-first' ? `${qZh(a)} 不是日期（年份在后的日期按月在前读取，如 11/23/2026）；日期请写成 2026-11-23` : `${qZh(a)} 不是日期；日期请写成 2026-11-23`),
    'date-empty': () => '日期为空；日期请写成 2026-11-23',
    'date-invalid': () => '单元格中的日期无效；日期请写成 2026-11-23',
    'time-not-date': (a) => `${qZh(a)} 是时间，不是日期；日期请写成 2026-11-23`,
    'hire-empty': () => '入职日期为空',
    'not-status': (a) => `${qZh(a)} 不是可识别的在职状态；请写 在职、休假、已提离职 或 离职（Active, On leave, Notice, Left）`,
    'not-flag': (a) => `${qZh(a)} 不是可识别的组长反馈；请写 情绪变化 或 有离职倾向（Mood change, Resignation intent）`,
    'not-yes-no': (a) => `${qZh(a)} 不是“是/否”；请写 是 或 否（Y 或 N）`,
    'not-rating': (a) => `${a.value} 不是 1 到 5 的评分`,
    'not-time': (a) => `${qZh(a)} 不是时刻；请写成 HH:MM，如 22:00`,
    'time-empty': () => '时间为空',
    'not-number': (a) => `${qZh(a)} 不是数字`,
    'number-empty': () => '数字为空',
    'not-percent': (a) => `${qZh(a)} 不是百分比；请写 92%、0.92 或 92`,
    'percent-empty': () => '百分比为空',
    'percent-range': (a) => `${qZh(a)} 不是 0 到 100 之间的百分比`,
    'not-amount': (a) => `${qZh(a)} 不是${amountZh(a)}；请写数字，如 ${a.example}`,
    'amount-empty': (a) => `${amountZh(a)}为空`,
    negative: (a) => `${qZh(a)} 是负数；${amountZh(a)}必须大于或等于 0`,
    'not-duration': (a) => `${qZh(a)} 不是时长；请写秒数（143）、分:秒（2:23）或 时:分:秒（0:02:23）`,
    'duration-empty': () => '时长为空',
    'date-not-duration': (a) => `${qZh(a)} 是日期，不是时长；请写秒数（143）或 分:秒（2:23）`,
    'no-id': () => '此行没有工号',
    'no-period': () => '此行没有周期（日期、周或月）',
  },
};

const field = (lang: Lang, a: Args) => (lang === 'en' ? FIELD_LABELS : FIELD_LABELS_ZH)[a.field as FieldId] ?? String(a.field);

const THEN: Record<Lang, Record<Consequence, Render>> = {
  en: {
    'row-skipped': () => 'the row was skipped',
    'shift-skipped': () => 'the shift was skipped',
    'treated-active': () => 'the agent was treated as active',
    'field-ignored': (a) => `the ${field('en', a)} was ignored`,
    'flag-ignored': () => 'the lead flag was ignored',
    'metric-left-out': (a) => `the ${field('en', a)} value was left out`,
    'rating-left-out': () => 'the rating was left out',
    'resolved-left-out': () => 'the resolved flag was left out',
  },
  'zh-CN': {
    'row-skipped': () => '已跳过此行',
    'shift-skipped': () => '已跳过此班次',
    'treated-active': () => '该坐席按在职处理',
    'field-ignored': (a) => `已忽略${field('zh-CN', a)}`,
    'flag-ignored': () => '已忽略组长反馈',
    'metric-left-out': (a) => `未使用此${field('zh-CN', a)}数值`,
    'rating-left-out': () => '未使用此评分',
    'resolved-left-out': () => '未使用此“是否解决”标记',
  },
};

/** Why a cell could not be read, in `lang`. */
export function reasonText(lang: Lang, r: Reason): string {
  return REASONS[lang][r.code](r.args);
}

/** The codes the problem with a cell is stored under, in a warning's args. */
export function cellProblemArgs(r: Reason, then: Consequence, extra: Args = {}): Args {
  return { ...r.args, ...extra, reason: r.code, then };
}

/** `"x" is not a date; write dates as 2026-11-23; the row was skipped`, from a warning's args; undefined for other warnings. */
export function cellProblemText(lang: Lang, a: Args): string | undefined {
  const render = REASONS[lang][a.reason as ReasonCode];
  const then = THEN[lang][a.then as Consequence];
  if (!render || !then) return undefined;
  return lang === 'en' ? `${render(a)}; ${then(a)}` : `${render(a)}；${then(a)}`;
}
