import type { BacklogReason, Day, Finding } from '../model/types.js';
import type { Lang } from './labels.js';
import { reasonLine } from './rule-texts.js';

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
