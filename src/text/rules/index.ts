import type { RuleId } from '../../model/types.js';
import { exit } from './exit.js';
import { followUp } from './follow-up.js';
import { leadFlag } from './lead-flag.js';
import { newHire } from './new-hire.js';
import { routine } from './routine.js';
import type { RuleTexts } from './rule-text.js';
import { swingDown } from './swing-down.js';
import { swingUp } from './swing-up.js';
import { topPerformer } from './top-performer.js';

/**
 * Every rule's sentences, one text file per rule (src/text/rules/<id>.ts). A new rule adds its
 * line here; the type names a missing one, and test/rules/index.test.ts checks every part.
 */
const BY_RULE = {
  'lead-flag': leadFlag,
  exit,
  'new-hire': newHire,
  'swing-down': swingDown,
  'follow-up': followUp,
  'swing-up': swingUp,
  'top-performer': topPerformer,
  routine,
} satisfies { [K in RuleId]: RuleTexts<K> };

export const RULE_TEXTS: Record<RuleId, RuleTexts> = BY_RULE;

export type { RuleTexts, TextContext } from './rule-text.js';
