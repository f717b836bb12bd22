import type { IssueCategory } from '../text/labels.js';
import type { Day, RuleId } from './types.js';

/** One filled-in row of the plan's `Schedule` sheet, as `talks record` stores it. */
export interface OutcomeRow {
  agentId: string;
  name: string;
  team: string;
  lead: string;
  /** The planned talk date: with agentId and rule, the key of a talk. */
  date: Day;
  rule: RuleId;
  held: boolean;
  heldOn: Day | null;
  category: IssueCategory | null;
  issue: string | null;
  notes: string | null;
}

export interface ArchivedTalk extends OutcomeRow {
  /** ISO timestamp of the `talks record` run that last changed the talk. */
  recordedAt: string;
}

/** An issue raised in a held talk; `date` is when it was raised (held on, else the planned date). */
export interface ArchivedIssue {
  agentId: string;
  name: string;
  date: Day;
  rule: RuleId;
  /** An issue written without a category is routed as `other`. */
  category: IssueCategory;
  text: string;
}

export interface UpsertCounts {
  added: number;
  updated: number;
  unchanged: number;
}
