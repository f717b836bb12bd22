import { maxDay } from '../../model/day.js';
import type { FollowUp } from '../../model/plan.js';
import type { AgreedPlan, Day, RuleId } from '../../model/types.js';
import { withArchive } from './archive.js';
import { inspect } from './open.js';
import { changesToAsk } from '../../followup/resolutions.js';

export interface ArchiveFeed {
  /** Agent → rule → the latest day a talk of that type was held. */
  held: Map<string, Partial<Record<RuleId, Day>>>;
  /** Agent → their latest held talk and the issues it raised. */
  followUps: Map<string, FollowUp>;
  /** Agent → the plan agreed in their latest held talk, when it has a review date. */
  plans: Map<string, AgreedPlan>;
}

/**
 * What planning needs from the archive. A missing archive file is an empty archive, read without
 * SQLite (a first plan, or one without `--history`, never loads it).
 */
export function readArchiveFeed(file: string): ArchiveFeed {
  if (inspect(file) === 'missing') return { held: new Map(), followUps: new Map(), plans: new Map() };
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
      if (last && day <= last.date) continue;
      const p = t.plan;
      const plan = p?.review ? { agreedOn: day, rule: t.rule, goal: p.goal, metric: p.metric, target: p.target, review: p.review } : undefined;
      followUps.set(t.agentId, { date: day, rule: t.rule, issues: [], plan });
    }
    const plans = new Map<string, AgreedPlan>();
    for (const [agentId, f] of followUps) if (f.plan) plans.set(agentId, f.plan);
    // A resolved issue is no longer open: the form asks about the change instead.
    for (const [agentId, f] of followUps) {
      f.issues = archive.openIssues(agentId).filter((i) => i.resolvedBy === null).map((i) => ({ category: i.category, text: i.text }));
    }
    const resolutions = archive.resolutions();
    if (resolutions.length > 0) {
      const lastHeld = new Map([...followUps].map(([id, f]) => [id, f.date]));
      for (const [agentId, changes] of changesToAsk(resolutions, archive.issues('0000-01-01'), lastHeld)) {
        const f = followUps.get(agentId);
        if (f) f.changes = changes;
      }
    }
    return { held, followUps, plans };
  });
}
