import type { RuleTexts } from './rule-text.js';
import { swingText } from './swing.js';

/** The composite KPI score rose sharply against the agent's own baseline. */
export const swingUp: RuleTexts<'swing-up'> = {
  en: swingText('en', {
    label: 'Swing up',
    moved: 'rose',
    questions: [
      'Your results went up clearly in the latest period. What changed for you?',
      'What did you try that worked? Could others on the team use it too?',
      'What helped you most: coaching, a tool, a colleague, your schedule?',
      'Would you be willing to share your approach with the team?',
      'What would help you keep it up?',
      'Is anything still getting in your way?',
    ],
    avoid: [
      'Encourage without overdoing it: keep the praise specific and sincere.',
      'Don’t raise their targets on the spot.',
      'Don’t compare them with colleagues who are struggling.',
    ],
  }),
  'zh-CN': swingText('zh-CN', {
    label: '绩效提升',
    moved: '上升',
    questions: [
      '最近这个周期你的成绩明显提升了，是哪些方面有了变化？',
      '你尝试了哪些有效的做法？组里其他同事能不能借鉴？',
      '对你帮助最大的是什么：辅导、工具、同事，还是排班？',
      '愿不愿意把你的做法分享给组里？',
      '要保持这个状态，你还需要哪些支持？',
      '现在还有什么在拖你的后腿吗？',
    ],
    avoid: ['肯定要具体、真诚，但不要过度夸奖。', '不要当场给他加指标。', '不要拿他和正在吃力的同事作比较。'],
  }),
};
