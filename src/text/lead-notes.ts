import type { Lang } from './labels.js';

/** What the `Team leads` sheet tells the leads it is shared with. */
export const LEAD_NOTES: Record<Lang, { header: string; note: string }> = {
  en: {
    header: 'Talks with your agents this week: add your questions in the last column',
    note:
      'For team leads: add any questions you would like the manager to ask in the last column. ' +
      'Tell each agent the time, the place and the topic of the talk, and that it is a routine talk.',
  },
  'zh-CN': {
    header: '本周与您组员的面谈安排：如有想让经理了解的问题，请填在最后一列',
    note: '致各位组长：如有希望经理在面谈中了解的问题，请填在最后一列。请提前告知组员面谈的时间、地点和主题，并说明这是例行面谈。',
  },
};
