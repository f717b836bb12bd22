import type { Warning } from '../model/types.js';
import { grouped } from './count.js';

type Args = Record<string, string | number>;
type Render = (a: Args) => string;

const n = (v: string | number) => grouped(Number(v));
const s = (v: string | number, word: string, plural = `${word}s`) => `${n(v)} ${Number(v) === 1 ? word : plural}`;
const period = (a: Args) => (a.kind === 'month' ? `The month of ${a.period}` : a.kind === 'day' ? `The day ${a.period}` : `The week of ${a.period}`);
const periodZh = (a: Args) => (a.kind === 'month' ? `${a.period} 这个月` : a.kind === 'day' ? `${a.period} 这一天` : `${a.period} 这一周`);
const from = (a: Args) => (a.from === a.file ? 'earlier in the same file' : `already read from ${a.from}`);
const fromZh = (a: Args) => (a.from === a.file ? '同一文件前面' : a.from);

/** Warnings about how KPI rows met the roster, duplicates and periods: English. */
const EN: Record<string, Render> = {
  'kpi-unmatched': (a) =>
    `${s(a.rows, 'KPI row')} of ${s(a.agents, 'agent')} match no agent of the roster and are not used: ${a.names}. ` +
    'Add them to the roster, or check that the KPI file and the roster use the same agent IDs.',
  'shifts-unmatched': (a) =>
    `${s(a.rows, 'row')} of the shifts file (${Number(a.rows) === 1 ? 'row' : 'rows'} ${a.lines}) ${Number(a.rows) === 1 ? 'is' : 'are'} for ` +
    `${s(a.agents, 'agent ID')} not in the roster, so ${Number(a.rows) === 1 ? 'it is' : 'they are'} not used: ${a.names}. ` +
    'Add the agents to the roster, or check that the shifts file uses the roster\'s agent IDs.',
  'roster-no-kpi': (a) =>
    `${s(a.agents, 'roster agent')} have no KPI rows, so they are not ranked and no swing is looked for: ${a.names}. ` +
    'Check that the KPI export covers them and uses the roster\'s agent IDs.',
  'kpi-matched-by-name': (a) =>
    `The KPI data's agent IDs (${a.names}) are the roster's names, not its IDs, so ${s(a.agents, 'agent')} were matched by name.`,
  'kpi-repeated-rows': (a) =>
    `${s(a.rows, 'row')} (${a.first} … ${a.last}) repeat rows ${from(a)} (same agent, day and values); each was counted once.`,
  'kpi-conflict': (a) =>
    `Agent "${a.agent}" has two different rows for ${a.day}: ${a.first} and ${a.second}. Both were counted; if one corrects the other, leave the old one out.`,
  'kpi-conflict-more': (a) => `${s(a.rows, 'more row')} disagree with an earlier row for the same agent and day (not listed one by one).`,
  'kpi-name-two-people': (a) =>
    `Two different agents seem to share the name "${a.name}" in this export without agent IDs (for ${a.day}: rows ${a.first} and ${a.second}). ` +
    `Their ${s(a.rows, 'row')} were left out rather than added together; add an agent ID column to the export.`,
  'note-partial-period': (a) =>
    `${period(a)} holds only ${s(a.days, 'day')} of data (the data ends on ${a.last}; other periods have ${a.usual}), so it is not judged for swings; ` +
    `swings compare the period before it.`,
  'note-kpi-only': (a) =>
    `No roster was given: the ${s(a.agents, 'agent')} come from the KPI data, their tenure is unknown and every one of them counts as active.`,
  'note-no-team': () => 'The roster has no team column (nor a department column): agents are not grouped by team.',
  'note-team-from-department': (a) => `The roster has no team column: the "${a.header}" column is used as the team.`,
};

/** The same in Chinese. */
const ZH: Record<string, Render> = {
  'kpi-unmatched': (a) => `有 ${n(a.rows)} 行KPI数据（${n(a.agents)} 名坐席）在花名册中找不到对应坐席，未被使用：${a.names}。请把他们加入花名册，或确认KPI文件与花名册使用同样的工号。`,
  'shifts-unmatched': (a) => `排班表中有 ${n(a.rows)} 行（第 ${String(a.lines).replace(/, /g, '、')} 行）的工号（${n(a.agents)} 个）在花名册中找不到对应坐席，未被使用：${a.names}。请把他们加入花名册，或确认排班表与花名册使用同样的工号。`,
  'roster-no-kpi': (a) => `花名册中有 ${n(a.agents)} 名坐席没有任何KPI数据，因此不参与排名，也不检查波动：${a.names}。请确认KPI报表包含他们，并使用花名册中的工号。`,
  'kpi-matched-by-name': (a) => `KPI数据中的坐席标识（${a.names}）是花名册中的姓名而不是工号，已按姓名匹配了 ${n(a.agents)} 名坐席。`,
  'kpi-repeated-rows': (a) => `有 ${n(a.rows)} 行（${a.first} 至 ${a.last}）与${fromZh(a)}已读取的行重复（坐席、日期和数值都相同），每行只计一次。`,
  'kpi-conflict': (a) => `坐席“${a.agent}”在 ${a.day} 有两行不同的数据：${a.first} 和 ${a.second}。两行都已计入；如果一行是对另一行的更正，请去掉旧的一行。`,
  'kpi-conflict-more': (a) => `另有 ${n(a.rows)} 行与同一坐席同一天的前一行数据不同（未逐条列出）。`,
  'kpi-name-two-people': (a) => `在这个没有工号的报表中，似乎有两名不同的坐席同名“${a.name}”（${a.day}：第 ${a.first} 行和第 ${a.second} 行）。他们的 ${n(a.rows)} 行数据没有合并计算，而是未使用；请在报表中加入工号列。`,
  'note-partial-period': (a) => `${periodZh(a)}只有 ${n(a.days)} 天的数据（数据截止于 ${a.last}；其他周期通常为 ${a.usual} 天），因此不据此判断波动，改为比较前一个周期。`,
  'note-kpi-only': (a) => `没有提供花名册：${n(a.agents)} 名坐席来自KPI数据，入职时长未知，全部按在职处理。`,
  'note-no-team': () => '花名册没有班组列（也没有部门列）：坐席不按班组分组。',
  'note-team-from-department': (a) => `花名册没有班组列：用“${a.header}”列作为班组。`,
};

export const DATA_WARNINGS_ZH: Partial<Record<string, Render>> = ZH;

/** A few names for a message: `"Jim", "Dan", … (12 in all)`. */
export function someNames(names: readonly string[], shown = 8): string {
  const list = names.slice(0, shown).map((x) => `"${x}"`).join(', ');
  return names.length > shown ? `${list}, … (${names.length})` : list;
}

/** The first row numbers of a table's rows for a message: `2, 5, 9, …` when there are more. */
export function someRows(rows: readonly number[], total: number): string {
  const list = rows.map(grouped).join(', ');
  return total > rows.length ? `${list}, …` : list;
}

/** A warning of this file's codes, its English text rendered from its args. */
export function dataWarning(code: string, args: Args, where: Omit<Warning, 'code' | 'message' | 'args'> = {}): Warning {
  return { code, message: EN[code](args), args, ...where };
}
