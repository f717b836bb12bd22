import type { Day, RuleId, Talk, Warning } from '../model/types.js';
import { RULE_LABELS } from '../text/labels.js';
import type { Week } from './week.js';

const URGENT: readonly RuleId[] = ['lead-flag', 'exit'];

function urgentRule(talk: Talk): RuleId | undefined {
  return [talk.rule, ...talk.rules].find((r) => URGENT.includes(r));
}

function whatToDo(talk: Talk, week: Week, overdue: boolean): string {
  if (talk.date) {
    return overdue
      ? `the first free slot is ${talk.date}; it is already overdue: make room for it as soon as you can.`
      : `the first free slot is ${talk.date}; make room or hold it earlier.`;
  }
  switch (talk.backlogReason) {
    case 'on-leave':
      return 'the agent is on leave this week; hold it as soon as they are back.';
    case 'no-shift':
      return 'the agent has no shift this week; hold it on their next shift.';
    case 'outside-shift':
      return "no free slot lies inside the agent's shift and the manager's hours; set the manager's hours to cover the shift, or hold it outside the plan.";
    case 'rooms-busy':
      return 'every room is taken at the free times; add a room for this manager or make room for it.';
    case 'no-days-left':
      return `no working day is left in the week of ${week.start}; hold it outside the plan or plan next week with --week.`;
    default:
      return `no slot is free in the week of ${week.start}; raise --capacity or --per-day, or make room for it.`;
  }
}

/**
 * A lead-flag or exit talk that is late: scheduled after its due date, or in the backlog
 * while due by the week's end (one due later can still be held next week).
 */
export function urgentLateWarning(talk: Talk, week: Week, today: Day): Warning | undefined {
  const rule = urgentRule(talk);
  if (!rule) return undefined;
  // Judged by the urgent finding's own due date, not that of a routine finding merged into the talk.
  const due = talk.findings.find((f) => f.rule === rule)?.due ?? talk.due;
  const late = talk.date ? talk.date > due : due <= week.end;
  if (!late) return undefined;
  const who = `${talk.agentId} ${talk.name}`.trim();
  const overdue = due < today;
  return {
    code: 'urgent-late',
    args: { rule, who, due, date: talk.date ?? '', reason: talk.backlogReason ?? '', week: week.start, overdue: overdue ? 'yes' : '' },
    message: `${RULE_LABELS.en[rule]} talk with ${who} is due ${due} but ${whatToDo(talk, week, overdue)}`,
  };
}
