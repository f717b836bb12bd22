import type { Calendar } from '../calendar/calendar.js';
import type { ConfigFile } from '../options/config-schema.js';
import type { Settings } from '../model/settings.js';
import { usageError } from '../errors.js';
import type { EngineResult } from '../engine.js';
import type { KpiStore } from '../model/kpi.js';
import type { Plan } from '../model/plan.js';
import type { Agent, Talk, Warning } from '../model/types.js';
import type { Ranking } from '../ranking/rank.js';
import { trendBasis } from '../ranking/trend.js';
import { scheduleCentre, type ManagerWeek } from '../schedule/centre.js';
import { forecastCoverage } from '../schedule/coverage.js';
import type { Availability } from '../schedule/shifts.js';
import type { Week } from '../schedule/week.js';
import { CENTRE_TEXT, coverageArgs } from '../text/centre.js';

/** Everything one plan run needs to split the week between managers. */
export interface CentreParts {
  base: Omit<Plan, 'talks' | 'backlog' | 'warnings' | 'agents' | 'ranking' | 'trend' | 'kpi'>;
  /** The whole centre's KPI store: each plan keeps a view of its own agents' trend rows only. */
  kpi: KpiStore;
  agents: Agent[];
  ranking: Ranking;
  engine: EngineResult;
  blocked: Talk[];
  /** Warnings about the inputs: every manager's workbook shows them. */
  shared: Warning[];
  byManager: boolean;
  only?: string;
  config?: ConfigFile;
  /** What --capacity and --per-day set: they win over the config, for every manager. */
  cli: { capacity?: number; perDay?: number };
  /** Whether the schedule's rooms come from the config (shared by name) or are the built-in ones. */
  configuredRooms: boolean;
  calendar: Calendar;
  week: Week;
  now?: string;
  availability?: Availability;
}

const byName = (a: string, b: string) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b));

function groups(p: CentreParts): Map<string, Agent[]> {
  const out = new Map<string, Agent[]>();
  for (const a of p.agents) {
    const m = p.byManager ? (a.manager ?? '') : '';
    const list = out.get(m);
    if (list) list.push(a);
    else out.set(m, [a]);
  }
  return new Map([...out].sort(([a], [b]) => byName(a, b)));
}

function checkOnly(p: CentreParts, names: string[]): void {
  if (p.only === undefined) return;
  if (!p.byManager) throw usageError('manager-no-column', { name: p.only });
  if (!names.includes(p.only)) {
    throw usageError('manager-unknown', { name: p.only, managers: names.filter(Boolean).slice(0, 20).join(', ') });
  }
}

function settingsFor(p: CentreParts, manager: string): { settings: Settings['schedule']; shared: boolean } {
  const own = p.config?.managers?.[manager];
  const settings = { ...p.base.settings.schedule, ...own };
  if (p.cli.capacity !== undefined) settings.capacity = p.cli.capacity;
  if (p.cli.perDay !== undefined) settings.perDay = p.cli.perDay;
  return { settings, shared: !!own?.rooms || p.configuredRooms };
}

function unknownManagers(p: CentreParts, names: string[]): Warning[] {
  return Object.keys(p.config?.managers ?? {})
    .filter((m) => !names.includes(m))
    .map((name) => ({ code: 'config-manager-unknown', args: { name }, message: CENTRE_TEXT.en.unknownManager(name) }));
}

export interface ManagerPlan extends Plan {
  /** The manager's name ('' for agents without one); undefined without a manager column. */
  manager?: string;
  /** Warnings of this manager's week alone (the plan's warnings also hold the shared ones). */
  own: Warning[];
}

/** Plans each manager's week (or the whole roster's), with its cadence forecast. */
export function planManagers(p: CentreParts): { plans: ManagerPlan[]; shared: Warning[] } {
  const byManager = groups(p);
  const names = [...byManager.keys()];
  checkOnly(p, names);
  const shared = [...p.shared, ...unknownManagers(p, names)];
  const chosen = names.filter((m) => p.only === undefined || m === p.only);
  const mine = (m: string) => new Set(byManager.get(m)!.map((a) => a.id));
  const weeks: (ManagerWeek & { ids: Set<string> })[] = chosen.map((manager) => {
    const ids = mine(manager);
    const { settings, shared } = settingsFor(p, manager);
    const has = (t: Talk) => ids.has(t.agentId);
    return { manager, ids, settings, sharedRooms: shared, candidates: p.engine.candidates.filter(has), blocked: p.blocked.filter(has) };
  });
  const results = scheduleCentre({ managers: weeks, today: p.base.today, week: p.week, calendar: p.calendar, now: p.now, availability: p.availability });
  const top = new Set([...p.ranking.agents.values()].filter((r) => r.top).map((r) => r.agentId));
  const plans = results.map((r, i): ManagerPlan => {
    const { ids, settings } = weeks[i];
    const agents = byManager.get(r.manager)!;
    const swings = new Map([...p.base.swings].filter(([id]) => ids.has(id)));
    const coverage = forecastCoverage({
      agents,
      today: p.base.today,
      week: p.week,
      rules: p.base.settings.rules,
      capacity: settings.capacity,
      pullForwardDays: settings.pullForwardDays,
      top,
      planned: new Set(r.talks.map((t) => t.agentId)),
      held: p.base.held,
      swingsNow: swings.size,
    });
    const short: Warning[] = coverage.short ? [{ code: 'coverage-short', args: coverageArgs(coverage), message: CENTRE_TEXT.en.coverageShort(coverageArgs(coverage)) }] : [];
    const own = [...r.warnings, ...short];
    const trend = trendBasis(agents, p.kpi, p.base.today, p.base.settings.ranking);
    return {
      ...p.base,
      manager: p.byManager ? r.manager : undefined,
      settings: { ...p.base.settings, schedule: settings },
      talks: r.talks,
      backlog: r.backlog,
      agents,
      swings,
      ranking: { ...p.ranking, ordered: p.ranking.ordered.filter((x) => ids.has(x.agentId)) },
      coverage,
      trend,
      kpi: trend.kpi,
      own,
      warnings: [...shared, ...own],
    };
  });
  return { plans, shared };
}
