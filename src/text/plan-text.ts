import type { AgreedPlan, MetricId } from '../model/types.js';
import { METRICS } from '../model/types.js';
import { RULE_LABELS, type Lang } from './labels.js';
import { formatMetric, METRIC_LABELS } from './metrics.js';
import type { PlanCheck, PlanStatus } from '../model/plan.js';

/** A plan's metric by its name, or the free text the manager typed. */
function planMetricName(metric: string | null, lang: Lang): string | null {
  if (metric === null) return null;
  return (METRICS as readonly string[]).includes(metric) ? METRIC_LABELS[lang][metric as MetricId] : metric;
}

/** "“Back to the usual FCR”, measured by FCR, target 80%" — the plan in one line. */
function planLine(p: Pick<AgreedPlan, 'goal' | 'metric' | 'target'>, lang: Lang): string {
  const en = lang === 'en';
  const metric = planMetricName(p.metric, lang);
  const parts = [
    p.goal ? (en ? `“${p.goal}”` : `“${p.goal}”`) : null,
    metric ? (en ? `measured by ${metric}` : `衡量指标：${metric}`) : null,
    p.target ? (en ? `target ${p.target}` : `目标 ${p.target}`) : null,
  ].filter((x): x is string => x !== null);
  return parts.join(en ? ', ' : '，');
}

/** The follow-up finding's evidence: when the plan was agreed, what it says, when it is reviewed. */
export function followUpSentences(p: AgreedPlan, lang: Lang): string[] {
  const type = RULE_LABELS[lang][p.rule];
  const line = planLine(p, lang);
  if (lang === 'en') return [`Improvement plan agreed on ${p.agreedOn} (${type} talk)${line ? `: ${line}` : ''}.`, `Review due on ${p.review}.`];
  return [`${p.agreedOn}（${type}）商定的改进计划${line ? `：${line}` : ''}。`, `复查日期 ${p.review}。`];
}

export function followUpReason(p: AgreedPlan, lang: Lang): string {
  return lang === 'en' ? `Review of the plan agreed on ${p.agreedOn}, due ${p.review}` : `复查 ${p.agreedOn} 商定的改进计划，${p.review} 到期`;
}

const STATUS: Record<Lang, Record<PlanStatus, string>> = {
  en: { met: 'met', 'not-yet': 'not yet', 'no-data': 'no data yet' },
  'zh-CN': { met: '已达成', 'not-yet': '尚未达成', 'no-data': '暂无数据' },
};

/** "FCR: 63.5% before the talk → 79% since (+15.5) · target 80%: not yet". */
export function planCheckLine(c: PlanCheck, lang: Lang): string {
  const en = lang === 'en';
  const status = STATUS[lang][c.status];
  if (!c.metric) return en ? `Measured change: ${status} (no KPI metric picked).` : `指标变化：${status}（未选择KPI指标）。`;
  const name = METRIC_LABELS[lang][c.metric];
  const show = (v: number | undefined) => (v === undefined ? '–' : formatMetric(c.metric!, v));
  const delta = c.before !== undefined && c.since !== undefined ? ` (${c.since >= c.before ? '+' : '−'}${show(Math.abs(c.since - c.before))})` : '';
  const target = c.target !== undefined ? (en ? ` · target ${show(c.target)}` : ` · 目标 ${show(c.target)}`) : '';
  return en
    ? `${name}: ${show(c.before)} before the talk → ${show(c.since)} since${delta}${target}: ${status}.`
    : `${name}：面谈前 ${show(c.before)} → 面谈后 ${show(c.since)}${delta}${target}：${status}。`;
}

export function lastPlanHeading(p: AgreedPlan, lang: Lang): string {
  const line = planLine(p, lang);
  return lang === 'en' ? `Plan agreed on ${p.agreedOn}${line ? `: ${line}` : ''}; review ${p.review}.` : `${p.agreedOn} 商定的计划${line ? `：${line}` : ''}；复查 ${p.review}。`;
}
