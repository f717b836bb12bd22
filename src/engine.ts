import type { Calendar } from './calendar/calendar.js';
import type { Settings } from './model/settings.js';
import { diffDays } from './model/day.js';
import { lastTalkOf, type LastTalk } from './model/last-talk.js';
import type { AgreedPlan, Agent, Day, Finding, RuleId, Swing, Talk, Warning } from './model/types.js';
import { urgencyOf } from './model/types.js';
import type { Ranking } from './ranking/rank.js';
import { RULES } from './rules/index.js';
import type { RuleContext } from './rules/rule.js';

export interface EngineInput {
  agents: Agent[];
  today: Day;
  calendar: Calendar;
  settings: Settings;
  ranking?: Ranking;
  swings?: Map<string, Swing>;
  /** Held talks from the archive: agent → rule → latest date. */
  archive?: Map<string, Partial<Record<RuleId, Day>>>;
  /** From the archive: agent → the plan agreed in their latest held talk, with a review date. */
  plans?: Map<string, AgreedPlan>;
}

export interface EngineResult {
  /** One talk per agent with findings, not yet scheduled. */
  candidates: Talk[];
  /** Talks that cannot happen this week (agent on leave). */
  blocked: Talk[];
  warnings: Warning[];
  /** Every agent's last talk (roster or archive), for the prep sheets. */
  lastTalks: Map<string, LastTalk>;
}

/** What the rules see of one agent; `guardDays` replaces the setting (0: evaluated without the guard). */
export function contextFor(agent: Agent, input: Omit<EngineInput, 'agents'>, guardDays = input.settings.rules.guardDays): RuleContext {
  const held = input.archive?.get(agent.id) ?? {};
  const ranked = input.ranking?.agents.get(agent.id);
  return {
    today: input.today,
    calendar: input.calendar,
    settings: { ...input.settings.rules, guardDays },
    lastTalk: lastTalkOf(agent, held)?.date,
    rank:
      ranked && ranked.rank !== null && ranked.score !== null
        ? { rank: ranked.rank, of: ranked.groupSize, score: ranked.score, top: ranked.top, core: ranked.core }
        : undefined,
    swing: input.swings?.get(agent.id),
    heldByRule: held,
    plan: input.plans?.get(agent.id),
  };
}

/** Runs every rule for one agent, applying the frequency guard. Most urgent first, as RULES is. */
export function findingsFor(agent: Agent, ctx: RuleContext): Finding[] {
  const recent = ctx.lastTalk !== undefined && diffDays(ctx.lastTalk, ctx.today) < ctx.settings.guardDays;
  const out: Finding[] = [];
  for (const rule of RULES) {
    if (recent && rule.meta.guarded) continue;
    const f = rule.evaluate(agent, ctx);
    if (f) out.push(f);
  }
  return out;
}

/** Merges an agent's findings into one talk: the most urgent rule leads, the earliest due counts. */
export function mergeFindings(agent: Agent, findings: Finding[], today: Day, core: boolean): Talk {
  const sorted = [...findings].sort((a, b) => urgencyOf(a.rule) - urgencyOf(b.rule));
  const due = sorted.map((f) => f.due).sort()[0];
  return {
    agentId: agent.id,
    name: agent.name,
    team: agent.team,
    lead: agent.lead,
    rule: sorted[0].rule,
    rules: sorted.map((f) => f.rule),
    due,
    overdueDays: Math.max(0, diffDays(due, today)),
    core,
    date: null,
    start: null,
    end: null,
    location: null,
    findings: sorted,
  };
}

/**
 * Evaluates every rule for every agent: `left` agents are ignored, agents not started yet
 * have nothing due, and agents on leave are set aside with their findings.
 */
export function runEngine(input: EngineInput): EngineResult {
  const candidates: Talk[] = [];
  const blocked: Talk[] = [];
  const warnings: Warning[] = [];
  const lastTalks = new Map<string, LastTalk>();
  for (const agent of input.agents) {
    const last = lastTalkOf(agent, input.archive?.get(agent.id));
    if (last) lastTalks.set(agent.id, last);
    if (agent.status === 'left' || agent.hireDate > input.today) continue;
    if (agent.leavingDate && agent.leavingDate < input.today && agent.leavingDate >= agent.hireDate) {
      warnings.push({
        code: 'left-not-marked',
        args: { who: `${agent.id} ${agent.name}`, leavingDate: agent.leavingDate },
        message: `${agent.id} ${agent.name} has a leaving date of ${agent.leavingDate} but the status is not Left; no talk was planned. Set the status to Left.`,
        file: agent.source.file,
        sheet: agent.source.sheet,
        row: agent.source.row,
      });
      continue;
    }
    const ctx = contextFor(agent, input);
    const findings = findingsFor(agent, ctx);
    if (findings.length === 0) continue;
    const talk = mergeFindings(agent, findings, input.today, ctx.rank?.core ?? false);
    if (agent.status === 'leave') blocked.push({ ...talk, backlogReason: 'on-leave' });
    else candidates.push(talk);
  }
  return { candidates, blocked, warnings, lastTalks };
}
