import { diffDays } from '../model/day.js';
import type { AgreedPlan } from '../model/types.js';
import type { Rule } from './rule.js';

/** What the finding records (merged into the model's Evidence). */
declare module '../model/types.js' {
  interface EvidenceByRule {
    'follow-up': { plan: AgreedPlan };
  }
}

/** A review falling in the coming week is planned now, on its day; later ones wait for their week. */
const FOLLOW_UP_WINDOW_DAYS = 6;

/**
 * An improvement plan's review date has come: the agent agreed to it, so the frequency guard
 * does not hold it back. A talk held after the plan's talk has already reviewed it.
 */
export const followUp: Rule = {
  meta: {
    id: 'follow-up',
    urgency: 5,
    settings: [],
    guarded: false,
  },
  evaluate: (_agent, ctx) => {
    const plan = ctx.plan;
    if (!plan) return null;
    if (ctx.lastTalk && ctx.lastTalk > plan.agreedOn) return null;
    if (diffDays(ctx.today, plan.review) > FOLLOW_UP_WINDOW_DAYS) return null;
    return { rule: 'follow-up', due: plan.review, evidence: { rule: 'follow-up', plan } };
  },
};
