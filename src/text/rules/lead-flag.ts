import type { RuleTexts } from './rule-text.js';
import { ANYTHING_ELSE, NO_PROMISES, relativeDays } from './words.js';

/** A team lead reported a marked mood change or an intent to resign. */
export const leadFlag: RuleTexts<'lead-flag'> = {
  en: {
    label: 'Lead flag',
    describe: (s) => `A team lead reported a marked mood change or resignation intent; due ${s.rules.leadFlagDueWorkingDays} working days after the report.`,
    reason: (e) => `Team lead reported ${e.flag === 'mood' ? 'a mood change' : 'resignation intent'} on ${e.flagDate}`,
    evidence: (e, at) => [
      `${e.flag === 'mood' ? 'A marked mood change' : 'Resignation intent'} reported by the team lead on ${e.flagDate} (${relativeDays(e.flagDate, at.today, 'en')}).`,
    ],
    questions: [
      'How are you doing? How have the last couple of weeks been for you?',
      'What has been the hardest part of work lately?',
      'Is there something at work you would like to change?',
      'How do you see your future here? What would make you want to stay?',
      'What could I do to help?',
      ANYTHING_ELSE.en,
    ],
    avoid: [
      'Never discuss, judge or undermine the team lead’s management; if they criticise the team lead, listen and take notes without agreeing or defending.',
      'Don’t interrupt or argue: let them talk.',
      NO_PROMISES.en,
      'Don’t make it feel like a warning or a disciplinary meeting.',
    ],
  },
  'zh-CN': {
    label: '组长反馈',
    describe: (s) => `组长反馈员工情绪明显变化或有离职倾向；反馈后 ${s.rules.leadFlagDueWorkingDays} 个工作日内面谈。`,
    reason: (e) => `组长于 ${e.flagDate} 反馈${e.flag === 'mood' ? '情绪变化' : '有离职倾向'}`,
    evidence: (e, at) => [`组长于 ${e.flagDate} 反馈${e.flag === 'mood' ? '其情绪有明显变化' : '其有离职倾向'}（${relativeDays(e.flagDate, at.today, 'zh-CN')}）。`],
    questions: [
      '最近还好吗？这一两周过得怎么样？',
      '最近工作上最难的是什么？',
      '工作中有没有你希望改变的地方？',
      '你怎么看自己在这里的发展？什么会让你愿意继续留下来？',
      '有什么是我可以帮你的？',
      ANYTHING_ELSE['zh-CN'],
    ],
    avoid: [
      '绝不评论、议论或否定组长的管理；如果他对组长有意见，认真听、做好记录，既不附和也不辩解。',
      '不要打断，也不要争论，让他把话说完。',
      NO_PROMISES['zh-CN'],
      '不要把面谈弄得像警告或问责。',
    ],
  },
};
