import { maxDay } from '../model/day.js';
import type { FollowUp } from '../model/plan.js';
import type { Day, RuleId } from '../model/types.js';
import { withArchive } from './archive.js';

export interface ArchiveFeed {
  /** Agent → rule → the latest day a talk of that type was held. */
  held: Map<string, Partial<Record<RuleId, Day>>>;
  /** Agent → their latest held talk and the issues it raised. */
  followUps: Map<string, FollowUp>;
}

/** What planning needs from the archive. A missing archive file is an empty archive. */
export function readArchiveFeed(file: string): ArchiveFeed {
  return withArchive(file, 'read', (archive) => {
    const held = new Map<string, Partial<Record<RuleId, Day>>>();
    const followUps = new Map<string, FollowUp>();
    for (const t of archive.talks()) {
      if (!t.held) continue;
      const day = t.heldOn ?? t.date;
      const rules = held.get(t.agentId) ?? {};
      rules[t.rule] = maxDay(rules[t.rule], day);
      held.set(t.agentId, rules);
      const last = followUps.get(t.agentId);
      if (!last || day > last.date) followUps.set(t.agentId, { date: day, rule: t.rule, issues: [] });
    }
    for (const [agentId, f] of followUps) {
      f.issues = archive.openIssues(agentId).map((i) => ({ category: i.category, text: i.text }));
    }
    return { held, followUps };
  });
}
