import type { GuidanceType } from '../model/questions.js';

export type { GuidanceType };

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
