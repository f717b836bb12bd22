import type { RuleId } from '../model/types.js';

/** A talk type the guidance covers: every rule, plus core staff (added to any talk of a core agent). */
export type GuidanceType = RuleId | 'core';

export interface TypeGuidance {
  questions: string[];
  avoid: string[];
}

/** What holds for every talk: before, during and after. */
export interface AlwaysRules {
  before: string[];
  during: string[];
  after: string[];
}

export interface Guidance {
  types: Record<GuidanceType, TypeGuidance>;
  always: AlwaysRules;
}
