import type { RuleId } from './types.js';

/** A talk type the guidance covers: every rule, plus core staff (added to any talk of a core agent). */
export type GuidanceType = RuleId | 'core';

/** The user's own questions per talk type (from the config file), replacing ours for that type. */
export type QuestionBank = Partial<Record<GuidanceType, string[]>>;
