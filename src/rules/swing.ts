import { addWorkingDays } from '../calendar/days.js';
import type { Finding, Swing } from '../model/types.js';
import type { Rule, RuleContext } from './rule.js';

/** What the finding records (merged into the model's Evidence). */
declare module '../model/types.js' {
  interface EvidenceByRule {
    'swing-down': { swing: Swing };
    'swing-up': { swing: Swing };
  }
}

function swingFinding(direction: 'up' | 'down', ctx: RuleContext): Finding | null {
  const swing = ctx.swing;
  if (!swing || swing.direction !== direction) return null;
  // A talk held since the swing's period began has already covered it.
  if (ctx.lastTalk && ctx.lastTalk >= swing.period) return null;
  const rule = direction === 'down' ? 'swing-down' : 'swing-up';
  return {
    rule,
    due: addWorkingDays(ctx.calendar, swing.periodEnd, ctx.settings.swingDueWorkingDays),
    evidence: { rule, swing },
  };
}

/** The composite KPI score fell sharply against the agent's own baseline. */
export const swingDown: Rule = {
  meta: {
    id: 'swing-down',
    urgency: 4,
    settings: ['swingDueWorkingDays'],
    guarded: false,
  },
  evaluate: (_agent, ctx) => swingFinding('down', ctx),
};

/** The composite KPI score rose sharply against the agent's own baseline. */
export const swingUp: Rule = {
  meta: {
    id: 'swing-up',
    urgency: 6,
    settings: ['swingDueWorkingDays'],
    guarded: true,
  },
  evaluate: (_agent, ctx) => swingFinding('up', ctx),
};
