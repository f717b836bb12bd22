import { diffDays } from '../../model/day.js';
import type { Lang } from '../../model/lang.js';
import type { Day } from '../../model/types.js';
import type { RuleTexts } from './rule-text.js';
import { ANYTHING_ELSE, lastTalkSentence, NO_PROMISES } from './words.js';

/** "8 months ago", "12 days ago" for the Reasons column. */
function monthsAgo(from: Day, to: Day, lang: Lang): string {
  const m = Math.floor(diffDays(from, to) / 30.44);
  if (lang === 'zh-CN') return m < 1 ? `${diffDays(from, to)} 天前` : `${m} 个月前`;
  if (m < 1) return `${diffDays(from, to)} days ago`;
  return m === 1 ? '1 month ago' : `${m} months ago`;
}

/** Every active agent, every few months. */
export const routine: RuleTexts<'routine'> = {
  en: {
    label: 'Routine',
    describe: (s) => `Every active agent; due ${s.rules.routineMonths} months after the last talk (or the hire date).`,
    reason: (e, at) => (e.lastTalk ? `Last talk ${e.lastTalk} (${monthsAgo(e.lastTalk, at.today, 'en')})` : `No talk on record since hire on ${e.hireDate}`),
    evidence: (e, at) => [e.lastTalk ? lastTalkSentence(e.lastTalk, at.today, 'en') : `No talk on record since the hire date, ${e.hireDate}.`],
    questions: [
      'How are things going at work at the moment?',
      'What is the hardest part of your job right now?',
      'What would make your work easier?',
      'Where would you like to be in a year or two? What would help you get there?',
      'What training would you like?',
      'What are you proud of since our last talk?',
      ANYTHING_ELSE.en,
    ],
    avoid: ['Don’t turn it into a performance review: it is a routine talk.', 'Don’t talk more than they do.', NO_PROMISES.en],
  },
  'zh-CN': {
    label: '例行面谈',
    describe: (s) => `所有在职员工；上次面谈（或入职日期）后 ${s.rules.routineMonths} 个月面谈。`,
    reason: (e, at) => (e.lastTalk ? `上次面谈 ${e.lastTalk}（${monthsAgo(e.lastTalk, at.today, 'zh-CN')}）` : `自 ${e.hireDate} 入职以来无面谈记录`),
    evidence: (e, at) => [e.lastTalk ? lastTalkSentence(e.lastTalk, at.today, 'zh-CN') : `自 ${e.hireDate} 入职以来无面谈记录。`],
    questions: [
      '最近工作整体感觉怎么样？',
      '目前工作中最难的是哪一块？',
      '有什么能让你的工作更顺手一些？',
      '未来一两年你希望自己发展到什么位置？需要哪些帮助？',
      '你希望参加哪些培训？',
      '从上次面谈到现在，有什么让你觉得有成就感的事？',
      ANYTHING_ELSE['zh-CN'],
    ],
    avoid: ['不要把例行面谈变成绩效考核。', '不要自己说得比对方多。', NO_PROMISES['zh-CN']],
  },
};
