import type { AgreedPlan } from '../model/types.js';
import type { Lang } from './labels.js';
import { formatMetric, METRIC_LABELS } from './metrics.js';
import { planLine } from './plan-line.js';
import type { PlanCheck, PlanStatus } from '../model/plan.js';

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
