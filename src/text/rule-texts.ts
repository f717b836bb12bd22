import type { Lang } from '../model/lang.js';
import type { Settings } from '../model/settings.js';
import type { Day, Finding, RuleId } from '../model/types.js';
import { RULE_TEXTS, type TextContext } from './rules/index.js';

const GUARD: Record<Lang, (days: number) => string> = {
  en: (days) => ` Not within ${days} days of the last talk.`,
  'zh-CN': (days) => `距上次面谈不足 ${days} 天时不安排。`,
};

function ruleLabels(lang: Lang): Record<RuleId, string> {
  return Object.fromEntries(Object.entries(RULE_TEXTS).map(([id, t]) => [id, t[lang].label])) as Record<RuleId, string>;
}

/** The rule labels per language, keyed by rule id (re-exported by labels.ts). */
export const RULE_LABELS: Record<Lang, Record<RuleId, string>> = { en: ruleLabels('en'), 'zh-CN': ruleLabels('zh-CN') };

/** What makes a rule fire and when it is due, with the settings' current values; guarded rules say so. */
export function describeRule(meta: { id: RuleId; guarded: boolean }, settings: Settings, lang: Lang): string {
  const text = RULE_TEXTS[meta.id][lang].describe(settings);
  return meta.guarded ? text + GUARD[lang](settings.rules.guardDays) : text;
}

const context = (today: Day, lang: Lang): TextContext => ({ today, labels: RULE_LABELS[lang] });

/** A finding's one line, for the Schedule's `Reasons` column and terminal tables. */
export function reasonLine(f: Finding, today: Day, lang: Lang): string {
  return RULE_TEXTS[f.evidence.rule][lang].reason(f.evidence, context(today, lang));
}

/** A finding's evidence in full sentences (its rule's; the due date is not among them). */
export function factSentences(f: Finding, today: Day, lang: Lang): string[] {
  return RULE_TEXTS[f.evidence.rule][lang].evidence(f.evidence, context(today, lang));
}

/** A rule's suggested questions and what to avoid. */
export function ruleGuidance(rule: RuleId, lang: Lang): { questions: string[]; avoid: string[] } {
  const { questions, avoid } = RULE_TEXTS[rule][lang];
  return { questions, avoid };
}
