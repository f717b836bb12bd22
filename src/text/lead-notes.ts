import type { Lang } from './labels.js';

/** What the `Team leads` sheet tells each lead on their page. */
export const LEAD_NOTES: Record<Lang, { header: string; heading: (lead: string, teams: string) => string; note: string; questions: string }> = {
  en: {
    header: 'Talks with your agents this week',
    heading: (lead, teams) => `Team lead: ${lead}${teams ? ` · ${teams}` : ''}`,
    note:
      'Write in the shaded cells any question you would like the manager to ask or follow up in the talk (one per line); ' +
      'the manager brings them onto the prep forms with "talks prep PLAN.xlsx". ' +
      'Tell each agent the time, the place and the topic of the talk, and that it is a routine talk.',
    questions: 'Your questions for the manager',
  },
  'zh-CN': {
    header: '本周与您组员的面谈安排',
    heading: (lead, teams) => `组长：${lead}${teams ? ` · ${teams}` : ''}`,
    note: '如有希望经理在面谈中了解或跟进的问题，请写在带底色的格子里（每行一个问题）；经理运行 "talks prep 面谈计划.xlsx" 后，问题会出现在面谈准备表上。请提前告知组员面谈的时间、地点和主题，并说明这是例行面谈。',
    questions: '您想请经理了解的问题',
  },
};
