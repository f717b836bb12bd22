import type { Lang } from './labels.js';
import { FIELD_LABELS_ZH } from './check.js';
import type { FieldId } from '../columns/fields.js';

type Args = Record<string, string | number>;

/** A calendar file's row that could not be read (`talks plan --calendar FILE`). */
export function calendarRowText(lang: Lang, a: Args): string {
  if (lang === 'en') {
    if (a.problem === 'date-empty') return 'The date is empty; write it as YYYY-MM-DD or delete the row. The row is skipped.';
    if (a.problem === 'not-date') return `"${a.value}" is not a date; write it as YYYY-MM-DD. The row is skipped.`;
    return `The type of ${a.day} is ${a.value === '' ? 'empty' : `"${a.value}"`}; write holiday or workday. The row is skipped.`;
  }
  if (a.problem === 'date-empty') return '日期为空；请写成 YYYY-MM-DD，或删除此行。已跳过此行。';
  if (a.problem === 'not-date') return `“${a.value}”不是日期；请写成 YYYY-MM-DD。已跳过此行。`;
  return `${a.day} 的类型${a.value === '' ? '为空' : `是“${a.value}”`}；请写 假日 或 工作日（holiday / workday）。已跳过此行。`;
}

/** Data, calendar and record warnings in Chinese, rendered from their args. */
export const MORE_WARNINGS_ZH: Partial<Record<string, (a: Args) => string>> = {
  'kpi-name-unknown': (a) => `此KPI表没有工号列，因此按姓名匹配坐席；有 ${a.count} 个姓名在花名册中找不到，其数据行已跳过：${a.names}。请加入工号列，或把姓名写得与花名册完全一致。`,
  'kpi-name-shared': (a) => `花名册中有几名坐席同名 ${a.names}，无法区分他们的KPI数据行，已跳过。请在KPI报表中加入工号列。`,
  'more-warnings': (a) => `此表中另有 ${a.count} 个类似的问题，未逐条列出。`,
  'duplicate-agent': (a) => `工号“${a.id}”出现了两次，在第 ${a.first} 行和第 ${a.second} 行。每名坐席在花名册中只能有一行：请删除或更正重复的行。`,
  'kpi-scale': (a) =>
    `此列的${FIELD_LABELS_ZH[a.field as FieldId] ?? a.field}数值都在 1 到 5 之间，看起来是 1–5 分的评分而不是百分比；排名会把 1 读成 100%。` +
    `如果是评分，请把列名改为“评分”（或在 talks.config.json 中用 {"aliases": {"rating": ["${a.header}"]}} 映射）。`,
  'bad-calendar-row': (a) => calendarRowText('zh-CN', a),
  'not-held-but-filled': (a) => `${a.who}：“是否已面谈”为否，但填写了面谈日期、问题或改进计划；此面谈仍未完成，会再次安排。如果已经面谈，请把“是否已面谈”改为是。`,
  'held-in-future': (a) => `${a.who}：面谈日期 ${a.heldOn} 晚于今天（${a.today}）；请核对日期。`,
  'issue-without-category': (a) => `${a.who}：问题没有选择问题类别，因此交给经理（其他）；请选择类别，以便转给负责人。`,
};
