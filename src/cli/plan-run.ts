import { existsSync } from 'node:fs';
import { buildCalendar, type CalendarSpec } from '../calendar/index.js';
import { parseCalendarRows, type CalendarRow } from '../calendar/user.js';
import type { Calendar } from '../calendar/calendar.js';
import { settingsFrom, type ConfigFile } from '../config-file.js';
import { runEngine } from '../engine.js';
import { usageError } from '../errors.js';
import { loadInputs, missingColumnNotes, type LoadOptions, type TableInfo } from '../io/load.js';
import { readTables } from '../io/tables.js';
import { readArchiveFeed } from '../io/archive-feed.js';
import { addDays, yearOf } from '../model/day.js';
import type { Plan } from '../model/plan.js';
import type { Day, Warning } from '../model/types.js';
import { rankAgents } from '../ranking/rank.js';
import { detectSwings } from '../ranking/swing.js';
import { partialNotes } from '../io/load/notes.js';
import { scheduleWeek } from '../schedule/schedule.js';
import { weekFor } from '../schedule/week.js';
import type { Lang } from '../text/labels.js';

/** Quiet rooms that are not the manager's office. */
const DEFAULT_ROOMS: Record<Lang, string[]> = {
  en: ['Meeting room', 'Break room'],
  'zh-CN': ['会议室', '休息室'],
};

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
}

export interface PlanRun extends Plan {
  tables: TableInfo[];
  calendar: Calendar;
}

/** `--calendar weekdays`, `cn`, `FILE`, or `cn,FILE` (a file layered over the official calendar). */
async function calendarSpec(value: string | undefined): Promise<{ spec: CalendarSpec; warnings: Warning[] }> {
  const v = value ?? 'weekdays';
  if (v === 'weekdays' || v === 'cn') return { spec: v, warnings: [] };
  const [base, file] = v.startsWith('cn,') ? (['cn', v.slice(3)] as const) : v.startsWith('weekdays,') ? (['weekdays', v.slice(9)] as const) : (['weekdays', v] as const);
  if (!existsSync(file)) {
    throw usageError(
      `--calendar ${v}: no such calendar or file.`,
      'Use weekdays, cn (mainland China official holidays), a CSV/xlsx file of dates marked holiday or workday, or cn,FILE.',
    );
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
  if (!opts.config?.schedule?.rooms) settings.schedule.rooms = DEFAULT_ROOMS[opts.lang ?? 'en'];
  if (opts.capacity !== undefined) settings.schedule.capacity = opts.capacity;
  if (opts.perDay !== undefined) settings.schedule.perDay = opts.perDay;
  const { today } = opts;
  const week = weekFor(today, opts.week);
  if (week.end < today) {
    throw usageError(
      `--week ${opts.week}: the week of ${week.start} is over, and talks are never planned before today (${today}).`,
      'Leave --week out to plan this week, or give a date in this or a later week.',
    );
  }
  const { spec, warnings: calendarFileWarnings } = await calendarSpec(opts.calendar ?? opts.config?.calendar);
  const inputs = await loadInputs(opts.roster, opts.kpi, { ...opts, aliases: opts.config?.aliases });
  const horizon = addDays(week.end, settings.schedule.pullForwardDays);
  const years = [...new Set([yearOf(today), yearOf(week.start), yearOf(week.end), yearOf(horizon)])];
  const { calendar, warnings: calWarnings } = buildCalendar(spec, years);

  const ranking = rankAgents(inputs.agents, inputs.kpi, { today, groupBy: opts.groupBy, settings: settings.ranking });
  const swings = detectSwings(inputs.agents, inputs.kpi, { today, ranking: settings.ranking, swing: settings.swing });
  const feed = opts.history ? readArchiveFeed(opts.history) : undefined;
  const engine = runEngine({ agents: inputs.agents, today, calendar, settings, ranking, swings, archive: feed?.held });
  const blocked = engine.blocked.filter((t) => t.due <= horizon);
  const result = scheduleWeek({ candidates: engine.candidates, blocked, today, week, calendar, settings: settings.schedule, now: opts.now });
  return {
    today,
    week,
    talks: result.talks,
    backlog: result.backlog,
    warnings: [
      ...inputs.warnings,
      ...calendarFileWarnings,
      ...calWarnings,
      ...missingColumnNotes(inputs),
      ...partialNotes(inputs.kpi, today),
      ...engine.warnings,
      ...result.warnings,
    ],
    agents: inputs.agents,
    kpi: inputs.kpi,
    ranking,
    swings,
    followUps: feed?.followUps,
    held: feed?.held,
    questions: opts.config?.questions,
    settings,
    tables: inputs.tables,
    calendar,
  };
}

export function parsePositiveInt(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 1000) throw usageError(`${flag} must be a whole number from 1 to 1000 (got "${value}").`);
    return n;
  };
}
