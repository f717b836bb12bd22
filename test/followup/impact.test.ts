import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/model/settings.js';
import { talkImpact } from '../../src/followup/impact.js';
import { checkPlan } from '../../src/followup/plan-check.js';
import type { ArchivedTalk } from '../../src/model/archive.js';
import { addDays } from '../../src/model/day.js';
import { KpiStore } from '../../src/model/kpi.js';
import { agent } from '../ranking/fixtures.js';

/** 20 reference agents hold CSAT 1…20 every week; the subjects' weeks are given. Weeks start 2026-10-05. */
const WEEK0 = '2026-10-05';
const week = (i: number) => addDays(WEEK0, 7 * i);

function population(subjects: Record<string, (number | null)[]>) {
  const store = new KpiStore();
  const weeks = Math.max(...Object.values(subjects).map((v) => v.length));
  for (let w = 0; w < weeks; w++) {
    for (let r = 1; r <= 20; r++) store.add({ agentId: `r${r}`, period: week(w), metrics: { csat: r } });
    for (const [id, values] of Object.entries(subjects)) if (values[w] != null) store.add({ agentId: id, period: week(w), metrics: { csat: values[w]! } });
  }
  const agents = [...Object.keys(subjects), ...Array.from({ length: 20 }, (_, r) => `r${r + 1}`)].map((id) => agent(id));
  return { store, agents };
}

const talk = (agentId: string, heldOn: string, over: Partial<ArchivedTalk> = {}): ArchivedTalk => ({
  agentId, name: `Agent ${agentId}`, team: 'T1', lead: 'Lead', date: heldOn, heldOn, rule: 'swing-down', held: true,
  issues: [], notes: null, plan: null, leadNote: null, nextStep: null, recordedAt: 'x', ...over,
});

const SETTINGS = { ranking: DEFAULTS.ranking, swing: DEFAULTS.swing, higherIsBetter: DEFAULTS.ranking.higherIsBetter };
// Six usual weeks around 15, a drop to 5 in week 6 (2026-11-09), the talk on Wednesday of week 7.
const USUAL = [15.5, 15.2, 15.8, 15.5, 15.4, 15.6];
const TALK_DAY = addDays(week(7), 2);

describe('talkImpact: a swing-down talk is judged by the metrics that dropped', () => {
  it('back within the normal range 4 weeks later, or not; each agent once per talk type', () => {
    const { store, agents } = population({
      back: [...USUAL, 5.5, 6, 15, 15.5, 15.2, 15.6],
      still: [...USUAL, 5.5, 6, 6.5, 5.5, 6, 5.5],
    });
    const impact = talkImpact({ talks: [talk('back', TALK_DAY), talk('still', TALK_DAY)], agents, kpi: store, settings: SETTINGS });
    const back = impact.talks.find((t) => t.agentId === 'back')!;
    expect(back).toMatchObject({ basis: 'swing', verdict: 'better', partial: false });
    expect(back.metrics).toMatchObject([{ metric: 'csat', low: 15.2, high: 15.8, periodsSince: 4, verdict: 'better' }]);
    // After = the first 4 weeks that began on or after the talk: weeks 8–11.
    expect(back.metrics[0].since).toBeCloseTo((15 + 15.5 + 15.2 + 15.6) / 4, 6);
    expect(impact.talks.find((t) => t.agentId === 'still')).toMatchObject({ verdict: 'not-yet' });
    expect(impact.summary).toEqual([{ rule: 'swing-down', basis: 'swing', agents: 2, better: 1, notYet: 1, tooRecent: 0, noData: 0, partial: 0 }]);
  });

  it('a talk with no KPI period since it is too recent to judge; fewer than 4 weeks is partial; an agent without data since has no data', () => {
    const recent = population({ recent: [...USUAL, 5.5, 6] });
    const r = talkImpact({ talks: [talk('recent', TALK_DAY)], agents: recent.agents, kpi: recent.store, settings: SETTINGS });
    expect(r.talks[0]).toMatchObject({ verdict: 'too-recent', partial: false });
    expect(r.summary[0]).toMatchObject({ agents: 1, better: 0, tooRecent: 1 });
    const { store, agents } = population({ gone: [...USUAL, 5.5, 6], early: [...USUAL, 5.5, 6, 15.5, 15.3] });
    const impact = talkImpact({ talks: [talk('gone', TALK_DAY), talk('early', TALK_DAY)], agents, kpi: store, settings: SETTINGS });
    expect(impact.talks.find((t) => t.agentId === 'gone')).toMatchObject({ verdict: 'no-data' });
    expect(impact.talks.find((t) => t.agentId === 'early')).toMatchObject({ verdict: 'better', partial: true });
    expect(impact.summary[0]).toMatchObject({ agents: 2, better: 1, noData: 1, partial: 1 });
  });

  it('an agreed plan with a KPI metric is judged by its target, measured as the follow-up form measures it', () => {
    const { store, agents } = population({ planned: [...USUAL, 5.5, 6, 12, 13, 14] });
    const plan = { goal: 'Calmer calls', metric: 'csat', target: '13', actions: null, review: week(10), support: null };
    const impact = talkImpact({ talks: [talk('planned', TALK_DAY, { rule: 'routine', plan })], agents, kpi: store, settings: SETTINGS });
    const t = impact.talks[0];
    expect(t).toMatchObject({ basis: 'plan', verdict: 'better', partial: true, metrics: [{ metric: 'csat', target: 13, periodsSince: 3 }] });
    const form = checkPlan({ agreedOn: TALK_DAY, rule: 'routine', goal: null, metric: 'csat', target: '13', review: week(10) }, store, 'planned', SETTINGS.higherIsBetter);
    expect([t.metrics[0].before, t.metrics[0].since]).toEqual([form.before, form.since]);
  });

  it('a talk with neither a plan metric nor a swing has no metric to judge it by', () => {
    const { store, agents } = population({ a: USUAL });
    const impact = talkImpact({ talks: [talk('a', week(3), { rule: 'routine' })], agents, kpi: store, settings: SETTINGS });
    expect(impact.talks[0]).toMatchObject({ basis: 'none', verdict: 'no-metric', metrics: [] });
    expect(impact.summary).toEqual([{ rule: 'routine', basis: 'none', agents: 1, better: 0, notYet: 0, tooRecent: 0, noData: 1, partial: 0 }]);
  });
});
