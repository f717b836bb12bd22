import { addMonths } from '../model/day.js';
import type { Rule } from './rule.js';

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
