import type { Lang } from '../../model/lang.js';
import type { Settings } from '../../model/settings.js';
import type { Swing, SwingDriver, MetricId } from '../../model/types.js';
import { formatMetric, METRIC_LABELS } from '../metrics.js';
import type { RuleText } from './rule-text.js';
import { periodName } from './words.js';

/** "88–93%", "5:02–5:30": the usual range of a metric. */
export function formatRange(metric: MetricId, low: number, high: number): string {
  const hi = formatMetric(metric, high);
  const lo = formatMetric(metric, low);
  return hi.endsWith('%') ? `${lo.replace(/%$/, '')}–${hi}` : `${lo}–${hi}`;
}

/** The first driver in words, for the Reasons column: "; CSAT 91% → 78%". */
function driverText(swing: Swing, lang: Lang): string {
  const d = swing.drivers[0];
  if (!d) return '';
  const text = `${METRIC_LABELS[lang][d.metric]} ${formatMetric(d.metric, d.from)} → ${formatMetric(d.metric, d.to)}`;
  return lang === 'en' ? `; ${text}` : `；${text}`;
}

/** "CSAT fell from 91.3% to 78.1% in week 47; usual range 88–93%." */
function driverSentence(swing: Swing, d: SwingDriver, lang: Lang): string {
  const name = METRIC_LABELS[lang][d.metric];
  const from = formatMetric(d.metric, d.from);
  const to = formatMetric(d.metric, d.to);
  const range = formatRange(d.metric, d.low, d.high);
  const when = periodName(swing, lang);
  const rose = d.to > d.from;
  if (lang === 'en') return `${name} ${rose ? 'rose' : 'fell'} from ${from} to ${to} in ${when}; usual range ${range}.`;
  return `${when}${name}从 ${from} ${rose ? '升至' : '降至'} ${to}，平时在 ${range} 之间。`;
}

function swingReason(s: Swing, lang: Lang): string {
  const pts = Math.abs(Math.round(s.size));
  const when = periodName(s, lang);
  if (lang === 'en') return `Score ${s.direction === 'down' ? 'fell' : 'rose'} ${pts} points in ${when}${driverText(s, lang)}`;
  return `${when}综合得分${s.direction === 'down' ? '下降' : '上升'} ${pts} 分${driverText(s, lang)}`;
}

function swingSentences(s: Swing, lang: Lang): string[] {
  const pts = Math.abs(Math.round(s.size));
  const when = periodName(s, lang);
  const usual = Math.round(s.baseline);
  const now = Math.round(s.latest);
  const head =
    lang === 'en'
      ? `Overall KPI score ${s.direction === 'down' ? 'fell' : 'rose'} ${pts} points in ${when} (${s.period} – ${s.periodEnd}): usually about ${usual} of 100, now ${now}.`
      : `${when}（${s.period} 至 ${s.periodEnd}）综合KPI得分${s.direction === 'down' ? '下降' : '上升'} ${pts} 分：平时约 ${usual} 分（满分100），现为 ${now} 分。`;
  return [head, ...s.drivers.map((d) => driverSentence(s, d, lang))];
}

function swingDescription(s: Settings, lang: Lang, moved: string): string {
  if (lang === 'en')
    return `The composite KPI score ${moved} at least ${s.swing.minPoints} points, more than usual, against the agent's own baseline; due ${s.rules.swingDueWorkingDays} working days after the period ends.`;
  return `综合得分较本人基线异常${moved}（至少 ${s.swing.minPoints} 分）；该周期结束后 ${s.rules.swingDueWorkingDays} 个工作日内面谈。`;
}

/** The sentences both swing rules share; each rule file adds its label, questions and pitfalls. */
export function swingText(
  lang: Lang,
  own: { label: string; moved: string; questions: string[]; avoid: string[] },
): RuleText<'swing-down' | 'swing-up'> {
  return {
    label: own.label,
    describe: (s) => swingDescription(s, lang, own.moved),
    reason: (e) => swingReason(e.swing, lang),
    evidence: (e) => swingSentences(e.swing, lang),
    questions: own.questions,
    avoid: own.avoid,
  };
}
