import type { FollowUp } from './plan.js';
import type { Agent, BacklogReason, Day, RuleId, Talk } from './types.js';

/** Where an agent stands this week, for a prep sheet printed on demand. */
export type PrepStatus =
  | { kind: 'scheduled' }
  | { kind: 'backlog'; reason?: BacklogReason }
  | { kind: 'not-due'; due: Day; rule: RuleId }
  | { kind: 'nothing-due' }
  | { kind: 'not-started'; hireDate: Day }
  | { kind: 'leave' }
  | { kind: 'left'; leavingDate?: Day };

/** The agent's last talk: the roster's date or the archive's latest held talk, whichever is later. */
export interface LastTalk {
  date: Day;
  /** The talk type, when the archive holds that talk. */
  rule?: RuleId;
}

/** What the core decided about one agent, everything a prep sheet shows. */
export interface Standing {
  agent: Agent;
  /** The scheduled or backlog talk, or the agent's next one; none when nothing is due. */
  talk?: Talk;
  status: PrepStatus;
  /** Core staff (top 3%): retention questions are added. */
  core: boolean;
  /** From the archive: the last held talk and its open issues. */
  followUp?: FollowUp;
  lastTalk?: LastTalk;
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
