import { previousWorkingDay } from '../calendar/days.js';
import type { Rule } from './rule.js';

/** The agent has handed in notice: an exit talk before the last day. */
export const exit: Rule = {
  meta: {
    id: 'exit',
    urgency: 2,
    description: 'The agent has handed in notice (status Notice, or a leaving date in the future).',
    guarded: false,
  },
  evaluate(agent, ctx) {
    const leaving = agent.leavingDate;
    const future = leaving !== undefined && leaving > ctx.today;
    if (agent.status !== 'notice' && !future) return null;
    // Once they are gone, or the exit talk has been held, there is nothing left to plan.
    if (leaving !== undefined && !future) return null;
    if (ctx.heldByRule.exit) return null;
    return {
      rule: 'exit',
      due: leaving ? previousWorkingDay(ctx.calendar, leaving) : ctx.today,
      evidence: { rule: 'exit', status: agent.status, leavingDate: leaving },
    };
  },
};
