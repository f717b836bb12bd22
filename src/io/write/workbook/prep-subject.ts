import type { Calendar } from '../../../calendar/calendar.js';
import { findingsFor, mergeFindings } from '../../../engine.js';
import { addDays, maxDay } from '../../../model/day.js';
import type { Plan } from '../../../model/plan.js';
import type { Agent, Finding } from '../../../model/types.js';
import type { RuleContext } from '../../../rules/rule.js';
import type { PrepSubject } from './prep-sheet.js';

/** The plan plus the calendar it was made with, to work out when an unplanned talk falls due. */
export type PlanWithCalendar = Plan & { calendar: Calendar };

function ruleContext(plan: PlanWithCalendar, agent: Agent, guardDays: number): RuleContext {
  const ranked = plan.ranking.agents.get(agent.id);
  return {
    today: plan.today,
    calendar: plan.calendar,
    settings: { ...plan.settings.rules, guardDays },
    lastTalk: maxDay(agent.lastTalk, plan.followUps?.get(agent.id)?.date),
    rank: ranked && ranked.rank !== null && ranked.score !== null ? { rank: ranked.rank, of: ranked.groupSize, score: ranked.score, top: ranked.top, core: ranked.core } : undefined,
    swing: plan.swings.get(agent.id),
    heldByRule: plan.held?.get(agent.id) ?? {},
  };
}

/**
 * The agent's coming findings. When the frequency guard holds them all back, they are
 * evaluated without it and fall due no earlier than the guard allows.
 */
function upcomingFindings(plan: PlanWithCalendar, agent: Agent): Finding[] {
  const guarded = ruleContext(plan, agent, plan.settings.rules.guardDays);
  const findings = findingsFor(agent, guarded);
  if (findings.length > 0 || !guarded.lastTalk) return findings;
  const earliest = addDays(guarded.lastTalk, plan.settings.rules.guardDays);
  return findingsFor(agent, ruleContext(plan, agent, 0)).map((f) => ({ ...f, due: f.due < earliest ? earliest : f.due }));
}

/** Where one agent stands this week: scheduled, in the backlog, not due yet, on leave or gone. */
export function prepSubject(plan: PlanWithCalendar, agent: Agent): PrepSubject {
  const core = plan.ranking.agents.get(agent.id)?.core ?? false;
  const followUp = plan.followUps?.get(agent.id);
  const scheduled = plan.talks.find((t) => t.agentId === agent.id);
  if (scheduled) return { agent, talk: scheduled, status: { kind: 'scheduled' }, core: scheduled.core, followUp };
  const backlog = plan.backlog.find((t) => t.agentId === agent.id);
  if (backlog) return { agent, talk: backlog, status: { kind: 'backlog', reason: backlog.backlogReason }, core: backlog.core, followUp };
  if (agent.status === 'left') return { agent, status: { kind: 'left', leavingDate: agent.leavingDate }, core, followUp };
  if (agent.hireDate > plan.today) return { agent, status: { kind: 'not-started', hireDate: agent.hireDate }, core, followUp };
  if (agent.status === 'leave') return { agent, status: { kind: 'leave' }, core, followUp };
  const findings = upcomingFindings(plan, agent);
  if (findings.length === 0) return { agent, status: { kind: 'nothing-due' }, core, followUp };
  const next = findings.reduce((a, b) => (b.due < a.due ? b : a));
  const talk = mergeFindings(agent, findings, plan.today, core);
  return { agent, talk, status: { kind: 'not-due', due: next.due, rule: next.rule }, core, followUp };
}
