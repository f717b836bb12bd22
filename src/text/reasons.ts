import { diffDays, isoWeek } from '../model/day.js';
import type { BacklogReason, Day, Finding, Swing } from '../model/types.js';
import type { Lang } from './labels.js';
import { formatMetric, METRIC_LABELS } from './metrics.js';
import { followUpReason } from './plan-text.js';

/** A swing's period in words: "week 47", "2026-10", "第47周", or the day itself. */
export function periodName(swing: Swing, lang: Lang): string {
  if (swing.periodKind === 'day') return swing.period;
  if (swing.periodKind === 'month') return lang === 'en' ? swing.period.slice(0, 7) : `${swing.period.slice(0, 4)}年${+swing.period.slice(5, 7)}月`;
  const w = isoWeek(swing.period).week;
  return lang === 'en' ? `week ${w}` : `第${w}周`;
}

function monthsAgo(from: Day, to: Day, lang: Lang): string {
  const m = Math.floor(diffDays(from, to) / 30.44);
  if (lang === 'zh-CN') return m < 1 ? `${diffDays(from, to)} 天前` : `${m} 个月前`;
  if (m < 1) return `${diffDays(from, to)} days ago`;
  return m === 1 ? '1 month ago' : `${m} months ago`;
}

/** The first driver in words: "CSAT fell from 91% to 78%". */
function driverText(swing: Swing, lang: Lang): string {
  const d = swing.drivers[0];
  if (!d) return '';
  const name = METRIC_LABELS[lang][d.metric];
  const from = formatMetric(d.metric, d.from);
  const to = formatMetric(d.metric, d.to);
  if (lang === 'en') return `; ${name} ${from} → ${to}`;
  return `；${name} ${from} → ${to}`;
}

/** One line per finding, for the Schedule's `Reasons` column and terminal tables. */
function reasonLine(f: Finding, today: Day, lang: Lang): string {
  const e = f.evidence;
  const en = lang === 'en';
  switch (e.rule) {
    case 'lead-flag':
      if (en) return `Team lead reported ${e.flag === 'mood' ? 'a mood change' : 'resignation intent'} on ${e.flagDate}`;
      return `组长于 ${e.flagDate} 反馈${e.flag === 'mood' ? '情绪变化' : '有离职倾向'}`;
    case 'exit':
      if (e.leavingDate) return en ? `Leaving on ${e.leavingDate}` : `将于 ${e.leavingDate} 离职`;
      return en ? 'Notice given (no leaving date in the roster)' : '已提离职（花名册无离职日期）';
    case 'new-hire':
      return en ? `Hired ${e.hireDate} (${e.daysSinceHire} days ago), no talk yet` : `${e.hireDate} 入职（${e.daysSinceHire} 天），尚未面谈`;
    case 'follow-up':
      return followUpReason(e.plan, lang);
    case 'swing-down':
    case 'swing-up': {
      const s = e.swing;
      const pts = Math.abs(Math.round(s.size));
      const when = periodName(s, lang);
      if (en) return `Score ${s.direction === 'down' ? 'fell' : 'rose'} ${pts} points in ${when}${driverText(s, lang)}`;
      return `${when}综合得分${s.direction === 'down' ? '下降' : '上升'} ${pts} 分${driverText(s, lang)}`;
    }
    case 'top-performer':
      // "No talk on record" is the routine finding's to say; it rides along whenever it is true.
      if (en) return `Ranked ${e.rank} of ${e.of}${e.lastTalk ? `; last talk ${e.lastTalk}` : ''}`;
      return `排名 ${e.rank}/${e.of}${e.lastTalk ? `；上次面谈 ${e.lastTalk}` : ''}`;
    case 'routine':
      if (e.lastTalk) {
        const ago = monthsAgo(e.lastTalk, today, lang);
        return en ? `Last talk ${e.lastTalk} (${ago})` : `上次面谈 ${e.lastTalk}（${ago}）`;
      }
      return en ? `No talk on record since hire on ${e.hireDate}` : `自 ${e.hireDate} 入职以来无面谈记录`;
  }
}

/**
 * The reasons worth reading: a routine finding that rides along with a more urgent one
 * and is not due yet says nothing the other reasons don't.
 */
export function findingsWorthShowing(findings: Finding[], today: Day): Finding[] {
  return findings.filter((f, i) => i === 0 || f.rule !== 'routine' || f.due <= today);
}

/** The reasons worth reading, in one line. */
export function reasonsText(findings: Finding[], today: Day, lang: Lang): string {
  return findingsWorthShowing(findings, today).map((f) => reasonLine(f, today, lang)).join(lang === 'en' ? '; ' : '；');
}

export const BACKLOG_REASONS: Record<Lang, Record<BacklogReason, string>> = {
  en: {
    'on-leave': 'On leave this week',
    capacity: "This week's talk slots are full",
    'no-days-left': 'No working day left this week',
    'no-shift': 'No shift this week',
    'outside-shift': "No free slot inside the agent's shift and the manager's hours",
    'rooms-busy': 'Every room is taken at the free times',
  },
  'zh-CN': {
    'on-leave': '本周休假',
    capacity: '本周面谈时段已排满',
    'no-days-left': '本周已无工作日',
    'no-shift': '本周没有班次',
    'outside-shift': '坐席班次与经理面谈时间内没有空档',
    'rooms-busy': '空闲时段的面谈室都已被占用',
  },
};
