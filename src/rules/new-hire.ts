import { addDays, diffDays } from '../model/day.js';
import type { Rule } from './rule.js';
import type { Day } from '../model/types.js';

/** What the finding records (merged into the model's Evidence). */
declare module '../model/types.js' {
  interface EvidenceByRule {
    'new-hire': { hireDate: Day; daysSinceHire: number };
  }
}

/** Hired within the onboarding window and not yet talked to since. */
export const newHire: Rule = {
  meta: {
    id: 'new-hire',
    urgency: 3,
    settings: ['onboardingDays', 'newHireDueDays'],
    guarded: false,
  },
  evaluate(agent, ctx) {
    const days = diffDays(agent.hireDate, ctx.today);
    if (days < 0 || days > ctx.settings.onboardingDays) return null;
    if (ctx.lastTalk && ctx.lastTalk >= agent.hireDate) return null;
    return {
      rule: 'new-hire',
      due: addDays(agent.hireDate, ctx.settings.newHireDueDays),
      evidence: { rule: 'new-hire', hireDate: agent.hireDate, daysSinceHire: days },
    };
  },
};
