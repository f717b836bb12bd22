import type { ArchivedIssue, ArchivedTalk, ImprovementPlan, OutcomeRow, RaisedIssue } from '../../model/archive.js';
import type { RuleId } from '../../model/types.js';
import type { IssueCategory } from '../../text/labels.js';

/** A row of the `talks` table. */
export interface TalkRecord {
  agent_id: string;
  date: string;
  rule: string;
  name: string;
  team: string;
  lead: string;
  held: number;
  held_on: string | null;
  notes: string | null;
  plan_goal: string | null;
  plan_metric: string | null;
  plan_target: string | null;
  plan_actions: string | null;
  plan_review: string | null;
  plan_support: string | null;
  lead_note: string | null;
  next_step: string | null;
  recorded_at: string;
}

/** A row of the `talk_issues` table. */
export interface IssueRecord {
  agent_id: string;
  date: string;
  rule: string;
  seq: number;
  category: string | null;
  text: string | null;
}

const FIELDS: readonly (keyof TalkRecord)[] = [
  'agent_id', 'date', 'rule', 'name', 'team', 'lead', 'held', 'held_on', 'notes',
  'plan_goal', 'plan_metric', 'plan_target', 'plan_actions', 'plan_review', 'plan_support', 'lead_note', 'next_step', 'recorded_at',
];

export const COLUMNS = FIELDS.join(', ');
export const PLACEHOLDERS = FIELDS.map((f) => `@${f}`).join(', ');
/** What an update may change: everything but the key. */
export const ASSIGNMENTS = FIELDS.filter((f) => !['agent_id', 'date', 'rule'].includes(f)).map((f) => `${f} = @${f}`).join(', ');

export function toRecord(r: OutcomeRow, recordedAt: string): TalkRecord {
  const p = r.plan;
  return {
    agent_id: r.agentId,
    date: r.date,
    rule: r.rule,
    name: r.name,
    team: r.team,
    lead: r.lead,
    held: r.held ? 1 : 0,
    held_on: r.heldOn,
    notes: r.notes,
    plan_goal: p?.goal ?? null,
    plan_metric: p?.metric ?? null,
    plan_target: p?.target ?? null,
    plan_actions: p?.actions ?? null,
    plan_review: p?.review ?? null,
    plan_support: p?.support ?? null,
    lead_note: r.leadNote,
    next_step: r.nextStep,
    recorded_at: recordedAt,
  };
}

export function issueRecords(r: OutcomeRow): IssueRecord[] {
  return r.issues.map((i, n) => ({ agent_id: r.agentId, date: r.date, rule: r.rule, seq: n + 1, category: i.category, text: i.text }));
}

function planOf(r: TalkRecord): ImprovementPlan | null {
  const plan: ImprovementPlan = {
    goal: r.plan_goal,
    metric: r.plan_metric,
    target: r.plan_target,
    actions: r.plan_actions,
    review: r.plan_review,
    support: r.plan_support,
  };
  return Object.values(plan).some((v) => v !== null) ? plan : null;
}

export function fromRecord(r: TalkRecord, issues: readonly IssueRecord[]): ArchivedTalk {
  return {
    agentId: r.agent_id,
    name: r.name,
    team: r.team,
    lead: r.lead,
    date: r.date,
    rule: r.rule as RuleId,
    held: r.held === 1,
    heldOn: r.held_on,
    issues: issues.map((i): RaisedIssue => ({ category: i.category as IssueCategory | null, text: i.text })),
    notes: r.notes,
    plan: planOf(r),
    leadNote: r.lead_note,
    nextStep: r.next_step,
    recordedAt: r.recorded_at,
  };
}

/** The same outcome as archived: every field but the time it was recorded. */
export function sameOutcome(a: TalkRecord, aIssues: readonly IssueRecord[], b: TalkRecord, bIssues: readonly IssueRecord[]): boolean {
  const strip = (r: TalkRecord) => ({ ...r, recorded_at: '' });
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b)) && JSON.stringify(aIssues) === JSON.stringify(bIssues);
}

export function toIssue(r: TalkRecord & IssueRecord & { resolution_id: number | null }): ArchivedIssue {
  return {
    agentId: r.agent_id,
    name: r.name,
    talkDate: r.date,
    rule: r.rule as RuleId,
    seq: r.seq,
    date: r.held_on ?? r.date,
    category: (r.category ?? 'other') as IssueCategory,
    text: r.text ?? '',
    resolvedBy: r.resolution_id ?? null,
  };
}

/** A row of the `resolutions` table. */
export interface ResolutionRecord {
  id: number;
  resolved_on: string;
  category: string | null;
  text: string;
  recorded_at: string;
}
