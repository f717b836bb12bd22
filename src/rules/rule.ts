import type { Calendar } from '../calendar/calendar.js';
import type { RuleSettings } from '../model/settings.js';
import type { AgreedPlan, Agent, Day, Finding, RuleId, Swing } from '../model/types.js';

/** What a rule may know about one agent besides the roster row. Pure data. */
export interface RuleContext {
  today: Day;
  calendar: Calendar;
  settings: RuleSettings;
  /** The later of the roster's last-talk column and the archive's held talks. */
  lastTalk?: Day;
  /** Position in the ranking when the agent is eligible for it. */
  rank?: { rank: number; of: number; score: number; top: boolean; core: boolean };
  swing?: Swing;
  /** The latest held talk per rule from the archive. */
  heldByRule: Partial<Record<RuleId, Day>>;
  /** The improvement plan agreed in the agent's latest held talk, when it has a review date. */
  plan?: AgreedPlan;
}

interface RuleMeta {
  id: RuleId;
  urgency: number;
  description: string;
  /** Suppressed when the last talk was less than `guardDays` ago. */
  guarded: boolean;
}

export interface Rule {
  meta: RuleMeta;
  evaluate(agent: Agent, ctx: RuleContext): Finding | null;
}
