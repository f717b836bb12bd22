import type { RuleId, Warning } from '../model/types.js';
import { CENTRE_TEXT, type CoverageArgs } from './centre.js';
import { RULE_LABELS, type Lang } from './labels.js';
import { DATA_WARNINGS_ZH } from './data-warnings.js';
import { MORE_WARNINGS_ZH } from './warnings-more.js';
import { cellProblemText } from './cell-reasons.js';

type Args = NonNullable<Warning['args']>;

const NOTES_ZH: Record<string, string> = {
  'note-no-leaving-date': '花名册没有离职日期列：只能根据在职状态安排离职面谈。',
  'note-no-team-lead': '花名册没有组长列：“组长清单”表将为空。',
  'note-no-status': '花名册没有在职状态列：所有人都按在职处理。',
  'note-no-last-talk': '花名册没有上次面谈日期列：例行面谈从入职日期（及面谈档案）算起。',
  'note-no-lead-flag': '花名册没有组长反馈列：无法安排组长反馈面谈。',
  'note-no-kpi': '没有KPI数据（请用 --kpi 文件，或在花名册工作簿中加KPI工作表）：无法排名、识别波动或安排优秀员工面谈。',
};

function urgentLateZh(a: Args): string {
  const what = `${RULE_LABELS['zh-CN'][a.rule as RuleId] ?? a.rule}面谈（${a.who}）应于 ${a.due} 前进行，`;
  if (a.date) return a.overdue ? `${what}但最早的空档是 ${a.date}；该面谈已逾期，请尽快腾出时间。` : `${what}但最早的空档是 ${a.date}；请腾出时间或提前安排。`;
  if (a.reason === 'on-leave') return `${what}但该坐席本周休假；请在其返岗后尽快安排。`;
  if (a.reason === 'no-shift') return `${what}但该坐席本周没有班次；请在其下一个班次安排。`;
  if (a.reason === 'outside-shift') return `${what}但坐席班次与经理面谈时间内没有空档；请调整经理的面谈时间以覆盖该班次，或在计划外安排。`;
  if (a.reason === 'rooms-busy') return `${what}但空闲时段的面谈室都已被占用；请为该经理增加面谈室或腾出时间。`;
  if (a.reason === 'no-days-left') return `${what}但 ${a.week} 这一周已无工作日；请在计划外安排，或用 --week 安排下周。`;
  return `${what}但 ${a.week} 这一周已无空档；请提高 --capacity 或 --per-day，或腾出时间。`;
}

const ZH: Partial<Record<string, (a: Args) => string>> = {
  ...DATA_WARNINGS_ZH,
  ...MORE_WARNINGS_ZH,
  'urgent-late': urgentLateZh,
  'calendar-year-missing': (a) => `cn 日历没有 ${a.year} 年的法定节假日数据，${a.year} 年按周一至周五计算。如需该年的节假日和调休，请用 --calendar 提供日历文件（日期列和类型列：假日或工作日）。`,
  'leaving-before-hire': (a) => `离职日期 ${a.leavingDate} 早于入职日期 ${a.hireDate}；已忽略离职日期。请核对这两个日期。`,
  'undecodable-bytes': (a) => `此处有不是有效 ${a.encoding} 文本的字节，已读成“\uFFFD”（这是第一个这样的单元格，后面的行可能还有）。请在 Excel 中重新另存为“CSV UTF-8”，或用 --encoding 指定文件的编码。`,
  'text-too-long': (a) => `该文本长 ${a.length} 个字符；只保留了前 ${a.max} 个（Excel 单元格的上限）。`,
  'coverage-short': (a) => CENTRE_TEXT['zh-CN'].coverageShort(a as CoverageArgs),
  'unknown-shift': (a) => CENTRE_TEXT['zh-CN'].unknownShift(String(a.name)),
  'config-manager-unknown': (a) => CENTRE_TEXT['zh-CN'].unknownManager(String(a.name)),
  'left-not-marked': (a) => `${a.who} 的离职日期是 ${a.leavingDate}，但在职状态不是“离职”；未为其安排面谈。请把状态改为“离职”。`,
};

/** A warning's text in the user's language; English when no translation exists for it. */
export function warningText(w: Warning, lang: Lang): string {
  if (lang === 'en') return w.message;
  const note = NOTES_ZH[w.code];
  if (note) return note;
  const cell = w.args && cellProblemText(lang, w.args);
  if (cell) return cell;
  const render = ZH[w.code];
  return render && w.args ? render(w.args) : w.message;
}

export const WARNING_WORDS: Record<Lang, { warning: string; note: string; more: (n: number, where: string) => string }> = {
  en: { warning: 'warning', note: 'note', more: (n, where) => `… and ${n} more warnings: ${where}.` },
  'zh-CN': { warning: '提醒', note: '说明', more: (n, where) => `……另有 ${n} 条提醒：${where}。` },
};

/** How a place in a file is named: `sheet "Roster", row 5, column C (Hire Date)`. */
export const PLACE_WORDS: Record<Lang, { sheet: (s: string) => string; row: (n: number) => string; column: (c: string) => string }> = {
  en: { sheet: (s) => `sheet "${s}"`, row: (n) => `row ${n}`, column: (c) => `column ${c}` },
  'zh-CN': { sheet: (s) => `工作表“${s}”`, row: (n) => `第 ${n} 行`, column: (c) => `列 ${c}` },
};
