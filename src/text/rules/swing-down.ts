import type { RuleTexts } from './rule-text.js';
import { swingText } from './swing.js';

/** The composite KPI score fell sharply against the agent's own baseline. */
export const swingDown: RuleTexts<'swing-down'> = {
  en: swingText('en', {
    label: 'Swing down',
    moved: 'fell',
    questions: [
      'Your results dropped in the latest period. How have things been for you at work?',
      'What has changed in your calls or your work recently?',
      'Is something about the team, the schedule or the tools making your work harder?',
      'How are things with your colleagues in the team?',
      'What support would help you most right now: coaching, listening to calls together, a schedule change?',
      'What would a good week look like for you next week?',
      'Is there anything we can do to make the next few weeks easier for you?',
    ],
    avoid: [
      'Don’t open with blame or use the numbers as an accusation: ask first, then listen.',
      'Don’t assume the cause before you have listened.',
      'Don’t dig into private life; if the cause is personal, thank them and ask the team lead to give extra care.',
      'Don’t announce consequences or a performance plan in this talk.',
    ],
  }),
  'zh-CN': swingText('zh-CN', {
    label: '绩效下滑',
    moved: '下降',
    questions: [
      '最近这个周期你的成绩有所下滑，这段时间工作上感觉怎么样？',
      '最近接线或工作内容上有什么变化吗？',
      '团队、排班或者系统工具方面，有没有什么让工作变难了？',
      '和组里同事之间配合得怎么样？',
      '现在最需要哪方面的支持？比如一对一辅导、一起听录音，或者调整班次。',
      '你希望下周的工作是什么样的状态？',
      '接下来几周，我们能做点什么让你轻松一些？',
    ],
    avoid: [
      '不要一开口就追责，也不要拿数据质问对方：先问，再认真听。',
      '没听完之前，不要先入为主地下结论。',
      '不要追问私人生活；如果是个人原因，表示理解，并请组长平时多关心他。',
      '这次面谈不要谈处罚，也不要宣布绩效改进计划。',
    ],
  }),
};
