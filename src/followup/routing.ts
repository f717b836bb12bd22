import type { ArchivedIssue, ArchivedTalk, ImprovementPlan, RaisedIssue } from '../model/archive.js';
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

export interface IssuesDocument {
  issues: { agentId: string; date: Day; category: IssueCategory; owner: string; text: string }[];
  common: { category: IssueCategory; owner: string; count: number; agents: string[] }[];
}

/** The `talks issues --format json` document: category as its stable id, owner as its English label. */
export function issuesDocument(issues: readonly ArchivedIssue[], minAgents = COMMON_MIN_AGENTS): IssuesDocument {
  const common = commonIssues(issues, minAgents);
  return {
    issues: orderIssues(issues, common).map((i) => ({
      agentId: i.agentId,
      date: i.date,
      category: i.category,
      owner: ownerLabel(i.category),
      text: i.text,
    })),
    common: common.map((c) => ({ category: c.category, owner: ownerLabel(c.category), count: c.agents.length, agents: c.agents })),
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
