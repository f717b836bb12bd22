import { diffDays, isoWeek, isoWeekday } from '../model/day.js';
import type { Day, PeriodKind } from '../model/types.js';
import type { Lang } from './labels.js';

/** Every fixed word on a prep sheet. */
export interface PrepLabels {
  titleFor: (agent: string) => string;
  core: string;
  agent: string;
  team: string;
  lead: string;
  tenure: string;
  talkType: string;
  date: string;
  time: string;
  place: string;
  due: string;
  purpose: string;
  trend: (n: number, kind: PeriodKind) => string;
  metric: string;
  visual: string;
  teamMedian: string;
  legend: string;
  noKpi: string;
  lastTalk: string;
  noTalk: string;
  followUpsFrom: (date: Day, type: string) => string;
  noFollowUps: string;
  questions: string;
  avoid: string;
  before: string;
  during: string;
  after: string;
  plan: string;
  goal: string;
  actions: string;
  byWhen: string;
  support: string;
  outcome: string;
  held: string;
  heldOn: string;
  category: string;
  issue: string;
  notes: string;
  nextStep: string;
  footer: string;
}

export const PREP_LABELS: Record<Lang, PrepLabels> = {
  en: {
    titleFor: (agent) => `Prep form: ${agent}`,
    core: 'Core staff: focus on retention',
    agent: 'Agent',
    team: 'Team',
    lead: 'Team lead',
    tenure: 'Tenure',
    talkType: 'Talk type',
    date: 'Date',
    time: 'Time',
    place: 'Place',
    due: 'Due',
    purpose: 'Why this talk',
    trend: (n, kind) => `KPI trend: the last ${n} ${kind === 'month' ? 'months' : kind === 'day' ? 'days' : 'weeks'}, agent against the team median`,
    metric: 'Metric',
    visual: 'Trend',
    teamMedian: 'team median',
    legend: 'Bars: the agent’s values, low ▁ to high █ · ▲ better than the team median, ▼ worse, = the same.',
    noKpi: 'No KPI data for this agent in these periods.',
    lastTalk: 'Last talk and open follow-ups',
    noTalk: 'No talk on record.',
    followUpsFrom: (date, type) => `Open follow-ups from the talk on ${date} (${type}):`,
    noFollowUps: 'No open follow-ups on record.',
    questions: 'Suggested questions',
    avoid: 'What to avoid',
    before: 'Before the talk',
    during: 'During the talk',
    after: 'After the talk',
    plan: 'Improvement plan (agree it together)',
    goal: 'Goal',
    actions: 'Actions',
    byWhen: 'By when',
    support: 'Support needed',
    outcome: 'Outcome (fill in after the talk)',
    held: 'Held',
    heldOn: 'Held on',
    category: 'Issue category',
    issue: 'Issue',
    notes: 'Notes',
    nextStep: 'Next step',
    footer: 'Prep sheet: confidential, do not leave lying around',
  },
  'zh-CN': {
    titleFor: (agent) => `面谈准备表：${agent}`,
    core: '核心员工：重点关注保留',
    agent: '员工',
    team: '班组',
    lead: '组长',
    tenure: '司龄',
    talkType: '面谈类型',
    date: '日期',
    time: '时间',
    place: '地点',
    due: '截止日期',
    purpose: '面谈原因',
    trend: (n, kind) => `KPI趋势：最近 ${n} ${kind === 'month' ? '个月' : kind === 'day' ? '天' : '周'}，本人与班组中位数对比`,
    metric: '指标',
    visual: '趋势',
    teamMedian: '班组中位数',
    legend: '柱形：本人各期数值，▁ 低 → █ 高 · ▲ 优于班组中位数，▼ 低于，= 持平。',
    noKpi: '这些周期内没有该员工的KPI数据。',
    lastTalk: '上次面谈及待跟进事项',
    noTalk: '无面谈记录。',
    followUpsFrom: (date, type) => `${date} 面谈（${type}）中待跟进的事项：`,
    noFollowUps: '暂无待跟进事项。',
    questions: '参考问题',
    avoid: '注意避免',
    before: '面谈前',
    during: '面谈中',
    after: '面谈后',
    plan: '改进计划（与员工共同商定）',
    goal: '目标',
    actions: '具体措施',
    byWhen: '完成时间',
    support: '需要的支持',
    outcome: '面谈结果（面谈后填写）',
    held: '是否已面谈',
    heldOn: '面谈日期',
    category: '问题类别',
    issue: '问题',
    notes: '备注',
    nextStep: '下一步',
    footer: '面谈准备表：内部资料，请妥善保管',
  },
};

const WEEKDAYS: Record<Lang, string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  'zh-CN': ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
};

/** "Wed 2026-11-25", "2026-11-25（周三）". */
export function dayWithWeekday(day: Day, lang: Lang): string {
  const w = WEEKDAYS[lang][isoWeekday(day) - 1];
  return lang === 'en' ? `${w} ${day}` : `${day}（${w}）`;
}

/** A column heading for a KPI period: "W47" / "第47周", "2026-10" / "10月". */
export function periodHeading(period: Day, kind: PeriodKind, lang: Lang): string {
  if (kind === 'month') return lang === 'en' ? period.slice(0, 7) : `${+period.slice(5, 7)}月`;
  if (kind === 'day') return period.slice(5);
  const w = isoWeek(period).week;
  return lang === 'en' ? `W${w}` : `第${w}周`;
}

/** Whole months from `from` to `to`, counting a month only once its day of the month is reached. */
export function monthsBetween(from: Day, to: Day): number {
  const months = (+to.slice(0, 4) - +from.slice(0, 4)) * 12 + (+to.slice(5, 7) - +from.slice(5, 7));
  return +to.slice(8, 10) < +from.slice(8, 10) ? months - 1 : months;
}

/** Time since the hire date: "3 years 2 months", "8 days" / "3年2个月", "8天". */
export function tenureText(hireDate: Day, today: Day, lang: Lang): string {
  const days = diffDays(hireDate, today);
  const total = Math.max(0, monthsBetween(hireDate, today));
  const y = Math.floor(total / 12);
  const m = total % 12;
  if (lang === 'zh-CN') {
    if (total === 0) return `${Math.max(0, days)}天`;
    return `${y ? `${y}年` : ''}${m ? `${m}个月` : ''}`;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (total === 0) return plural(Math.max(0, days), 'day');
  return [y ? plural(y, 'year') : '', m ? plural(m, 'month') : ''].filter(Boolean).join(' ');
}
