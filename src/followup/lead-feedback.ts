import type { ArchivedTalk, RaisedIssue } from '../model/archive.js';
import type { Day, RuleId } from '../model/types.js';
import type { IssueCategory } from '../text/labels.js';
import { ownerOf } from './routing.js';

/** One talk as its agent's team lead may read it: never the private notes. */
export interface FeedbackTalk {
  agentId: string;
  name: string;
  team: string;
  date: Day;
  heldOn: Day | null;
  rule: RuleId;
  held: boolean;
  leadNote: string | null;
  nextStep: string | null;
  /** Only the issues whose category routes to the team lead (SPEC §6). */
  issues: { category: IssueCategory; text: string | null }[];
}

interface LeadFeedback {
  lead: string;
  talks: FeedbackTalk[];
}

export interface FeedbackDocument {
  since: Day;
  leads: LeadFeedback[];
  /** Talks since `since` whose agent had no team lead: on no lead's sheet. */
  withoutLead: number;
}

function routedToLead(issues: readonly RaisedIssue[]): FeedbackTalk['issues'] {
  return issues.flatMap((i) => (i.category && ownerOf(i.category) === 'team-lead' ? [{ category: i.category, text: i.text }] : []));
}

const when = (t: ArchivedTalk): Day => t.heldOn ?? t.date;

/**
 * What goes back to each team lead after the talks: per lead (in name order), their agents'
 * talks since `since` (held or not, by day), the note for the lead, the next step and the
 * issues routed to the lead. The private notes and the other owners' issues stay out.
 */
export function leadFeedback(talks: readonly ArchivedTalk[], since: Day): FeedbackDocument {
  const recent = talks.filter((t) => when(t) >= since);
  const leads = new Map<string, FeedbackTalk[]>();
  for (const t of recent) {
    if (!t.lead) continue;
    const talk: FeedbackTalk = {
      agentId: t.agentId,
      name: t.name,
      team: t.team,
      date: t.date,
      heldOn: t.heldOn,
      rule: t.rule,
      held: t.held,
      leadNote: t.leadNote,
      nextStep: t.nextStep,
      issues: routedToLead(t.issues),
    };
    leads.set(t.lead, [...(leads.get(t.lead) ?? []), talk]);
  }
  const byDay = (a: FeedbackTalk, b: FeedbackTalk) => (a.heldOn ?? a.date).localeCompare(b.heldOn ?? b.date) || a.agentId.localeCompare(b.agentId);
  return {
    since,
    leads: [...leads.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([lead, list]) => ({ lead, talks: list.sort(byDay) })),
    withoutLead: recent.filter((t) => !t.lead).length,
  };
}
