/** The issue categories' codes: the archive's JSON and its CHECK constraint (a new one needs a migration). */
export const ISSUE_CATEGORIES = ['skill', 'mood', 'shift', 'qa', 'pay', 'other'] as const;
export type IssueCategory = (typeof ISSUE_CATEGORIES)[number];
import type { Day, RuleId } from './types.js';

/** One issue raised in a talk; an issue written without a category is routed as `other`. */
export interface RaisedIssue {
  category: IssueCategory | null;
  text: string | null;
}

/** The improvement plan agreed in a talk; `review` is when the `follow-up` talk checks it. */
export interface ImprovementPlan {
  goal: string | null;
  /** A KPI metric id (csat, aht, …) when the manager picked one, else the free text typed. */
  metric: string | null;
  target: string | null;
  actions: string | null;
  review: Day | null;
  support: string | null;
}

/** One talk's outcome as `talks record` stores it: from the Schedule row and the prep form. */
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
  /** Up to 3 issues, in the order written. */
  issues: RaisedIssue[];
  /** Private notes: never shown to the team lead. */
  notes: string | null;
  plan: ImprovementPlan | null;
  /** What the manager wants the team lead to know. */
  leadNote: string | null;
  nextStep: string | null;
}

export interface ArchivedTalk extends OutcomeRow {
  /** ISO timestamp of the `talks record` run that last changed the talk. */
  recordedAt: string;
}

/** Which raised issue: the talk's key (agent, planned date, rule) and the issue's place on its form (1–3). */
export interface IssueKey {
  agentId: string;
  talkDate: Day;
  rule: RuleId;
  seq: number;
}

/** An issue raised in a held talk; `date` is when it was raised (held on, else the planned date). */
export interface ArchivedIssue extends IssueKey {
  name: string;
  date: Day;
  /** An issue written without a category is routed as `other`. */
  category: IssueCategory;
  text: string;
  /** The resolution that closed it (`talks resolve`); null while it is open. */
  resolvedBy: number | null;
}

/** What was done about one issue or a whole category of them (`talks resolve`). */
export interface Resolution {
  id: number;
  /** The day the change took effect. */
  on: Day;
  /** The category resolved as a whole; null when single issues were picked. */
  category: IssueCategory | null;
  text: string;
  recordedAt: string;
  issues: IssueKey[];
}

/** A change to ask an agent about on their next prep form: what was done about an issue they raised. */
export interface ChangeToAsk {
  on: Day;
  /** The category of the agent's own issue (the resolution's, when it resolved a category). */
  category: IssueCategory;
  text: string;
}

/** One entry of the notice published to the team: never who raised it, only how many. */
export interface NoticeItem {
  on: Day;
  /** The categories of the issues it closed, most raised first. */
  categories: IssueCategory[];
  /** Distinct agents who raised it. */
  agents: number;
  text: string;
}

export interface UpsertCounts {
  added: number;
  updated: number;
  unchanged: number;
}
