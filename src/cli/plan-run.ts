import { existsSync } from 'node:fs';
import { buildCalendar, type CalendarSpec } from '../calendar/index.js';
import { parseCalendarRows, type CalendarRow } from '../calendar/user.js';
import type { Calendar } from '../calendar/calendar.js';
import { settingsFrom, type ConfigFile } from '../options/config-schema.js';
import { runEngine } from '../engine.js';
import { usageError } from '../errors.js';
import { loadInputs, missingColumnNotes, type Inputs, type LoadOptions, type TableInfo } from '../io/load/index.js';
import { loadShiftsFile } from '../io/load/shifts-file.js';
import { readTables } from '../io/read/tables.js';
import { readArchiveFeed } from '../io/archive/feed.js';
import { checkFollowUps } from '../followup/plan-check.js';
import { addDays, yearOf } from '../model/day.js';
import type { Agent, Day, Warning } from '../model/types.js';
import { rankAgents } from '../ranking/rank.js';
import { detectSwings } from '../ranking/swing.js';
import { partialNotes } from '../io/load/notes.js';
import { buildShiftTable } from '../schedule/shift-table.js';
import { Availability } from '../schedule/shifts.js';
import { weekFor, type Week } from '../schedule/week.js';
import { planManagers, type ManagerPlan } from './centre-run.js';
import type { Lang } from '../text/labels.js';
import { PLAN_LINES } from '../text/plan-lines.js';
import { keepHeapSmall } from './plan-heap.js';

export interface PlanRunOptions extends LoadOptions {
  roster: string;
  kpi: string[];
  today: Day;
  week?: Day;
  capacity?: number;
  perDay?: number;
  calendar?: string;
  groupBy?: 'team';
  /** Language of the default room names. */
  lang?: Lang;
  /** The SQLite archive of held talks (a missing file is an empty archive). */
  history?: string;
  config?: ConfigFile;
  /** The time of day (`HH:MM`) when planning for the real today; earlier slots today are skipped. */
  now?: string;
  /** Plan this manager's week only. */
  manager?: string;
  /** A WFM schedule export: agent, date, start, end. */
  shifts?: string;
}

/** One plan per manager (by name), or one plan for the whole roster without a manager column. */
export interface PlanRun {
  today: Day;
  week: Week;
  plans: ManagerPlan[];
  /** The roster has a manager column. */
  byManager: boolean;
  /** Every agent of the roster. */
  agents: Agent[];
  /** Warnings about the inputs, shown once for the centre. */
  shared: Warning[];
  tables: TableInfo[];
  calendar: Calendar;
}

/** `--calendar weekdays`, `cn`, `FILE`, or `cn,FILE` (a file layered over the official calendar). */
async function calendarSpec(value: string | undefined): Promise<{ spec: CalendarSpec; warnings: Warning[] }> {
  const v = value ?? 'weekdays';
  if (v === 'weekdays' || v === 'cn') return { spec: v, warnings: [] };
  const [base, file] = v.startsWith('cn,') ? (['cn', v.slice(3)] as const) : v.startsWith('weekdays,') ? (['weekdays', v.slice(9)] as const) : (['weekdays', v] as const);
  if (!existsSync(file)) {
    throw usageError('calendar-unknown', { value: v });
  }
  const rows: CalendarRow[] = [];
  let sheet: string | undefined;
  // The calendar is the file's first table; later sheets are left unread.
  for await (const table of readTables(file)) {
    sheet = table.sheet;
    for await (const r of table.rows) rows.push(r);
    break;
  }
  const { entries, warnings } = parseCalendarRows(rows, { file, sheet });
  return { spec: { entries, base, file }, warnings };
}


