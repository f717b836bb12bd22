import { exit } from './exit.js';
import { followUp } from './follow-up.js';
import { leadFlag } from './lead-flag.js';
import { newHire } from './new-hire.js';
import { routine } from './routine.js';
import type { Rule } from './rule.js';
import { swingDown, swingUp } from './swing.js';
import { topPerformer } from './top-performer.js';

/** Every talk rule, most urgent first. Adding a rule means adding a file and a line here. */
export const RULES: readonly Rule[] = [leadFlag, exit, newHire, swingDown, followUp, swingUp, topPerformer, routine];

export type { Rule } from './rule.js';
