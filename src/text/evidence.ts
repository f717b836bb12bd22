import { diffDays } from '../model/day.js';
import type { Day, Evidence, Finding, MetricId, Swing, SwingDriver } from '../model/types.js';
import type { Lang } from './labels.js';
import { formatMetric, METRIC_LABELS } from './metrics.js';
import { periodName } from './reasons.js';
import { followUpSentences } from './plan-text.js';

/** "today", "3 days ago", "in 10 days", "7 months ago" — and the Chinese equivalents. */
export function relativeDays(day: Day, today: Day, lang: Lang): string {
  const n = diffDays(day, today);
  const en = lang === 'en';
  if (n === 0) return en ? 'today' : '今天';
  const abs = Math.abs(n);
  const months = Math.floor(abs / 30.44);
  if (months >= 2) {
    if (en) return n > 0 ? `${months} months ago` : `in ${months} months`;
    return n > 0 ? `${months} 个月前` : `${months} 个月后`;
  }
  if (en) return n > 0 ? `${abs} ${abs === 1 ? 'day' : 'days'} ago` : `in ${abs} ${abs === 1 ? 'day' : 'days'}`;
  return n > 0 ? `${abs} 天前` : `${abs} 天后`;
}

/** "88–93%", "5:02–5:30": the usual range of a metric. */
export function formatRange(metric: MetricId, low: number, high: number): string {
  const hi = formatMetric(metric, high);
  const lo = formatMetric(metric, low);
  return hi.endsWith('%') ? `${lo.replace(/%$/, '')}–${hi}` : `${lo}–${hi}`;
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

function lastTalkSentence(lastTalk: Day | undefined, today: Day, lang: Lang): string {
  if (!lastTalk) return lang === 'en' ? 'No talk on record.' : '无面谈记录。';
  const ago = relativeDays(lastTalk, today, lang);
  return lang === 'en' ? `Last talk on ${lastTalk} (${ago}).` : `上次面谈 ${lastTalk}（${ago}）。`;
}

function factSentences(e: Evidence, today: Day, lang: Lang): string[] {
  const en = lang === 'en';
  switch (e.rule) {
    case 'lead-flag': {
      const ago = relativeDays(e.flagDate, today, lang);
      if (en) return [`${e.flag === 'mood' ? 'A marked mood change' : 'Resignation intent'} reported by the team lead on ${e.flagDate} (${ago}).`];
      return [`组长于 ${e.flagDate} 反馈${e.flag === 'mood' ? '其情绪有明显变化' : '其有离职倾向'}（${ago}）。`];
    }
    case 'exit': {
      if (!e.leavingDate) return [en ? 'Notice given; the roster has no leaving date.' : '已提出离职，花名册中没有离职日期。'];
      const when = relativeDays(e.leavingDate, today, lang);
      if (e.status === 'notice') return [en ? `Notice given; last working day ${e.leavingDate} (${when}).` : `已提出离职，最后工作日为 ${e.leavingDate}（${when}）。`];
      return [en ? `Leaving on ${e.leavingDate} (${when}).` : `将于 ${e.leavingDate} 离职（${when}）。`];
    }
    case 'new-hire':
      return [en ? `Hired on ${e.hireDate} (${e.daysSinceHire} days ago); no talk since then.` : `${e.hireDate} 入职（${e.daysSinceHire} 天前），入职以来尚未面谈。`];
    case 'follow-up':
      return followUpSentences(e.plan, lang);
    case 'swing-down':
    case 'swing-up':
      return swingSentences(e.swing, lang);
    case 'top-performer':
      return [
        en ? `Ranked ${e.rank} of ${e.of} on the overall KPI score (${e.score} of 100).` : `综合KPI得分排名第 ${e.rank}（共 ${e.of} 人），得分 ${e.score}（满分100）。`,
        lastTalkSentence(e.lastTalk, today, lang),
      ];
    case 'routine':
      if (e.lastTalk) return [lastTalkSentence(e.lastTalk, today, lang)];
      return [en ? `No talk on record since the hire date, ${e.hireDate}.` : `自 ${e.hireDate} 入职以来无面谈记录。`];
  }
}

function dueSentence(due: Day, today: Day, lang: Lang): string {
  const late = diffDays(due, today);
  if (late > 0) return lang === 'en' ? `Was due on ${due} (${late} ${late === 1 ? 'day' : 'days'} overdue).` : `应于 ${due} 前完成（已逾期 ${late} 天）。`;
  return lang === 'en' ? `Due by ${due}.` : `截止日期 ${due}。`;
}

/** A finding's evidence in full sentences, ending with when the talk is due. */
export function evidenceSentences(finding: Finding, today: Day, lang: Lang): string[] {
  return [...factSentences(finding.evidence, today, lang), dueSentence(finding.due, today, lang)];
}
