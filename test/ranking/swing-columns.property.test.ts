import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, type RankingSettings } from '../../src/model/settings.js';
import { KpiStore } from '../../src/model/kpi.js';
import { METRICS, type Agent, type Day, type MetricId, type Metrics } from '../../src/model/types.js';
import { scorePopulation } from '../../src/ranking/composite.js';
import { median, round1 } from '../../src/ranking/stats.js';
import { detectSwings } from '../../src/ranking/swing.js';
import { teamMedians } from '../../src/ranking/team.js';
import { agent, mondays, TODAY } from './fixtures.js';

/**
 * detectSwings and teamMedians read the store into columns (KpiStore.read, scoreColumns); these
 * properties hold them to the store's own objects (KpiStore.get, scorePopulation) on random
 * centres: agents idle in some periods, metrics missing, ties, rows of zeros, `left` agents.
 */
const value = fc.oneof(fc.constantFrom(0, 1, 2, 50), fc.double({ min: 0, max: 500, noNaN: true }));
const row = fc.dictionary(fc.constantFrom(...METRICS), value, { minKeys: 1, maxKeys: 5 });
const centre = fc.record({
  agents: fc.array(fc.record({ team: fc.constantFrom('T1', 'T2', 'T3'), left: fc.nat(7).map((n) => n === 0) }), { minLength: 1, maxLength: 14 }),
  periods: fc.integer({ min: 1, max: 11 }),
  /** Agent a's row in period p at a·11 + p: mostly there, sometimes missing or all zeros. */
  grid: fc.array(fc.option(fc.tuple(row, fc.nat(9).map((n) => n === 0)), { freq: 6 }), { minLength: 14 * 11, maxLength: 14 * 11 }),
  weights: fc.record({ csat: fc.constantFrom(0, 1, 2), conversion: fc.constantFrom(0, 1) }),
});

type Centre = typeof centre extends fc.Arbitrary<infer T> ? T : never;

function build(c: Centre) {
  const periods = mondays(c.periods);
  const agents: Agent[] = c.agents.map((a, i) => agent(`a${i}`, { team: a.team, status: a.left ? 'left' : 'active' }));
  const store = new KpiStore();
  agents.forEach((a, i) =>
    periods.forEach((period, p) => {
      const cell = c.grid[i * 11 + p];
      if (!cell) return;
      const [metrics, zero] = cell;
      store.add({ agentId: a.id, period, metrics: zero ? Object.fromEntries(Object.keys(metrics).map((k) => [k, 0])) : metrics });
    }),
  );
  const ranking: RankingSettings = { ...DEFAULTS.ranking, weights: { ...DEFAULTS.ranking.weights, ...c.weights } };
  return { periods, agents, store, ranking };
}

/** The standings of each period as objects, scored by scorePopulation over the agents with rows. */
function objectStandings(agents: Agent[], store: KpiStore, periods: Day[], ranking: RankingSettings) {
  return periods.map((p) => {
    const who = agents.filter((a) => store.get(a.id, p));
    const rows = who.map((a) => store.get(a.id, p)!);
    const scored = scorePopulation(rows, store.metrics(), ranking);
    return new Map(who.map((a, k) => [a.id, { raw: rows[k], ...scored[k] }]).filter(([, s]) => !Number.isNaN((s as { score: number }).score)) as [string, { raw: Metrics; pct: Metrics; score: number }][]);
  });
}

describe('detectSwings on columns agrees with the store objects', () => {
  it('finds the same swings, sizes, baselines and drivers', () => {
    let swings = 0;
    fc.assert(
      fc.property(centre, fc.integer({ min: 1, max: 15 }), fc.constantFrom(0, 0.5, 1, 3), (c, minPoints, madSigmas) => {
        const { periods, agents, store, ranking } = build(c);
        const swing = { ...DEFAULTS.swing, minPoints, madSigmas, minBaseline: 2, maxBaseline: 5 };
        const found = detectSwings(agents, store, { today: TODAY, ranking, swing });
        // The latest period is the last one the data has a row in (a row of zeros counts: idle
        // agents); trailing weeks without any row are not judged.
        const withData = periods.filter((_, p) => agents.some((_a, i) => c.grid[i * 11 + p]));
        const standings = objectStandings(agents.filter((a) => a.status !== 'left'), store, withData, ranking);
        const latest = standings.length - 1;
        for (const a of agents) {
          const s = found.get(a.id);
          const now = a.status === 'left' ? undefined : standings[latest]?.get(a.id);
          const base = standings.slice(0, latest).reverse().flatMap((m) => m.get(a.id) ?? []).slice(0, swing.maxBaseline);
          if (!now || base.length < swing.minBaseline) {
            expect(s).toBeUndefined();
            continue;
          }
          const m = median(base.map((b) => b.score));
          const sigma = 1.4826 * median(base.map((b) => Math.abs(b.score - m)));
          const change = Math.abs(now.score - m);
          expect(!!s).toBe(change >= minPoints - 1e-9 && change > swing.madSigmas * sigma + 1e-9);
          if (!s) continue;
          swings++;
          expect(s.latest).toBe(round1(now.score));
          expect(s.baselinePeriods).toBe(base.length);
          expect([s.size, s.baseline, s.sigma]).toEqual([round1(now.score - m), round1(m), round1(sigma)]);
          for (const d of s.drivers) {
            const before = base.filter((b) => b.pct[d.metric] !== undefined).map((b) => b.raw[d.metric]!);
            expect(d.to).toBe(now.raw[d.metric]);
            expect(d.from).toBe(median(before));
            expect([d.low, d.high]).toEqual([Math.min(...before), Math.max(...before)]);
            expect(ranking.weights[d.metric]).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 200 },
    );
    // The random centres do swing: the properties above were checked on real swings too.
    expect(swings).toBeGreaterThan(50);
  });
});

describe('teamMedians on columns agrees with the store objects', () => {
  it('gives each team and period the medians of its members with rows', () => {
    fc.assert(
      fc.property(centre, (c) => {
        const { periods, agents, store } = build(c);
        const got = teamMedians(agents, store, periods);
        for (const team of new Set(agents.filter((a) => a.status !== 'left').map((a) => a.team))) {
          const members = agents.filter((a) => a.team === team && a.status !== 'left');
          const want = new Map<Day, Metrics>();
          for (const p of periods) {
            const rows = members.flatMap((a) => store.get(a.id, p) ?? []);
            if (rows.length === 0) continue;
            const out: Metrics = {};
            for (const m of store.metrics() as MetricId[]) {
              const vs = rows.flatMap((r) => r[m] ?? []);
              if (vs.length) out[m] = median(vs);
            }
            want.set(p, out);
          }
          expect(got.get(team)).toEqual(want);
        }
      }),
      { numRuns: 200 },
    );
  });
});
