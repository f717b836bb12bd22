import type { RuleSettings } from '../model/settings.js';
import type { Coverage, CoverageWeek, EventRates } from '../model/coverage.js';
import { addDays, addMonths } from '../model/day.js';
import { lastTalkOf } from '../model/last-talk.js';
import type { Agent, Day, RuleId } from '../model/types.js';
import type { Week } from './week.js';

/** The forecast looks this many weeks ahead, and learns event rates from as many weeks back. */
const FORECAST_WEEKS = 13;
const WEEKS_PER_MONTH = 52 / 12;

export interface CoverageInput {
  /** The manager's agents (every status). */
  agents: Agent[];
  today: Day;
  week: Week;
  rules: RuleSettings;
  capacity: number;
  pullForwardDays: number;
  /** Top performers of the ranking. */
  top: Set<string>;
  /** Agents on this week's plan. */
  planned: Set<string>;
  /** Held talks from the archive: agent → rule → latest day. */
  held?: Map<string, Partial<Record<RuleId, Day>>>;
  /** Swings found this week: the weekly rate when the archive has none. */
  swingsNow: number;
}

// Stryker disable next-line ConditionalExpression: said plainly; undefined > from is false anyway
const within = (day: Day | undefined, from: Day, to: Day) => day !== undefined && day > from && day <= to;

/** Event talks a week: what happened over the last 13 weeks, divided by 13. */
export function eventRates(input: CoverageInput): EventRates {
  const from = addDays(input.today, -7 * FORECAST_WEEKS);
  const heldIn = (a: Agent, rules: RuleId[]) => rules.some((r) => within(input.held?.get(a.id)?.[r], from, input.today));
  let newHire = 0, leadFlag = 0, swing = 0, exit = 0;
  for (const a of input.agents) {
    if (within(a.hireDate, from, input.today)) newHire++;
    if (within(a.flagDate, from, input.today) || heldIn(a, ['lead-flag'])) leadFlag++;
    if (heldIn(a, ['swing-down', 'swing-up'])) swing++;
    // On notice and not gone before the 13 weeks (a leaving date since is counted either way).
    const onNotice = a.status === 'notice' && (a.leavingDate === undefined || a.leavingDate > from);
    if (onNotice || within(a.leavingDate, from, input.today)) exit++;
  }
  const perWeek = (n: number) => n / FORECAST_WEEKS;
  return { newHire: perWeek(newHire), leadFlag: perWeek(leadFlag), swing: swing ? perWeek(swing) : input.swingsNow, exit: perWeek(exit) };
}

interface Due {
  agent: Agent;
  due: Day;
  months: number;
}

/** Due soonest first, then by agent id in the locale's order; days (ISO text) compare as text. */
const soonest = (a: Due, b: Due) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.agent.id.localeCompare(b.agent.id));

/** Any held talk counts, as for the rules: the roster's last talk or the archive's latest. */
function lastTalk(a: Agent, input: CoverageInput): Day | undefined {
  return lastTalkOf(a, input.held?.get(a.id))?.date;
}

/** Each active agent's next cadence talk: top performers every few months, everyone else every routine interval. */
function cadence(input: CoverageInput, active: Agent[]): Due[] {
  const { topPerformerMonths, routineMonths } = input.rules;
  return active.map((agent) => {
    const last = lastTalk(agent, input);
    if (input.top.has(agent.id)) return { agent, months: topPerformerMonths, due: last ? addMonths(last, topPerformerMonths) : input.today };
    return { agent, months: routineMonths, due: addMonths(last ?? agent.hireDate, routineMonths) };
  });
}

/**
 * Projects the next 13 weeks: this week's plan, then each later week the capacity left after
 * the expected event talks goes to the agents due soonest. Pure; `today` is an input.
 */
export function forecastCoverage(input: CoverageInput): Coverage {
  const active = input.agents.filter((a) => (a.status === 'active' || a.status === 'leave') && a.hireDate <= input.today);
  const top = active.filter((a) => input.top.has(a.id)).length;
  const routinePerWeek = (active.length - top) / (input.rules.routineMonths * WEEKS_PER_MONTH) + top / (input.rules.topPerformerMonths * WEEKS_PER_MONTH);
  const events = eventRates(input);
  const eventsPerWeek = events.newHire + events.leadFlag + events.swing + events.exit;
  const needPerWeek = routinePerWeek + eventsPerWeek;
  // Stryker disable next-line EqualityOperator: > and >= differ only at exactly capacity + 1e-9, the float noise it absorbs
  const short = needPerWeek > input.capacity + 1e-9;

  let queue = cadence(input, active);
  const overdue = queue.filter((d) => d.due < input.today && !input.planned.has(d.agent.id)).length;
  const weeks: CoverageWeek[] = [];
  const cadenceSlots = Math.max(0, Math.round(input.capacity - eventsPerWeek));
  for (let w = 0; w < FORECAST_WEEKS; w++) {
    const start = addDays(input.week.start, 7 * w);
    const end = addDays(start, 6);
    let talks: number;
    if (w === 0) {
      talks = input.planned.size;
      queue = queue.map((d) => (input.planned.has(d.agent.id) ? { ...d, due: addMonths(input.today, d.months) } : d));
    } else {
      const horizon = addDays(end, input.pullForwardDays);
      const next = queue.filter((d) => d.due <= horizon).sort(soonest);
      const seen = new Set(next.slice(0, cadenceSlots).map((d) => d.agent.id));
      queue = queue.map((d) => (seen.has(d.agent.id) ? { ...d, due: addMonths(start, d.months) } : d));
      talks = Math.min(input.capacity, seen.size + Math.round(eventsPerWeek));
    }
    const passing = queue
      .filter((d) => d.due >= start && d.due <= end && d.due >= input.today)
      .sort(soonest)
      .map((d) => ({ agentId: d.agent.id, name: d.agent.name, due: d.due }));
    weeks.push({ start, end, talks, backlog: queue.filter((d) => d.due <= end).length, passing });
  }
  const firstPassing = weeks.find((w) => w.passing.length)?.passing[0].due ?? null;
  return {
    agents: active.length,
    top,
    routinePerWeek,
    events,
    eventsPerWeek,
    needPerWeek,
    capacity: input.capacity,
    short,
    passingPerWeek: short ? Math.max(1, Math.round(needPerWeek - input.capacity)) : 0,
    firstPassing,
    overdue,
    catchUpWeeks: overdue && !short ? Math.ceil(overdue / Math.max(input.capacity - needPerWeek, 0.1)) : 0,
    routineMonths: input.rules.routineMonths,
    weeks,
  };
}
