import { addMonths } from '../model/day.js';
import type { Rule } from './rule.js';
import type { Day } from '../model/types.js';

/** What the finding records (merged into the model's Evidence). */
declare module '../model/types.js' {
  interface EvidenceByRule {
    routine: { lastTalk?: Day; hireDate: Day };
  }
}

/** Every active agent gets a talk every few months. */
export const routine: Rule = {
  meta: {
    id: 'routine',
    urgency: 8,
    settings: ['routineMonths'],
    guarded: true,
  },
  evaluate(agent, ctx) {
    const from = ctx.lastTalk ?? agent.hireDate;
    return {
      rule: 'routine',
      due: addMonths(from, ctx.settings.routineMonths),
      evidence: { rule: 'routine', lastTalk: ctx.lastTalk, hireDate: agent.hireDate },
    };
  },
};
