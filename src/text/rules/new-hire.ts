import type { RuleTexts } from './rule-text.js';

/** Hired within the onboarding window and not yet talked to since. */
export const newHire: RuleTexts<'new-hire'> = {
  en: {
    label: 'New hire',
    describe: (s) => `Hired at most ${s.rules.onboardingDays} days ago with no talk since the hire date; due ${s.rules.newHireDueDays} days after the hire date.`,
    reason: (e) => `Hired ${e.hireDate} (${e.daysSinceHire} days ago), no talk yet`,
    evidence: (e) => [`Hired on ${e.hireDate} (${e.daysSinceHire} days ago); no talk since then.`],
    questions: [
      'How are your first weeks going? What has surprised you most about the job?',
      'What difficulty can I help you with right now?',
      'How did the training feel? What was missing or unclear when you started taking calls?',
      'How are you finding the number of calls and the pace of the work?',
      'Which customers or calls leave you frustrated? How do you handle them?',
      'Everyone is slower than the experienced colleagues at first. How do you feel about your progress so far?',
      'Does your shift suit you? Is anything about the schedule hard to manage?',
      'How is your voice holding up at the end of a shift?',
    ],
    avoid: [
      'Don’t ask for their opinion of the company, its policies or its management: it is too early and puts them on the spot.',
      'Don’t compare their numbers with experienced colleagues’.',
      'Don’t judge them on KPI targets yet; they are still learning.',
      'Don’t bury them in feedback: pick one or two things to work on.',
    ],
  },
  'zh-CN': {
    label: '新员工',
    describe: (s) => `入职不超过 ${s.rules.onboardingDays} 天且入职后尚未面谈；入职后 ${s.rules.newHireDueDays} 天内面谈。`,
    reason: (e) => `${e.hireDate} 入职（${e.daysSinceHire} 天），尚未面谈`,
    evidence: (e) => [`${e.hireDate} 入职（${e.daysSinceHire} 天前），入职以来尚未面谈。`],
    questions: [
      '上岗这几周感觉怎么样？有没有哪些情况和你想的不太一样？',
      '现在工作上有什么困难，需要我帮你解决的？',
      '培训下来感觉如何？正式接线以后，有哪些地方培训时没讲清楚？',
      '现在的话务量和工作节奏，你适应得怎么样？',
      '遇到哪类客户或来电最让你头疼？你一般是怎么处理的？',
      '刚开始比老员工慢是很正常的，你觉得自己这段时间的进步怎么样？',
      '现在的班次适合你吗？排班上有没有不方便的地方？',
      '一个班下来，嗓子还吃得消吗？',
    ],
    avoid: [
      '不要问新员工对公司、公司制度或管理层的看法：入职时间太短，这样问会让对方很为难。',
      '不要拿他的数据和老员工比。',
      '现在还在学习阶段，先不要用KPI指标去评价他。',
      '反馈不要一次给太多，挑一两点重点改进就好。',
    ],
  },
};
