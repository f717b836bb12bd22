import { diffDays, isoWeek } from '../../model/day.js';
import type { Lang } from '../../model/lang.js';
import type { Day, Swing } from '../../model/types.js';

/** Phrases that more than one rule's texts use. */
export const ANYTHING_ELSE: Record<Lang, string> = {
  en: 'Is there anything you would like to bring up that I have not asked about?',
  'zh-CN': '还有什么我没问到、但你想聊的吗？',
};

export const NO_PROMISES: Record<Lang, string> = {
  en: 'Don’t promise what you cannot deliver; say what you will look into and when you will come back.',
  'zh-CN': '做不到的事不要当场承诺；说清楚你会去了解什么、什么时候给答复。',
};

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

/** "Last talk on 2026-03-02 (8 months ago)." or "No talk on record." */
export function lastTalkSentence(lastTalk: Day | undefined, today: Day, lang: Lang): string {
  if (!lastTalk) return lang === 'en' ? 'No talk on record.' : '无面谈记录。';
  const ago = relativeDays(lastTalk, today, lang);
  return lang === 'en' ? `Last talk on ${lastTalk} (${ago}).` : `上次面谈 ${lastTalk}（${ago}）。`;
}

/** A swing's period in words: "week 47", "2026-10", "第47周", or the day itself. */
export function periodName(swing: Swing, lang: Lang): string {
  if (swing.periodKind === 'day') return swing.period;
  if (swing.periodKind === 'month') return lang === 'en' ? swing.period.slice(0, 7) : `${swing.period.slice(0, 4)}年${+swing.period.slice(5, 7)}月`;
  const w = isoWeek(swing.period).week;
  return lang === 'en' ? `week ${w}` : `第${w}周`;
}
