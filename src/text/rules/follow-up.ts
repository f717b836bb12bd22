import { planLine } from '../plan-line.js';
import type { RuleTexts } from './rule-text.js';
import { ANYTHING_ELSE } from './words.js';

/** An improvement plan agreed in a held talk reaches its review date. */
export const followUp: RuleTexts<'follow-up'> = {
  en: {
    label: 'Follow-up',
    describe: () => 'An improvement plan agreed in a held talk reaches its review date; due on the review date.',
    reason: ({ plan: p }) => `Review of the plan agreed on ${p.agreedOn}, due ${p.review}`,
    evidence({ plan: p }, at) {
      const line = planLine(p, 'en');
      return [`Improvement plan agreed on ${p.agreedOn} (${at.labels[p.rule]} talk)${line ? `: ${line}` : ''}.`, `Review due on ${p.review}.`];
    },
    questions: [
      'When we last talked we agreed a plan. How has it gone for you since?',
      'Which of the agreed actions worked, and which did not happen? What got in the way?',
      'Here is how your numbers have moved since then. How do you read them?',
      'Did you get the support we agreed on? What else would help?',
      'Should we keep the plan, change the target, or close it?',
      ANYTHING_ELSE.en,
    ],
    avoid: [
      'Don’t treat a target not yet met as a failure: look at the progress and what got in the way.',
      'Don’t add new targets before you have reviewed the agreed ones.',
    ],
  },
  'zh-CN': {
    label: '计划跟进',
    describe: () => '面谈中商定的改进计划到了复查日期；于复查日面谈。',
    reason: ({ plan: p }) => `复查 ${p.agreedOn} 商定的改进计划，${p.review} 到期`,
    evidence({ plan: p }, at) {
      const line = planLine(p, 'zh-CN');
      return [`${p.agreedOn}（${at.labels[p.rule]}）商定的改进计划${line ? `：${line}` : ''}。`, `复查日期 ${p.review}。`];
    },
    questions: [
      '上次面谈我们商定了一个改进计划，这段时间执行得怎么样？',
      '哪些措施起了作用，哪些没做成？遇到了什么困难？',
      '这是你的指标从那以后的变化，你怎么看？',
      '我们说好的支持你拿到了吗？还需要什么帮助？',
      '这个计划是继续、调整目标，还是可以结束了？',
      ANYTHING_ELSE['zh-CN'],
    ],
    avoid: ['目标还没达到不等于失败：看进步，也看是什么拖了后腿。', '还没复盘已商定的目标之前，不要再加新目标。'],
  },
};
