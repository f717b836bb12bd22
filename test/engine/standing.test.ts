import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/model/day.js';
import { KpiStore } from '../../src/model/kpi.js';
import type { FollowUp } from '../../src/model/plan.js';
import { DEFAULTS } from '../../src/model/settings.js';
import type { Agent, Talk } from '../../src/model/types.js';
import { standingOf, type PlanWithCalendar } from '../../src/standing.js';
import { weekdaysCalendar } from '../../src/calendar/weekdays.js';
import { agent, ranking, swing, TODAY } from './helpers.js';

function talk(a: Agent, over: Partial<Talk> = {}): Talk {
  const finding = { rule: 'routine' as const, due: TODAY, evidence: { rule: 'routine' as const, hireDate: a.hireDate } };
  return { agentId: a.id, name: a.name, team: a.team, lead: a.lead, rule: 'routine', rules: ['routine'], due: TODAY, overdueDays: 0, core: false, date: TODAY, start: '09:00', end: '09:45', location: 'Room 1', findings: [finding], ...over };
}

function planWith(over: Partial<PlanWithCalendar> = {}): PlanWithCalendar {
  const kpi = new KpiStore();
  return {
    today: TODAY,
    week: { start: TODAY, end: addDays(TODAY, 6) },
    talks: [],
    backlog: [],
    warnings: [],
    agents: [],
    kpi,
    ranking: ranking([]),
    swings: new Map(),
    lastTalks: new Map(),
    trend: { periods: [], kind: 'week', medians: new Map(), kpi, higherIsBetter: DEFAULTS.ranking.higherIsBetter },
    settings: DEFAULTS,
    calendar: weekdaysCalendar(),
    ...over,
  };
}

const followUp: FollowUp = { date: '2026-10-01', rule: 'routine', issues: [{ category: 'shift', text: 'Late shifts' }] };

describe('standingOf: where one agent stands this week', () => {
  const a = agent('A1');

  it('scheduled: the talk, and core as the talk says', () => {
    const t = talk(a, { core: true });
    const s = standingOf(planWith({ talks: [talk(agent('A2')), t], ranking: ranking([{ agentId: 'A1', rank: 1, core: false }]) }), a);
    expect(s).toMatchObject({ talk: t, status: { kind: 'scheduled' }, core: true, agent: a });
  });

  it('in the backlog: the talk and its reason', () => {
    const t = talk(a, { date: null, start: null, end: null, location: null, backlogReason: 'capacity', core: true });
    const s = standingOf(planWith({ backlog: [talk(agent('A2')), t] }), a);
    expect(s).toMatchObject({ talk: t, status: { kind: 'backlog', reason: 'capacity' }, core: true });
  });

  it('gone: the leaving date, with the archive facts and core from the ranking', () => {
    const gone = agent('A1', { status: 'left', leavingDate: '2026-11-13' });
    const lastTalks = new Map([['A1', { date: '2026-10-01', rule: 'routine' as const }]]);
    const s = standingOf(planWith({ followUps: new Map([['A1', followUp]]), lastTalks, ranking: ranking([{ agentId: 'A1', rank: 1, core: true }]) }), gone);
    expect(s).toEqual({ agent: gone, followUp, lastTalk: { date: '2026-10-01', rule: 'routine' }, status: { kind: 'left', leavingDate: '2026-11-13' }, core: true });
  });

  it('not started: hired after today; hired today is already due a talk', () => {
    const later = agent('A1', { hireDate: addDays(TODAY, 1) });
    expect(standingOf(planWith(), later)).toEqual({ agent: later, status: { kind: 'not-started', hireDate: addDays(TODAY, 1) }, core: false });
    const today = agent('A1', { hireDate: TODAY });
    expect(standingOf(planWith(), today).status).toEqual({ kind: 'not-due', due: addDays(TODAY, 7), rule: 'new-hire' });
  });

  it('on leave', () => {
    const away = agent('A1', { status: 'leave' });
    expect(standingOf(planWith(), away)).toEqual({ agent: away, status: { kind: 'leave' }, core: false });
  });

  it('not due: the next talk with its findings, the earliest due naming the rule', () => {
    const flagged = agent('A1', { lastTalk: '2026-09-01', flag: 'mood', flagDate: '2026-11-20' });
    const s = standingOf(planWith({ ranking: ranking([{ agentId: 'A1', rank: 1, core: true }]) }), flagged);
    expect(s.status).toEqual({ kind: 'not-due', due: '2026-11-24', rule: 'lead-flag' });
    expect(s.talk).toMatchObject({ agentId: 'A1', rule: 'lead-flag', rules: ['lead-flag', 'routine'], core: true, date: null });
    expect(s.core).toBe(true);
  });

  it('a talk held recently: the findings the guard holds back fall due when the guard ends', () => {
    // Last talk 10 days ago; a swing up (guarded) would be due 2026-11-20, the guard holds it to 30 days after the talk.
    const recent = agent('A1', { lastTalk: '2026-11-13' });
    const s = standingOf(planWith({ swings: new Map([['A1', swing('A1', 'up', '2026-11-16')]]) }), recent);
    expect(s.status).toEqual({ kind: 'not-due', due: '2026-12-13', rule: 'swing-up' });
    expect(s.talk?.findings.map((f) => [f.rule, f.due])).toEqual([
      ['swing-up', '2026-12-13'],
      ['routine', '2027-05-13'],
    ]);
  });

  it('a talk held recently does not hold back an unguarded finding, nor add the guarded ones', () => {
    const recent = agent('A1', { lastTalk: '2026-11-13', flag: 'resign', flagDate: '2026-11-20' });
    const s = standingOf(planWith(), recent);
    expect(s.talk?.rules).toEqual(['lead-flag']);
  });

  it("an agreed plan from the archive brings its follow-up", () => {
    const plan = { agreedOn: '2026-10-01', rule: 'routine' as const, goal: 'Shorter calls', metric: 'aht', target: '300', review: '2026-11-26' };
    const s = standingOf(planWith({ followUps: new Map([['A1', { ...followUp, plan }]]) }), agent('A1', { lastTalk: '2026-10-01' }));
    expect(s.talk?.rules).toContain('follow-up');
    expect(s.status).toMatchObject({ kind: 'not-due', rule: 'follow-up', due: '2026-11-26' });
  });
});
