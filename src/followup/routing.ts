import type { ArchivedIssue, ArchivedTalk, ImprovementPlan, RaisedIssue, Resolution } from '../model/archive.js';
import { agentsOf, issueRef } from './resolutions.js';
import type { Day, RuleId } from '../model/types.js';
import { ISSUE_CATEGORIES, OWNER_LABELS, type IssueCategory } from '../text/labels.js';

export type OwnerId = 'qa-training' | 'team-lead' | 'wfm' | 'qa' | 'hr' | 'manager';

/** Who acts on each kind of issue (SPEC §6). */
const ROUTES: Readonly<Record<IssueCategory, OwnerId>> = {
  skill: 'qa-training',
  mood: 'team-lead',
  shift: 'wfm',
  qa: 'qa',
  pay: 'hr',
  other: 'manager',
};

export function ownerOf(category: IssueCategory): OwnerId {
  return ROUTES[category];
}

/** The owner's name as users read it (English: the JSON contract uses it too). */
export function ownerLabel(category: IssueCategory, lang: 'en' | 'zh-CN' = 'en'): string {
  return OWNER_LABELS[lang][category];
}

export const COMMON_MIN_AGENTS = 3;

export interface CommonIssue {
  category: IssueCategory;
  owner: OwnerId;
  /** The distinct agents who raised it, sorted. */
  agents: string[];
}

/** Categories raised by at least `minAgents` distinct agents, most agents first. */
export function commonIssues(
  issues: readonly { agentId: string; category: IssueCategory }[],
  minAgents = COMMON_MIN_AGENTS,
): CommonIssue[] {
  const agents = new Map<IssueCategory, Set<string>>();
  for (const i of issues) {
    const set = agents.get(i.category) ?? new Set<string>();
    set.add(i.agentId);
    agents.set(i.category, set);
  }
  return ISSUE_CATEGORIES.filter((c) => (agents.get(c)?.size ?? 0) >= minAgents)
    .map((c) => ({ category: c, owner: ownerOf(c), agents: [...agents.get(c)!].sort() }))
    .sort((a, b) => b.agents.length - a.agents.length);
}

/** Issues in reading order: common categories first (in `common` order), then by owner, newest first. */
function orderIssues(issues: readonly ArchivedIssue[], common: readonly CommonIssue[]): ArchivedIssue[] {
  const rank = (c: IssueCategory): number => {
    const i = common.findIndex((x) => x.category === c);
    return i >= 0 ? i : common.length + ISSUE_CATEGORIES.indexOf(c);
  };
  return [...issues].sort(
    (a, b) =>
      rank(a.category) - rank(b.category) ||
      (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
      a.agentId.localeCompare(b.agentId),
  );
}

type IssueState = 'open' | 'resolved';

export interface IssuesDocument {
  issues: {
    ref: string;
    agentId: string;
    date: Day;
    talkDate: Day;
    rule: RuleId;
    seq: number;
    category: IssueCategory;
    owner: string;
    text: string;
    state: IssueState;
    resolvedOn: Day | null;
    resolution: number | null;
  }[];
  /** Categories whose OPEN issues were raised by `minAgents` or more agents. */
  common: { category: IssueCategory; owner: string; count: number; agents: string[] }[];
  resolutions: { id: number; on: Day; category: IssueCategory | null; text: string; issues: string[]; agents: string[] }[];
}

/**
 * The `talks issues --format json` document: category as its stable id, owner as its English
 * label; common issues are counted over the open ones only (a resolved category needs no more action).
 */
export function issuesDocument(issues: readonly ArchivedIssue[], resolutions: readonly Resolution[] = [], minAgents = COMMON_MIN_AGENTS): IssuesDocument {
  const common = commonIssues(issues.filter((i) => i.resolvedBy === null), minAgents);
  const on = new Map(resolutions.map((r) => [r.id, r.on]));
  return {
    issues: orderIssues(issues, common).map((i) => ({
      ref: issueRef(i),
      agentId: i.agentId,
      date: i.date,
      talkDate: i.talkDate,
      rule: i.rule,
      seq: i.seq,
      category: i.category,
      owner: ownerLabel(i.category),
      text: i.text,
      state: i.resolvedBy === null ? 'open' : 'resolved',
      resolvedOn: i.resolvedBy === null ? null : (on.get(i.resolvedBy) ?? null),
      resolution: i.resolvedBy,
    })),
    common: common.map((c) => ({ category: c.category, owner: ownerLabel(c.category), count: c.agents.length, agents: c.agents })),
    resolutions: resolutions.map((r) => ({ id: r.id, on: r.on, category: r.category, text: r.text, issues: r.issues.map(issueRef), agents: agentsOf(r.issues) })),
  };
}

interface HistoryTalk {
  agentId: string;
  name: string;
  team: string;
  lead: string;
  date: Day;
  heldOn: Day | null;
  rule: RuleId;
  held: boolean;
  /** The first issue, as archive v1 had one per talk. */
  category: IssueCategory | null;
  issue: string | null;
  issues: RaisedIssue[];
  notes: string | null;
  plan: ImprovementPlan | null;
  leadNote: string | null;
  nextStep: string | null;
}

export interface HistoryDocument {
  talks: HistoryTalk[];
}

/** The `talks history --format json` document, in the order given (the archive returns newest first). */
export function historyDocument(talks: readonly ArchivedTalk[]): HistoryDocument {
  return {
    talks: talks.map((t) => ({
      agentId: t.agentId,
      name: t.name,
      team: t.team,
      lead: t.lead,
      date: t.date,
      heldOn: t.heldOn,
      rule: t.rule,
      held: t.held,
      category: t.issues[0]?.category ?? null,
      issue: t.issues[0]?.text ?? null,
      issues: t.issues,
      notes: t.notes,
      plan: t.plan,
      leadNote: t.leadNote,
      nextStep: t.nextStep,
    })),
  };
}
