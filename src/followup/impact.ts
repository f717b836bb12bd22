import type { RankingSettings, SwingSettings } from '../model/settings.js';
import type { ArchivedTalk } from '../model/archive.js';
import type { KpiStore } from '../model/kpi.js';
import { METRICS, type Agent, type Day, type MetricId, type PeriodKind, type RuleId, type Swing } from '../model/types.js';
import { detectSwings } from '../ranking/swing.js';
import type { ImpactBasis, ImpactSummary, ImpactVerdict } from '../model/impact.js';
import { BEFORE_PERIODS, measureChange, periodEnd, planReached, targetValue, type MeasuredChange } from './plan-check.js';

/** How many periods after a talk are judged ("4 weeks later"): as many as before it. */
export const AFTER_PERIODS = BEFORE_PERIODS;

export interface MetricImpact extends MeasuredChange {
  metric: MetricId;
  /** Plan: the target, when it reads as a number. */
  target?: number;
  /** Swing: the agent's normal range and usual level over the swing's baseline. */
  low?: number;
  high?: number;
  usual?: number;
  verdict: ImpactVerdict;
}

interface TalkImpact {
  agentId: string;
  name: string;
  team: string;
  /** The day the talk was held. */
  date: Day;
  rule: RuleId;
  basis: ImpactBasis;
  metrics: MetricImpact[];
  verdict: ImpactVerdict;
  /** Judged over fewer than AFTER_PERIODS periods: the data does not reach that far yet. */
  partial: boolean;
}

export interface Impact {
  periodKind: PeriodKind;
  talks: TalkImpact[];
  summary: ImpactSummary[];
}

export interface ImpactInput {
  /** Held talks to judge. */
  talks: readonly ArchivedTalk[];
  agents: readonly Agent[];
  kpi: KpiStore;
  settings: { ranking: RankingSettings; swing: SwingSettings; higherIsBetter: Record<MetricId, boolean> };
}

const isMetric = (m: string | null | undefined): m is MetricId => (METRICS as readonly string[]).includes(m ?? '');

/** The latest period that ended before the talk: the one its swing was seen in. */
function periodBefore(kpi: KpiStore, day: Day): Day | undefined {
  return kpi.periods().filter((p) => periodEnd(p, kpi.kind) < day).at(-1);
}

function judgeMetric(m: MeasuredChange, latest: Day | undefined, day: Day, better: () => boolean): ImpactVerdict {
  if (latest === undefined || latest < day) return 'too-recent';
  if (m.since === undefined || m.before === undefined) return 'no-data';
  return better() ? 'better' : 'not-yet';
}

function talkVerdict(basis: ImpactBasis, metrics: readonly MetricImpact[]): ImpactVerdict {
  if (basis === 'none') return 'no-metric';
  if (metrics.some((m) => m.verdict === 'too-recent')) return 'too-recent';
  const judged = metrics.filter((m) => m.verdict === 'better' || m.verdict === 'not-yet');
  if (judged.length === 0) return 'no-data';
  return judged.every((m) => m.verdict === 'better') ? 'better' : 'not-yet';
}

/**
 * How the KPIs moved after each held talk: per talk the plan's metric (met its target) or the
 * swing's driving metrics (back within the agent's normal range, or still above the usual level
 * after a swing up), measured with measureChange over AFTER_PERIODS periods; summed up per talk
 * type. Pure: the swing a talk was about is found again as of the period before it.
 */
export function talkImpact(input: ImpactInput): Impact {
  const { kpi, settings } = input;
  const latest = kpi.periods().at(-1);
  const swingsAt = new Map<Day, Map<string, Swing>>();
  const swingOf = (agentId: string, day: Day): Swing | undefined => {
    const at = periodBefore(kpi, day);
    if (at === undefined) return undefined;
    if (!swingsAt.has(at)) swingsAt.set(at, detectSwings(input.agents, kpi, { today: at, ranking: settings.ranking, swing: settings.swing }));
    return swingsAt.get(at)!.get(agentId);
  };
  const talks = input.talks.map((t): TalkImpact => {
    const day = t.heldOn ?? t.date;
    const higher = (m: MetricId) => settings.higherIsBetter[m] ?? true;
    const metrics: MetricImpact[] = [];
    let basis: ImpactBasis = 'none';
    if (isMetric(t.plan?.metric)) {
      basis = 'plan';
      const metric = t.plan.metric as MetricId;
      const m = measureChange(kpi, t.agentId, metric, day, AFTER_PERIODS);
      const target = targetValue(t.plan.target);
      metrics.push({ metric, ...m, target, verdict: judgeMetric(m, latest, day, () => planReached(m, target, higher(metric)) === true) });
    } else if (t.rule === 'swing-down' || t.rule === 'swing-up') {
      basis = 'swing';
      const swing = swingOf(t.agentId, day);
      const up = t.rule === 'swing-up';
      for (const d of swing && swing.direction === (up ? 'up' : 'down') ? swing.drivers : []) {
        const m = measureChange(kpi, t.agentId, d.metric, day, AFTER_PERIODS);
        const h = higher(d.metric);
        const ok = () => (up ? (h ? m.since! >= d.from : m.since! <= d.from) : h ? m.since! >= d.low : m.since! <= d.high);
        metrics.push({ metric: d.metric, ...m, low: d.low, high: d.high, usual: d.from, verdict: judgeMetric(m, latest, day, ok) });
      }
    }
    const partial = metrics.some((m) => m.periodsSince > 0 && m.periodsSince < AFTER_PERIODS);
    return { agentId: t.agentId, name: t.name, team: t.team, date: day, rule: t.rule, basis, metrics, verdict: talkVerdict(basis, metrics), partial };
  });
  talks.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.agentId.localeCompare(b.agentId)));
  return { periodKind: kpi.kind, talks, summary: summarise(talks) };
}

function summarise(talks: readonly TalkImpact[]): ImpactSummary[] {
  const groups = new Map<string, Map<string, TalkImpact>>();
  for (const t of talks) {
    const key = `${t.rule}|${t.basis}`;
    const agents = groups.get(key) ?? new Map<string, TalkImpact>();
    // Newest first: an agent's latest talk of the type counts.
    if (!agents.has(t.agentId)) agents.set(t.agentId, t);
    groups.set(key, agents);
  }
  return [...groups.entries()]
    .map(([key, agents]) => {
      const [rule, basis] = key.split('|') as [RuleId, ImpactBasis];
      const list = [...agents.values()];
      const count = (v: ImpactVerdict) => list.filter((t) => t.verdict === v).length;
      const partial = list.filter((t) => t.partial && (t.verdict === 'better' || t.verdict === 'not-yet')).length;
      return { rule, basis, agents: list.length, better: count('better'), notYet: count('not-yet'), tooRecent: count('too-recent'), noData: count('no-data') + count('no-metric'), partial };
    })
    // What can be judged first, then the most agents.
    .sort((a, b) => Number(a.basis === 'none') - Number(b.basis === 'none') || b.agents - a.agents || a.rule.localeCompare(b.rule) || a.basis.localeCompare(b.basis));
}
