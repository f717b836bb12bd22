import type { ArchivedIssue, ChangeToAsk, IssueKey, NoticeItem, Resolution } from '../model/archive.js';
import type { Day } from '../model/types.js';
import type { IssueCategory } from '../text/labels.js';

/** "A012/2026-11-23/2": the agent, the planned talk date and the issue's place on its form. */
export function issueRef(k: Pick<IssueKey, 'agentId' | 'talkDate' | 'seq'>): string {
  return `${k.agentId}/${k.talkDate}/${k.seq}`;
}

const sameKey = (a: IssueKey, b: IssueKey): boolean => a.agentId === b.agentId && a.talkDate === b.talkDate && a.rule === b.rule && a.seq === b.seq;

/** What one `talks resolve` closes. */
export type ResolveTarget = { category: IssueCategory } | { refs: string[] };

export interface ResolveSelection {
  /** The open issues the resolution closes. */
  closes: ArchivedIssue[];
  /** Refs that name no raised issue. */
  unknown: string[];
  /** Refs of issues another resolution already closed. */
  alreadyResolved: string[];
}

/**
 * The issues a resolution closes: for a category, every open issue of it raised on or before the
 * day the change took effect (one raised later is a new issue); for refs, exactly those. Pure.
 */
export function selectToResolve(issues: readonly ArchivedIssue[], target: ResolveTarget, on: Day): ResolveSelection {
  if ('category' in target) {
    return { closes: issues.filter((i) => i.category === target.category && i.resolvedBy === null && i.date <= on), unknown: [], alreadyResolved: [] };
  }
  const sel: ResolveSelection = { closes: [], unknown: [], alreadyResolved: [] };
  for (const ref of new Set(target.refs)) {
    const found = issues.filter((i) => issueRef(i) === ref);
    if (found.length === 0) sel.unknown.push(ref);
    for (const i of found) {
      if (i.resolvedBy !== null) sel.alreadyResolved.push(ref);
      else if (!sel.closes.some((c) => sameKey(c, i))) sel.closes.push(i);
    }
  }
  return sel;
}

/** The distinct agents of some issues, sorted. */
export function agentsOf(issues: readonly Pick<IssueKey, 'agentId'>[]): string[] {
  return [...new Set(issues.map((i) => i.agentId))].sort();
}

/**
 * Agent → the changes made about issues they raised, to ask on their next prep form how the
 * change works for them; asked until the agent has a talk held after the change took effect. Pure.
 */
export function changesToAsk(resolutions: readonly Resolution[], issues: readonly ArchivedIssue[], lastHeld: ReadonlyMap<string, Day>): Map<string, ChangeToAsk[]> {
  const asks = new Map<string, ChangeToAsk[]>();
  for (const r of resolutions) {
    for (const agentId of agentsOf(r.issues)) {
      const last = lastHeld.get(agentId);
      if (last !== undefined && last > r.on) continue;
      const own = issues.find((i) => r.issues.some((k) => sameKey(k, i)) && i.agentId === agentId);
      const list = asks.get(agentId) ?? [];
      list.push({ on: r.on, category: r.category ?? own?.category ?? 'other', text: r.text });
      asks.set(agentId, list);
    }
  }
  return asks;
}

/** The resolutions that took effect on or after `since`, oldest first, as notice items. Pure. */
export function noticeItems(resolutions: readonly Resolution[], issues: readonly ArchivedIssue[], since: Day): NoticeItem[] {
  return resolutions
    .filter((r) => r.on >= since)
    .map((r) => {
      const closed = issues.filter((i) => r.issues.some((k) => sameKey(k, i)));
      const count = new Map<IssueCategory, number>();
      for (const i of closed) count.set(i.category, (count.get(i.category) ?? 0) + 1);
      const categories = r.category ? [r.category] : [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)!);
      return { on: r.on, categories, agents: agentsOf(r.issues).length, text: r.text };
    });
}
