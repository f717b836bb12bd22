import type { RuleTexts } from './rule-text.js';
import { relativeDays } from './words.js';

/** The agent has handed in notice. */
export const exit: RuleTexts<'exit'> = {
  en: {
    label: 'Exit',
    describe: () => 'The agent has handed in notice (status Notice, or a leaving date in the future); due the working day before the leaving date.',
    reason: (e) => (e.leavingDate ? `Leaving on ${e.leavingDate}` : 'Notice given (no leaving date in the roster)'),
    evidence(e, at) {
      if (!e.leavingDate) return ['Notice given; the roster has no leaving date.'];
      const when = relativeDays(e.leavingDate, at.today, 'en');
      return [e.status === 'notice' ? `Notice given; last working day ${e.leavingDate} (${when}).` : `Leaving on ${e.leavingDate} (${when}).`];
    },
    questions: [
      'What made you decide to leave?',
      'What did you like about working here?',
      'How did you find the support from your team and from the company?',
      'What should we change in the team to keep good people?',
      'Is there anything we could have done differently?',
      'Is there anything you would like to hand over or pass on to your colleagues before you go?',
    ],
    avoid: [
      'Don’t push to change their mind: keeping them is rarely possible now, and it spoils an honest conversation.',
      'Don’t argue with or defend against their criticism: thank them for it.',
      'Don’t repeat what they say to the team in a way that identifies them.',
    ],
  },
  'zh-CN': {
    label: '离职面谈',
    describe: () => '员工已提离职（状态为已提离职，或离职日期在未来）；离职日前一个工作日前面谈。',
    reason: (e) => (e.leavingDate ? `将于 ${e.leavingDate} 离职` : '已提离职（花名册无离职日期）'),
    evidence(e, at) {
      if (!e.leavingDate) return ['已提出离职，花名册中没有离职日期。'];
      const when = relativeDays(e.leavingDate, at.today, 'zh-CN');
      return [e.status === 'notice' ? `已提出离职，最后工作日为 ${e.leavingDate}（${when}）。` : `将于 ${e.leavingDate} 离职（${when}）。`];
    },
    questions: [
      '是什么让你决定离开的？',
      '在这里工作，你觉得哪些地方还不错？',
      '你觉得团队和公司给你的支持够吗？',
      '要留住优秀的同事，团队应该做哪些改变？',
      '有没有什么是我们本来可以做得更好的？',
      '走之前，有没有什么工作需要交接，或者想对同事们说的？',
    ],
    avoid: [
      '不要极力挽留：这个阶段基本留不住，反而会让对方不愿说真话。',
      '对他的批评不要争辩或解释，真诚地感谢他的坦诚。',
      '转述他的意见时，不要让人看出是谁说的。',
    ],
  },
};
