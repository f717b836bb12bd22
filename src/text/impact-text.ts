import type { ImpactBasis, ImpactSummary, ImpactVerdict } from '../model/impact.js';
import type { Day, PeriodKind } from '../model/types.js';
import { RULE_LABELS, type Lang } from './labels.js';

const PERIODS: Record<Lang, Record<PeriodKind, (n: number) => string>> = {
  en: { day: (n) => `${n} day${n === 1 ? '' : 's'}`, week: (n) => `${n} week${n === 1 ? '' : 's'}`, month: (n) => `${n} month${n === 1 ? '' : 's'}` },
  'zh-CN': { day: (n) => `${n} 天`, week: (n) => `${n} 周`, month: (n) => `${n} 个月` },
};

export const IMPACT_TEXT = {
  en: {
    head: ['Held on', 'Agent ID', 'Name', 'Talk type', 'Judged by', 'Metric', 'Before', 'After', 'Periods after', 'Normal range / target', 'Result'],
    basis: { plan: 'plan', swing: 'swing', none: '–' } as Record<ImpactBasis, string>,
    verdict: { better: 'better', 'not-yet': 'not yet', 'too-recent': 'too recent', 'no-data': 'no data', 'no-metric': 'no metric' } as Record<ImpactVerdict, string>,
    title: (since: Day, n: number) => `Impact of the ${n} talk${n === 1 ? '' : 's'} held since ${since}:`,
    none: (since: Day, file: string) => `No talk held since ${since} in ${file}. Record the talks with "talks record PLAN.xlsx" first.`,
    method: (kind: PeriodKind, n: number) =>
      `Before = the ${PERIODS.en[kind](n)} that ended before the talk; after = the first ${PERIODS.en[kind](n)} that began on or after it (see the README, "talks impact").`,
  },
  'zh-CN': {
    head: ['面谈日期', '工号', '姓名', '面谈类型', '衡量依据', '指标', '面谈前', '面谈后', '面谈后周期数', '正常范围 / 目标', '结果'],
    basis: { plan: '改进计划', swing: '波动', none: '–' } as Record<ImpactBasis, string>,
    verdict: { better: '已改善', 'not-yet': '尚未改善', 'too-recent': '为时尚早', 'no-data': '无数据', 'no-metric': '无衡量指标' } as Record<ImpactVerdict, string>,
    title: (since: Day, n: number) => `${since} 以来已面谈 ${n} 次，效果如下：`,
    none: (since: Day, file: string) => `${file} 中没有 ${since} 以来的已面谈记录。请先用 "talks record 面谈计划.xlsx" 记录面谈。`,
    method: (kind: PeriodKind, n: number) =>
      `面谈前 = 面谈之前结束的 ${PERIODS['zh-CN'][kind](n)}；面谈后 = 面谈当天或之后开始的前 ${PERIODS['zh-CN'][kind](n)}（详见 README “talks impact”）。`,
  },
} as const;

/** "Swing-down talks: 7 of 10 agents back within their normal range 4 weeks later; 3 too recent to judge." */
export function summaryLine(s: ImpactSummary, kind: PeriodKind, after: number, lang: Lang): string {
  const en = lang === 'en';
  const type = RULE_LABELS[lang][s.rule];
  const judged = s.better + s.notYet;
  const later = PERIODS[lang][kind](after);
  const what =
    s.basis === 'plan'
      ? en ? `met their plan's target ${later} later` : `${later}后达到改进计划的目标`
      : s.rule === 'swing-up'
        ? en ? `still above their usual level ${later} later` : `${later}后仍高于以往水平`
        : en ? `back within their normal range ${later} later` : `${later}后回到正常范围`;
  const head = en ? `${type} talks${s.basis === 'plan' ? ' with a plan' : ''}` : `${type}面谈${s.basis === 'plan' ? '（有改进计划）' : ''}`;
  if (s.basis === 'none') {
    return en
      ? `${head}: ${s.agents} agent${s.agents === 1 ? '' : 's'}, no metric to judge by (agree a plan with a KPI metric to measure them).`
      : `${head}：${s.agents} 名坐席，没有可衡量的指标（商定带 KPI 指标的改进计划即可衡量）。`;
  }
  const parts = [en ? `${s.better} of ${judged} agents ${what}` : `${judged} 名坐席中 ${s.better} 名${what}`];
  if (s.partial > 0) parts[0] += en ? ` (${s.partial} measured over fewer ${PERIODS.en[kind](2).split(' ')[1]} so far)` : `（其中 ${s.partial} 名目前的数据不足 ${later}）`;
  if (judged === 0) parts[0] = en ? `${s.agents} agent${s.agents === 1 ? '' : 's'}` : `${s.agents} 名坐席`;
  if (s.tooRecent > 0) parts.push(en ? `${s.tooRecent} too recent to judge (no KPI period since the talk yet)` : `${s.tooRecent} 名为时尚早（面谈后还没有 KPI 数据）`);
  if (s.noData > 0) parts.push(en ? `${s.noData} without data to compare` : `${s.noData} 名没有可比较的数据`);
  return en ? `${head}: ${parts.join('; ')}.` : `${head}：${parts.join('；')}。`;
}
