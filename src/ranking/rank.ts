import type { RankingSettings } from '../model/settings.js';
import { diffDays } from '../model/day.js';
import type { KpiStore } from '../model/kpi.js';
import type { IneligibleReason, RankedAgent, Ranking } from '../model/ranking.js';
import type { Agent, Day, Metrics } from '../model/types.js';

export type { RankedAgent, Ranking } from '../model/ranking.js';
import { hasWeightedMetric, scorePopulation } from './composite.js';
import { round1, shareCount } from './stats.js';

export interface RankOptions {
  today: Day;
  groupBy?: 'team';
  settings: RankingSettings;
}

interface Candidate {
  agent: Agent;
  group: string | null;
  metrics: Metrics;
}

/** The last `size` periods that start on or before today, oldest first. */
function rankingWindow(periods: readonly Day[], today: Day, size: number): Day[] {
  const started = periods.filter((p) => p <= today);
  return size > 0 ? started.slice(-size) : [];
}

/**
 * Ranks agents by composite KPI score over the ranking window (SPEC §1 "Ranking").
 * Equal scores are ordered by agentId ascending (code-unit order, independent of locale), so
 * the ranking is deterministic; scores are compared at 1e-9 to ignore float noise from summing
 * in different orders. Duplicate agent ids: the first occurrence counts.
 */
export function rankAgents(agents: readonly Agent[], kpi: KpiStore, opts: RankOptions): Ranking {
  const { today, settings } = opts;
  const window = rankingWindow(kpi.periods(), today, settings.windowPeriods);
  const groups = new Map<string | null, Candidate[]>();
  const ineligible: Candidate[] = [];
  const reasons = new Map<string, IneligibleReason>();
  const seen = new Set<string>();
  for (const agent of agents) {
    if (seen.has(agent.id)) continue;
    seen.add(agent.id);
    const candidate: Candidate = {
      agent,
      group: opts.groupBy === 'team' ? agent.team : null,
      metrics: kpi.over(agent.id, window) ?? {},
    };
    const reason = ineligibility(agent, candidate.metrics, today, settings);
    if (reason) {
      reasons.set(agent.id, reason);
      ineligible.push(candidate);
      continue;
    }
    const members = groups.get(candidate.group);
    if (members) members.push(candidate);
    else groups.set(candidate.group, [candidate]);
  }

  const ordered: RankedAgent[] = [];
  // Group keys are teams when grouping, else the one key null (never compared, so its '' is never read).
  // Stryker disable next-line StringLiteral: see above
  const byGroup = [...groups].sort(([a], [b]) => byText(a ?? '', b ?? ''));
  for (const [, members] of byGroup) ordered.push(...rankGroup(members, kpi, settings));
  const last = ineligible
    .sort((a, b) => byText(a.agent.id, b.agent.id))
    .map<RankedAgent>((c) => ({
      agentId: c.agent.id,
      eligible: false,
      reason: reasons.get(c.agent.id),
      group: c.group,
      rank: null,
      groupSize: groups.get(c.group)?.length ?? 0,
      score: null,
      percentile: null,
      top: false,
      core: false,
      metrics: c.metrics,
      metricPct: {},
    }));
  ordered.push(...last);
  return { window, agents: new Map(ordered.map((r) => [r.agentId, r])), ordered };
}

function ineligibility(
  agent: Agent,
  metrics: Metrics,
  today: Day,
  settings: RankingSettings,
): IneligibleReason | undefined {
  if (agent.status === 'left') return 'left';
  if (!agent.hireUnknown && diffDays(agent.hireDate, today) < settings.minTenureDays) return 'tenure';
  // Rows whose metrics all weigh 0 cannot give a composite score; periods of no activity
  // (rows of zeros) give no metrics at all, so an agent idle over the whole window lands here too.
  if (!hasWeightedMetric(metrics, settings)) return 'no-kpi';
  return undefined;
}

function rankGroup(members: readonly Candidate[], kpi: KpiStore, settings: RankingSettings): RankedAgent[] {
  const scored = scorePopulation(
    members.map((c) => c.metrics),
    kpi.metrics(),
    settings,
  );
  const n = members.length;
  const topN = shareCount(settings.topShare, n);
  const coreN = shareCount(settings.coreShare, n);
  const keys = scored.map((s) => Math.round(s.score * 1e9));
  const order = members.map((_, i) => i).sort((a, b) => keys[b] - keys[a] || byText(members[a].agent.id, members[b].agent.id));
  return order.map((i, position) => {
    const rank = position + 1;
    return {
      agentId: members[i].agent.id,
      eligible: true,
      group: members[i].group,
      rank,
      groupSize: n,
      score: round1(scored[i].score),
      percentile: n === 1 ? 100 : round1((100 * (n - rank)) / (n - 1)),
      top: rank <= topN,
      core: rank <= coreN,
      metrics: members[i].metrics,
      metricPct: roundAll(scored[i].pct),
    };
  });
}

function roundAll(metrics: Metrics): Metrics {
  const out: Metrics = {};
  for (const [m, v] of Object.entries(metrics) as [keyof Metrics, number][]) out[m] = round1(v);
  return out;
}

/** Code-unit order of texts that are never equal: agent ids (deduplicated) or team names (group keys). */
function byText(a: string, b: string): number {
  // Stryker disable next-line EqualityOperator: the texts compared are distinct, so < and <= order them alike
  return a < b ? -1 : 1;
}
