import { addMonths } from '../model/day.js';
import type { Rule } from './rule.js';
import type { Day } from '../model/types.js';

/** What the finding records (merged into the model's Evidence). */
declare module '../model/types.js' {
  interface EvidenceByRule {
    'top-performer': { rank: number; of: number; score: number; lastTalk?: Day };
  }
}

/** In the top share of the ranking: a talk every few months to keep them engaged. */
export const topPerformer: Rule = {
  meta: {
    id: 'top-performer',
    urgency: 7,
    settings: ['topPerformerMonths'],
    guarded: true,
  },
  evaluate(_agent, ctx) {
    if (!ctx.rank?.top) return null;
    return {
      rule: 'top-performer',
      due: ctx.lastTalk ? addMonths(ctx.lastTalk, ctx.settings.topPerformerMonths) : ctx.today,
      evidence: { rule: 'top-performer', rank: ctx.rank.rank, of: ctx.rank.of, score: ctx.rank.score, lastTalk: ctx.lastTalk },
    };
  },
};
