import type { FieldCode } from '../model/outcome-fields.js';
import type { Lang } from './labels.js';

/** The words of the prep form's writing blocks and of the "How to run a talk" sheet. */
export interface FormLabels {
  leadQuestions: string;
  noLeadQuestions: string;
  answer: string;
  avoidTop: string;
  measuredBy: string;
  target: string;
  review: string;
  issueN: (n: number) => string;
  leadNote: string;
  notesPrivate: string;
  howToRun: string;
  howToRunTitle: string;
  seeHowToRun: string;
}

export const FORM_LABELS: Record<Lang, FormLabels> = {
  en: {
    leadQuestions: 'Questions from the team lead',
    noLeadQuestions: 'none yet (Team leads sheet, then talks prep PLAN.xlsx)',
    answer: 'Answer:',
    avoidTop: 'Avoid (the 3 most important)',
    measuredBy: 'Measured by',
    target: 'Target',
    review: 'Review on',
    issueN: (n) => `Issue ${n}`,
    leadNote: 'Note to lead',
    notesPrivate: 'Private notes',
    howToRun: 'How to run a talk',
    howToRunTitle: 'How to run a one-on-one talk: before, during, after',
    seeHowToRun: 'general advice: sheet "How to run a talk"',
  },
  'zh-CN': {
    leadQuestions: '组长提出的问题',
    noLeadQuestions: '暂无（组长填写“组长清单”后运行 talks prep 面谈计划.xlsx）',
    answer: '回答：',
    avoidTop: '注意避免（最重要的 3 条）',
    measuredBy: '衡量指标',
    target: '目标',
    review: '复查日期',
    issueN: (n) => `问题 ${n}`,
    leadNote: '告知组长',
    notesPrivate: '私密备注',
    howToRun: '面谈须知',
    howToRunTitle: '一对一面谈须知：面谈前、面谈中、面谈后',
    seeHowToRun: '通用须知见“面谈须知”表',
  },
};

/** A prep-form field's name in messages about it. */
export const FIELD_HEADERS: Record<FieldCode, string> = {
  held: 'Held',
  heldOn: 'Held on',
  'issue1.category': 'Issue 1 category',
  'issue1.text': 'Issue 1',
  'issue2.category': 'Issue 2 category',
  'issue2.text': 'Issue 2',
  'issue3.category': 'Issue 3 category',
  'issue3.text': 'Issue 3',
  'plan.goal': 'Goal',
  'plan.metric': 'Measured by',
  'plan.target': 'Target',
  'plan.actions': 'Actions',
  'plan.review': 'Review on',
  'plan.support': 'Support needed',
  leadNote: 'Note to lead',
  nextStep: 'Next step',
  notes: 'Private notes',
};
