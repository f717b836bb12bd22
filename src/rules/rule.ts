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

/**
 * What a rule is, beside its logic. Its sentences (label, description, reason, evidence,
 * questions) live in its text file, src/text/rules/<id>.ts;
 * the description is rendered from the `settings` named here.
 */
interface RuleMeta {
  /** The JSON code; the model's RULE_IDS lists every id in urgency order (test/rules/index.test.ts). */
  id: RuleId;
  /** 1 = most urgent: its place in RULES; a talk is led by its most urgent finding. */
  urgency: number;
  /** Every setting `evaluate` reads (the rule tester fails on one read but not named, or named but never read). */
  settings: readonly (keyof RuleSettings)[];
  /** Suppressed when the last talk was less than `guardDays` ago. */
  guarded: boolean;
}

export interface Rule {
  meta: RuleMeta;
  evaluate(agent: Agent, ctx: RuleContext): Finding | null;
}
