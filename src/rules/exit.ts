import { previousWorkingDay } from '../calendar/days.js';
import type { Rule } from './rule.js';
import type { Day, Status } from '../model/types.js';

/** What the finding records (merged into the model's Evidence). */
declare module '../model/types.js' {
  interface EvidenceByRule {
    exit: { status: Status; leavingDate?: Day };
  }
}

/** The agent has handed in notice: an exit talk before the last day. */
export const exit: Rule = {
  meta: {
    id: 'exit',
    urgency: 2,
    settings: [],
    guarded: false,
  },
  evaluate(agent, ctx) {
    // A leaving date before the hire date belongs to an earlier job of a rehired agent.
    const leaving = agent.leavingDate !== undefined && agent.leavingDate >= agent.hireDate ? agent.leavingDate : undefined;
    // Without a leaving date, only the Notice status says so. Gone already: nothing left to
    // plan; on the last day itself the talk is still possible.
    if (leaving === undefined ? agent.status !== 'notice' : leaving < ctx.today) return null;
    const held = ctx.heldByRule.exit;
    if (held !== undefined && held >= agent.hireDate) return null;
    const due = leaving === undefined || leaving === ctx.today ? ctx.today : previousWorkingDay(ctx.calendar, leaving);
    return {
      rule: 'exit',
      due,
      evidence: { rule: 'exit', status: agent.status, leavingDate: leaving },
    };
  },
};
