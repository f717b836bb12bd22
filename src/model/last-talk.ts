import type { Agent, Day, RuleId } from './types.js';

/** The agent's last talk: the roster's date or the archive's latest held talk, whichever is later. */
export interface LastTalk {
  date: Day;
  /** The talk type, when the archive holds that talk. */
  rule?: RuleId;
}

/**
 * The one definition of an agent's last talk, used by the rules, the forecast and the prep
 * sheets: any held talk counts. On the same day the archive's talk (with its type) wins.
 */
export function lastTalkOf(agent: Pick<Agent, 'lastTalk'>, held: Partial<Record<RuleId, Day>> | undefined): LastTalk | undefined {
  let archived: LastTalk | undefined;
  for (const [rule, date] of Object.entries(held ?? {}) as [RuleId, Day][]) {
    if (!archived || date > archived.date) archived = { date, rule };
  }
  if (agent.lastTalk && (!archived || agent.lastTalk > archived.date)) return { date: agent.lastTalk };
  return archived;
}
