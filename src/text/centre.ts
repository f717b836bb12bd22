import type { Coverage } from '../model/coverage.js';
import type { Lang } from './labels.js';

/** The forecast's numbers as a warning carries them (rounded as the sentence says them). */
export interface CoverageArgs {
  [key: string]: string | number;
  agents: number;
  routine: number;
  events: number;
  capacity: number;
  passing: number;
  months: number;
  /** '' when no agent passes within the 13 weeks. */
  first: string;
  overdue: number;
  catchUp: number;
}

export function coverageArgs(c: Coverage): CoverageArgs {
  return {
    agents: c.agents,
    routine: Math.round(c.routinePerWeek),
    events: Math.round(c.eventsPerWeek),
    capacity: c.capacity,
    passing: c.passingPerWeek,
    months: c.routineMonths,
    first: c.firstPassing ?? '',
    overdue: c.overdue,
    catchUp: c.catchUpWeeks,
  };
}

const needEn = (a: CoverageArgs) => `${a.agents} agents need about ${a.routine} routine + ${a.events} event talks a week; capacity ${a.capacity}`;
const needZh = (a: CoverageArgs) => `${a.agents} 名坐席每周约需 ${a.routine} 场例行面谈 + ${a.events} 场事件面谈；每周容量 ${a.capacity} 场`;

/** Every sentence of the per-manager plans, the cadence forecast and the shifts, in each language. */
export const CENTRE_TEXT = {
  en: {
    coverageShort: (a: CoverageArgs) =>
      `${needEn(a)}: about ${a.passing} more agent${a.passing === 1 ? '' : 's'} pass ${a.months} months each week` +
      (a.first ? `; first on ${a.first}` : '') +
      (a.overdue ? `; ${a.overdue} already past due` : '') +
      '.',
    coverageOk: (a: CoverageArgs) =>
      `${needEn(a)}: the ${a.months}-month cadence can be kept` +
      (a.overdue ? `; ${a.overdue === 1 ? 'the 1 agent already past due takes' : `the ${a.overdue} agents already past due take`} about ${a.catchUp} week${a.catchUp === 1 ? '' : 's'} to catch up` : '') +
      '.',
    unknownShift: (name: string) =>
      `The shift "${name}" is neither a time range (09:00-18:00) nor a shift name in the config; agents on it get no talk. Add it to talks.config.json, e.g. {"shifts": {"${name}": ["09:00", "18:00"]}}.`,
    unknownManager: (name: string) =>
      `The config has settings for the manager "${name}", but no agent in the roster has that manager. Check the spelling against the roster's manager column.`,
    noManager: '(no manager)',
    summaryHead: (a: { week: string; managers: number; short: number; months: number }) =>
      `Week of ${a.week}: ${a.managers} manager${a.managers === 1 ? '' : 's'}, ${a.short} short of the ${a.months}-month cadence`,
    summaryHeaders: ['Manager', 'Agents', 'Talks', 'Backlog', 'Overdue', 'Need a week', 'Capacity', 'First late', 'Workbook'],
  },
  'zh-CN': {
    coverageShort: (a: CoverageArgs) =>
      `${needZh(a)}：每周约多 ${a.passing} 名坐席超过 ${a.months} 个月未面谈` +
      (a.first ? `；首位在 ${a.first}` : '') +
      (a.overdue ? `；已有 ${a.overdue} 名逾期` : '') +
      '。',
    coverageOk: (a: CoverageArgs) =>
      `${needZh(a)}：可以保持每 ${a.months} 个月面谈一次` + (a.overdue ? `；已逾期的 ${a.overdue} 名坐席约需 ${a.catchUp} 周补齐` : '') + '。',
    unknownShift: (name: string) =>
      `班次“${name}”既不是时间段（如 09:00-18:00），也不是配置中的班次名称；该班次的坐席不安排面谈。请在 talks.config.json 中添加，例如 {"shifts": {"${name}": ["09:00", "18:00"]}}。`,
    unknownManager: (name: string) => `配置中有经理“${name}”的设置，但花名册中没有坐席属于该经理。请对照花名册的经理列检查拼写。`,
    noManager: '（未填经理）',
    summaryHead: (a: { week: string; managers: number; short: number; months: number }) =>
      `${a.week} 这一周：${a.managers} 位经理，其中 ${a.short} 位的面谈容量达不到每 ${a.months} 个月一次`,
    summaryHeaders: ['经理', '坐席', '面谈', '待办', '逾期', '每周需要', '每周容量', '首位逾期', '工作簿'],
  },
} satisfies Record<Lang, unknown>;

/** The forecast's verdict, as the Coverage sheet and the centre summary show it. */
export function coverageSentence(c: Coverage, lang: Lang): string {
  const a = coverageArgs(c);
  return c.short ? CENTRE_TEXT[lang].coverageShort(a) : CENTRE_TEXT[lang].coverageOk(a);
}

const one = (n: number) => (Math.round(n * 10) / 10).toString();

/** The Coverage sheet's name and headers. */
export const COVERAGE_SHEET = {
  en: {
    name: 'Coverage',
    week: 'Week of',
    to: 'To',
    talks: 'Talks expected',
    backlog: 'Past due at week end',
    passing: 'Passing due date',
    who: 'Agents who pass their due date',
    agent: (id: string, name: string, due: string) => `${id} ${name} (due ${due})`,
  },
  'zh-CN': {
    name: '覆盖预测',
    week: '周起始',
    to: '至',
    talks: '预计面谈',
    backlog: '周末逾期人数',
    passing: '本周到期未谈',
    who: '将超过截止日期的坐席',
    agent: (id: string, name: string, due: string) => `${id} ${name}（截止 ${due}）`,
  },
} satisfies Record<Lang, unknown>;

/** The verdict, then where the weekly need comes from. */
export function coverageNote(c: Coverage, lang: Lang): string {
  const e = c.events;
  const parts =
    lang === 'en'
      ? `Per week: ${one(c.routinePerWeek)} routine and top-performer talks (${c.agents} agents, ${c.top} top performers), ` +
        `${one(e.newHire)} new hires, ${one(e.leadFlag)} lead flags, ${one(e.swing)} swings, ${one(e.exit)} exits (last 13 weeks); ` +
        `${c.overdue === 1 ? '1 agent is' : `${c.overdue} agents are`} already past due and not on this week's plan.`
      : `每周：例行及优秀员工面谈 ${one(c.routinePerWeek)} 场（${c.agents} 名坐席，其中优秀员工 ${c.top} 名），` +
        `新员工 ${one(e.newHire)}、组长反馈 ${one(e.leadFlag)}、KPI 波动 ${one(e.swing)}、离职 ${one(e.exit)}（按近 13 周计）；` +
        `已有 ${c.overdue} 名坐席逾期且未列入本周计划。`;
  return `${coverageSentence(c, lang)}\n${parts}`;
}
