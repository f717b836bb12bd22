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

/** The guidance that belongs to no rule: core staff's, and every talk's. */
export interface Guidance {
  core: TypeGuidance;
  always: AlwaysRules;
}
