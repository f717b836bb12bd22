import { RULE_IDS, type Talk } from '../model/types.js';
import { GUIDANCE_EN } from './guidance-en.js';
import type { QuestionBank } from '../model/questions.js';
import type { AlwaysRules, GuidanceType, TypeGuidance } from './guidance-types.js';
import { GUIDANCE_ZH } from './guidance-zh.js';
import type { Lang } from './labels.js';
import { ruleGuidance } from './rule-texts.js';

export type { AlwaysRules, GuidanceType, TypeGuidance } from './guidance-types.js';

function typesFor(lang: Lang, core: TypeGuidance): Record<GuidanceType, TypeGuidance> {
  return { ...Object.fromEntries(RULE_IDS.map((rule) => [rule, ruleGuidance(rule, lang)])), core } as Record<GuidanceType, TypeGuidance>;
}

/** Suggested questions and pitfalls, per language and talk type: each rule's from its text file, and core staff's. */
export const GUIDANCE: Record<Lang, Record<GuidanceType, TypeGuidance>> = {
  en: typesFor('en', GUIDANCE_EN.core),
  'zh-CN': typesFor('zh-CN', GUIDANCE_ZH.core),
};

/** The rules for every talk: before, during, after. */
export const ALWAYS: Record<Lang, AlwaysRules> = {
  en: GUIDANCE_EN.always,
  'zh-CN': GUIDANCE_ZH.always,
};

export const MAX_QUESTIONS = 8;
/** The one-page form has room for five, each with a line to write the answer. */
export const QUESTIONS_ON_FORM = 5;

export type { QuestionBank };

/** What the guidance needs to know about a talk. */
export type TalkKind = Pick<Talk, 'rules' | 'core'>;

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/**
 * The questions for a talk: the union over its rules (most urgent first, no repeats), capped
 * so that a core agent's retention questions always fit within MAX_QUESTIONS.
 */
export function questionsFor(talk: TalkKind, lang: Lang, bank: QuestionBank = {}, max = MAX_QUESTIONS): string[] {
  const questions = (t: GuidanceType) => bank[t] ?? GUIDANCE[lang][t].questions;
  const byType = unique(talk.rules.flatMap(questions));
  const core = talk.core ? questions('core').slice(0, Math.floor(max / 2)) : [];
  return [...byType.slice(0, max - core.length), ...core];
}

/** Holds in every talk: the manager never overrules the team lead in front of their agent. */
export const TEAM_LEAD_RULE: Record<Lang, string> = {
  en: 'Don’t overrule the team lead’s instructions: if you disagree with one, take it up with the team lead after the talk.',
  'zh-CN': '不要推翻组长的安排和指示：有不同意见，面谈后再和组长沟通。',
};

/** What to avoid in a talk: the team-lead rule, then the union over its rules, most urgent first, then core staff's. */
export function avoidFor(talk: TalkKind, lang: Lang): string[] {
  const types = [...talk.rules, ...(talk.core ? (['core'] as const) : [])];
  return unique([TEAM_LEAD_RULE[lang], ...types.flatMap((t) => GUIDANCE[lang][t].avoid)]);
}

/** The form has room for the three most important. */
export const AVOID_ON_FORM = 3;
