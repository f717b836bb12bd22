import type { FollowUp } from './plan.js';
import type { LastTalk } from './last-talk.js';
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