/** Reads the inputs and runs ranking, swings, rules and the scheduler for one week. */
export async function runPlan(opts: PlanRunOptions): Promise<PlanRun> {
  const settings = settingsFrom(opts.config);
  if (!opts.config?.schedule?.rooms) settings.schedule.rooms = PLAN_LINES[opts.lang ?? 'en'].rooms;
  const { today } = opts;
  const week = weekFor(today, opts.week);
  if (week.end < today) {
    throw usageError('week-past', { week: opts.week ?? '', start: week.start, today });
  }
  const { spec, warnings: calendarFileWarnings } = await calendarSpec(opts.calendar ?? opts.config?.calendar);
  keepHeapSmall();
  const inputs = await loadInputs(opts.roster, opts.kpi, { ...opts, aliases: opts.config?.aliases });
  keepHeapSmall();
  const horizon = addDays(week.end, settings.schedule.pullForwardDays);
  const years = [...new Set([yearOf(today), yearOf(week.start), yearOf(week.end), yearOf(horizon)])];
  const { calendar, warnings: calWarnings } = buildCalendar(spec, years);

  const ranking = rankAgents(inputs.agents, inputs.kpi, { today, groupBy: opts.groupBy, settings: settings.ranking });
  const swings = detectSwings(inputs.agents, inputs.kpi, { today, ranking: settings.ranking, swing: settings.swing });
  keepHeapSmall();
  const feed = opts.history ? readArchiveFeed(opts.history) : undefined;
  const engine = runEngine({ agents: inputs.agents, today, calendar, settings, ranking, swings, archive: feed?.held, plans: feed?.plans });
  const shifts = await shiftsFor(opts, inputs, calendar, week);
  const has = (field: string) => inputs.tables.some((t) => t.kind === 'roster' && t.columns.some((c) => c.field === field));
  const shared = [...inputs.warnings, ...shifts.warnings, ...calendarFileWarnings, ...calWarnings, ...missingColumnNotes(inputs), ...partialNotes(inputs.kpi, today), ...engine.warnings];
  const { plans, shared: centre } = planManagers({
    base: { today, week, swings, followUps: checkFollowUps(feed?.followUps, inputs.kpi, settings.ranking.higherIsBetter), held: feed?.held, lastTalks: engine.lastTalks, questions: opts.config?.questions, settings },
    kpi: inputs.kpi,
    agents: inputs.agents,
    ranking,
    engine,
    blocked: engine.blocked.filter((t) => t.due <= horizon),
    shared,
    byManager: has('manager'),
    only: opts.manager,
    config: opts.config,
    cli: { capacity: opts.capacity, perDay: opts.perDay },
    configuredRooms: !!opts.config?.schedule?.rooms,
    calendar,
    week,
    now: opts.now,
    availability: shifts.availability,
  });
  return { today, week, plans, byManager: has('manager'), agents: inputs.agents, shared: centre, tables: [...inputs.tables, ...shifts.tables], calendar };
}

/** The agents' shifts: the roster's shift column and the --shifts file, with the config's shift names. */
async function shiftsFor(opts: PlanRunOptions, inputs: Inputs, calendar: Calendar, week: Week) {
  const file = opts.shifts ? await loadShiftsFile(opts.shifts, { ...opts, aliases: opts.config?.aliases }, inputs.agents) : undefined;
  const rosterColumn = inputs.tables.some((t) => t.kind === 'roster' && t.columns.some((c) => c.field === 'shift'));
  const { table, warnings } = buildShiftTable({ agents: inputs.agents, entries: file?.entries, names: opts.config?.shifts ?? {}, rosterColumn, calendar, week });
  return { availability: table ? new Availability(table) : undefined, warnings: [...(file?.warnings ?? []), ...warnings], tables: file?.tables ?? [] };
}

/** The plan an agent is in (their manager's), or the first plan; with the run's calendar. */
export function planOf(run: PlanRun, agentId?: string): ManagerPlan & { calendar: Calendar } {
  const plan = run.plans.find((p) => agentId !== undefined && p.agents.some((a) => a.id === agentId)) ?? run.plans[0];
  return { ...plan, calendar: run.calendar };
}
