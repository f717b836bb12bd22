import { exit } from './exit.js';
import { followUp } from './follow-up.js';
import { leadFlag } from './lead-flag.js';
import { newHire } from './new-hire.js';
import { routine } from './routine.js';
import type { Rule } from './rule.js';
import { swingDown, swingUp } from './swing.js';
import { topPerformer } from './top-performer.js';

/**
 * Every talk rule, most urgent first (in the order of each rule's `meta.urgency`). A new rule
 * file adds its rule here; test/rules/index.test.ts fails for a rule file that is not listed,
 * and when this order, the urgencies and the model's RULE_IDS disagree.
 */
export const RULES: readonly Rule[] = [leadFlag, exit, newHire, swingDown, followUp, swingUp, topPerformer, routine];

export type { Rule } from './rule.js';
