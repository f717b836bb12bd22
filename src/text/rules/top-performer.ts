import { pct } from '../share.js';
import type { RuleTexts } from './rule-text.js';
import { lastTalkSentence } from './words.js';

/** In the top of the ranking and not talked to for a while. */
export const topPerformer: RuleTexts<'top-performer'> = {
  en: {
    label: 'Top performer',
    describe: (s) => `In the top ${pct(s.ranking.topShare)} of the ranking; due ${s.rules.topPerformerMonths} months after the last talk (today if never).`,
    // "No talk on record" is the routine finding's to say; it rides along whenever it is true.
    reason: (e) => `Ranked ${e.rank} of ${e.of}${e.lastTalk ? `; last talk ${e.lastTalk}` : ''}`,
    evidence: (e, at) => [`Ranked ${e.rank} of ${e.of} on the overall KPI score (${e.score} of 100).`, lastTalkSentence(e.lastTalk, at.today, 'en')],
    questions: [
      'How are things going for you at the moment? What is on your mind about your work?',
      'What do you do that makes your calls go well? Would you show the team how you do it? You will get the credit.',
      'What would you change to make the team work better?',
      'Is there a goal outside your daily calls you would like to take on in the next few months, such as running a training session, mentoring a new hire or trying another role?',
      'How satisfied are you with your work here, from 1 to 10? What would make it a 10?',
      'Would you be interested in a team-lead or other management role one day?',
      'How do you feel about your pay for the results you bring?',
    ],
    avoid: [
      'Don’t reward good work with just more work.',
      'Don’t pass their methods on to the team without giving them the credit.',
      'Don’t promise a promotion or a raise you cannot deliver.',
      'Don’t let it become a chat of compliments only: ask for their ideas too.',
    ],
  },
  'zh-CN': {
    label: '优秀员工',
    describe: (s) => `排名前 ${pct(s.ranking.topShare)}；上次面谈后 ${s.rules.topPerformerMonths} 个月面谈（从未面谈则今天）。`,
    reason: (e) => `排名 ${e.rank}/${e.of}${e.lastTalk ? `；上次面谈 ${e.lastTalk}` : ''}`,
    evidence: (e, at) => [`综合KPI得分排名第 ${e.rank}（共 ${e.of} 人），得分 ${e.score}（满分100）。`, lastTalkSentence(e.lastTalk, at.today, 'zh-CN')],
    questions: [
      '最近工作状态怎么样？对工作有什么想法？',
      '你接电话有哪些好的做法？愿不愿意分享给组里的同事？分享的成果会记在你名下。',
      '你觉得团队哪些地方可以做得更好？',
      '接下来几个月，除了日常接线，有没有想尝试的目标？比如给大家做一次培训、带一带新人，或者体验一下别的岗位。',
      '如果满分是10分，你对现在的工作打几分？怎样才能到10分？',
      '以后有没有兴趣往组长或其他管理岗位发展？',
      '以你现在的表现，你觉得目前的薪酬合理吗？',
    ],
    avoid: [
      '不要因为他做得好就一味给他加活。',
      '不要把他的方法拿去推广却不提他的功劳。',
      '不要承诺兑现不了的晋升或加薪。',
      '不要只顾着夸奖，也要听听他的想法和建议。',
    ],
  },
};
