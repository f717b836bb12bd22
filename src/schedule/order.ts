import { urgencyOf, type Talk } from '../model/types.js';

/** Urgency, then due date, then core staff first; the agent id keeps the order stable. */
export function compareTalks(a: Talk, b: Talk): number {
  return (
    urgencyOf(a.rule) - urgencyOf(b.rule) ||
    cmp(a.due, b.due) ||
    Number(b.core) - Number(a.core) ||
    cmp(a.agentId, b.agentId)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
