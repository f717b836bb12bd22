import type { Calendar } from './calendar/calendar.js';
import { contextFor, findingsFor, mergeFindings } from './engine.js';
import { addDays } from './model/day.js';
import type { Plan } from './model/plan.js';
import type { Standing } from './model/standing.js';
import type { AgreedPlan, Agent, Finding } from './model/types.js';

/** The plan plus the calendar it was made with, to work out when an unplanned talk falls due. */
export type PlanWithCalendar = Plan & { calendar: Calendar };

/**
 * The agent's coming findings, as the engine sees them. When the frequency guard holds them
 * all back, they are evaluated without it and fall due no earlier than the guard allows.
 */
function upcomingFindings(plan: PlanWithCalendar, agent: Agent): Finding[] {
  const plans = new Map<string, AgreedPlan>();
  const agreed = plan.followUps?.get(agent.id)?.plan;
  // Stryker disable next-line ConditionalExpression: a plan of undefined reads the same as no plan
  if (agreed) plans.set(agent.id, agreed);
  const input = { ...plan, archive: plan.held, plans };
  const guarded = contextFor(agent, input);
  const findings = findingsFor(agent, guarded);
  if (findings.length > 0) return findings;
  // The guard held every finding back, so there is a last talk; nothing falls due sooner than the guard allows.
  const earliest = addDays(guarded.lastTalk!, plan.settings.rules.guardDays);
  return findingsFor(agent, contextFor(agent, input, 0)).map((f) => ({ ...f, due: f.due < earliest ? earliest : f.due }));
}

/** Where one agent stands this week: scheduled, in the backlog, not due yet, on leave or gone. */
export function standingOf(plan: PlanWithCalendar, agent: Agent): Standing {
  const core = plan.ranking.agents.get(agent.id)?.core ?? false;
  const facts = { agent, followUp: plan.followUps?.get(agent.id), lastTalk: plan.lastTalks.get(agent.id) };
  const scheduled = plan.talks.find((t) => t.agentId === agent.id);
  if (scheduled) return { ...facts, talk: scheduled, status: { kind: 'scheduled' }, core: scheduled.core };
  const backlog = plan.backlog.find((t) => t.agentId === agent.id);
  if (backlog) return { ...facts, talk: backlog, status: { kind: 'backlog', reason: backlog.backlogReason }, core: backlog.core };
  if (agent.status === 'left') return { ...facts, status: { kind: 'left', leavingDate: agent.leavingDate }, core };
  if (agent.hireDate > plan.today) return { ...facts, status: { kind: 'not-started', hireDate: agent.hireDate }, core };
  if (agent.status === 'leave') return { ...facts, status: { kind: 'leave' }, core };
  const findings = upcomingFindings(plan, agent);
  // Stryker disable next-line all: the routine rule fires for every agent who gets this far; this holds for a rule set without it
  if (findings.length === 0) return { ...facts, status: { kind: 'nothing-due' }, core };
  const next = findings.reduce((a, b) => (b.due < a.due ? b : a));
  const talk = mergeFindings(agent, findings, plan.today, core);
  return { ...facts, talk, status: { kind: 'not-due', due: next.due, rule: next.rule }, core };
}
