import type { Day, RuleId, Talk } from '../model/types.js';

/** A free slot of the manager's week, with its minutes of the day. */
export interface Place {
  date: Day;
  start: string;
  end: string;
  from: number;
  to: number;
}

const AT_ONCE: readonly RuleId[] = ['lead-flag', 'exit'];

/**
 * Where a talk goes among the free places (in day and time order). A lead flag or an exit
 * takes the earliest. Any other talk goes, on a day before its due date when it can, to the
 * day with the fewest of its team lead's agents (so a team is not short on the phones all on
 * one day), then the fewest talks (so the week fills evenly rather than front to back), then
 * the earliest.
 */
export function choosePlace<P extends Place>(talk: Talk, places: P[], onDay: Map<Day, Talk[]>): P | undefined {
  if (places.length === 0) return undefined;
  if ([talk.rule, ...talk.rules].some((r) => AT_ONCE.includes(r))) return places[0];
  const inTime = places.filter((p) => p.date <= talk.due);
  const pool = inTime.length ? inTime : places;
  let best = pool[0];
  let bestKey = key(talk, best, onDay);
  // Stryker disable next-line MethodExpression: comparing the first place with itself changes nothing
  for (const p of pool.slice(1)) {
    const k = key(talk, p, onDay);
    if (k[0] < bestKey[0] || (k[0] === bestKey[0] && k[1] < bestKey[1])) {
      best = p;
      bestKey = k;
    }
  }
  return best;
}

function key(talk: Talk, p: Place, onDay: Map<Day, Talk[]>): [number, number] {
  const there = onDay.get(p.date) ?? [];
  const sameLead = talk.lead ? there.filter((t) => t.lead === talk.lead).length : 0;
  return [sameLead, there.length];
}
