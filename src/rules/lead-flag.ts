import { addWorkingDays } from '../calendar/days.js';
import type { Rule } from './rule.js';
import type { Day, LeadFlag } from '../model/types.js';

/** What the finding records (merged into the model's Evidence). */
declare module '../model/types.js' {
  interface EvidenceByRule {
    'lead-flag': { flag: LeadFlag; flagDate: Day };
  }
}

/** A team lead reported a marked mood change or an intent to resign. */
export const leadFlag: Rule = {
  meta: {
    id: 'lead-flag',
    urgency: 1,
    settings: ['leadFlagDueWorkingDays'],
    guarded: false,
  },
  evaluate(agent, ctx) {
    if (!agent.flag) return null;
    const flagDate = agent.flagDate ?? ctx.today;
    // A talk held on or after the report has dealt with this flag.
    if (ctx.lastTalk && ctx.lastTalk >= flagDate) return null;
    return {
      rule: 'lead-flag',
      due: addWorkingDays(ctx.calendar, flagDate, ctx.settings.leadFlagDueWorkingDays),
      evidence: { rule: 'lead-flag', flag: agent.flag, flagDate },
    };
  },
};
