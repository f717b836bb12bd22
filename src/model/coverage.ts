import type { Day } from './types.js';

/** Event talks expected per week, from the last 13 weeks of the roster and the archive. */
export interface EventRates {
  newHire: number;
  leadFlag: number;
  swing: number;
  exit: number;
}

export interface CoverageWeek {
  start: Day;
  end: Day;
  /** Talks expected that week (this week: the plan's). */
  talks: number;
  /** Agents past their due date and not yet seen at the week's end. */
  backlog: number;
  /** Agents whose due date falls in the week and who are not seen by then. */
  passing: { agentId: string; name: string; due: Day }[];
}

/** The cadence forecast for one manager's agents (or the whole roster). */
export interface Coverage {
  /** Active agents (on leave included). */
  agents: number;
  top: number;
  /** Talks a week to see every agent within the routine interval and top performers within theirs. */
  routinePerWeek: number;
  events: EventRates;
  eventsPerWeek: number;
  needPerWeek: number;
  capacity: number;
  /** Capacity falls short of the need. */
  short: boolean;
  /** About how many more agents pass their routine interval each week when short. */
  passingPerWeek: number;
  /** The first day an agent not yet late passes their due date unseen, within the 13 weeks. */
  firstPassing: Day | null;
  /** Agents already past their due date and not on this week's plan. */
  overdue: number;
  /** Weeks the capacity left over after the need takes to see the overdue agents (0 when none, or when short). */
  catchUpWeeks: number;
  routineMonths: number;
  weeks: CoverageWeek[];
}
