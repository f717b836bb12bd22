import type { Lang } from '../model/lang.js';
import type { Settings } from '../model/settings.js';
import type { RuleId } from '../model/types.js';
import { pct } from './share.js';

/** A rule's two sentences in one language: its label, and what makes it fire and when it is due. */
interface RuleText {
  label: string;
  /** Rendered from the settings' current values, never hard-coded numbers. */
  describe: (s: Settings) => string;
}


/** The two swing rules' texts, which differ only in the direction. */
function swingTexts(label: { en: string; zh: string }, moved: { en: string; zh: string }): Record<Lang, RuleText> {
  return {
    en: {
      label: label.en,
      describe: (s) =>
        `The composite KPI score ${moved.en} at least ${s.swing.minPoints} points, more than usual, against the agent's own baseline; due ${s.rules.swingDueWorkingDays} working days after the period ends.`,
    },
    'zh-CN': {
      label: label.zh,
      describe: (s) => `综合得分较本人基线异常${moved.zh}（至少 ${s.swing.minPoints} 分）；该周期结束后 ${s.rules.swingDueWorkingDays} 个工作日内面谈。`,
    },
  };
}

/** Every rule's texts. A new rule adds its entry here (the type names a missing one). */
const RULE_TEXTS: Record<RuleId, Record<Lang, RuleText>> = {
  'lead-flag': {
    en: {
      label: 'Lead flag',
      describe: (s) => `A team lead reported a marked mood change or resignation intent; due ${s.rules.leadFlagDueWorkingDays} working days after the report.`,
    },
    'zh-CN': { label: '组长反馈', describe: (s) => `组长反馈员工情绪明显变化或有离职倾向；反馈后 ${s.rules.leadFlagDueWorkingDays} 个工作日内面谈。` },
  },
  exit: {
    en: {
      label: 'Exit',
      describe: () => 'The agent has handed in notice (status Notice, or a leaving date in the future); due the working day before the leaving date.',
    },
    'zh-CN': { label: '离职面谈', describe: () => '员工已提离职（状态为已提离职，或离职日期在未来）；离职日前一个工作日前面谈。' },
  },
  'new-hire': {
    en: {
      label: 'New hire',
      describe: (s) => `Hired at most ${s.rules.onboardingDays} days ago with no talk since the hire date; due ${s.rules.newHireDueDays} days after the hire date.`,
    },
    'zh-CN': { label: '新员工', describe: (s) => `入职不超过 ${s.rules.onboardingDays} 天且入职后尚未面谈；入职后 ${s.rules.newHireDueDays} 天内面谈。` },
  },
  'swing-down': swingTexts({ en: 'Swing down', zh: '绩效下滑' }, { en: 'fell', zh: '下降' }),
  'follow-up': {
    en: { label: 'Follow-up', describe: () => 'An improvement plan agreed in a held talk reaches its review date; due on the review date.' },
    'zh-CN': { label: '计划跟进', describe: () => '面谈中商定的改进计划到了复查日期；于复查日面谈。' },
  },
  'swing-up': swingTexts({ en: 'Swing up', zh: '绩效提升' }, { en: 'rose', zh: '上升' }),
  'top-performer': {
    en: {
      label: 'Top performer',
      describe: (s) => `In the top ${pct(s.ranking.topShare)} of the ranking; due ${s.rules.topPerformerMonths} months after the last talk (today if never).`,
    },
    'zh-CN': { label: '优秀员工', describe: (s) => `排名前 ${pct(s.ranking.topShare)}；上次面谈后 ${s.rules.topPerformerMonths} 个月面谈（从未面谈则今天）。` },
  },
  routine: {
    en: { label: 'Routine', describe: (s) => `Every active agent; due ${s.rules.routineMonths} months after the last talk (or the hire date).` },
    'zh-CN': { label: '例行面谈', describe: (s) => `所有在职员工；上次面谈（或入职日期）后 ${s.rules.routineMonths} 个月面谈。` },
  },
};

const GUARD: Record<Lang, (days: number) => string> = {
  en: (days) => ` Not within ${days} days of the last talk.`,
  'zh-CN': (days) => `距上次面谈不足 ${days} 天时不安排。`,
};

/** The rule labels per language, keyed by rule id. */
export function ruleLabels(lang: Lang): Record<RuleId, string> {
  return Object.fromEntries(Object.entries(RULE_TEXTS).map(([id, t]) => [id, t[lang].label])) as Record<RuleId, string>;
}

/** What makes a rule fire and when it is due, with the settings' current values; guarded rules say so. */
export function describeRule(meta: { id: RuleId; guarded: boolean }, settings: Settings, lang: Lang): string {
  const text = RULE_TEXTS[meta.id][lang].describe(settings);
  return meta.guarded ? text + GUARD[lang](settings.rules.guardDays) : text;
}
