import { buildCalendar, type CalendarSpec } from '../calendar/index.js';
import { parseCalendarRows, type CalendarRow } from '../calendar/user.js';
import type { Calendar } from '../calendar/calendar.js';
import { settingsFrom, type ConfigFile } from '../config-file.js';
import { runEngine } from '../engine.js';
import { usageError } from '../errors.js';
import { loadInputs, type Inputs, type LoadOptions, type TableInfo } from '../io/load.js';
import { readTables } from '../io/tables.js';
import { readArchiveFeed } from '../io/archive-feed.js';
import { addDays, yearOf } from '../model/day.js';
import type { Plan } from '../model/plan.js';
import type { Day, Warning } from '../model/types.js';
import { rankAgents } from '../ranking/rank.js';
import { detectSwings } from '../ranking/swing.js';
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
  const rows: CalendarRow[] = [];
  let sheet: string | undefined;
  for await (const table of readTables(file)) {
    sheet ??= table.sheet;
    for await (const r of table.rows) if (table.sheet === sheet) rows.push(r);
  }
  const { entries, warnings } = parseCalendarRows(rows, { file, sheet });
  return { spec: { entries, base, file }, warnings };
}

/** Notes for optional roster columns that are missing: each disables only what needs it. */
function missingColumnNotes(inputs: Inputs): Warning[] {
  const notes: Warning[] = [];
  const roster = inputs.tables.find((t) => t.kind === 'roster');
  if (!roster) return notes;
  const has = new Set(roster.columns.map((c) => c.field));
  const note = (code: string, message: string) => notes.push({ code: `note-${code}`, message, file: roster.file, sheet: roster.sheet });
  if (!has.has('leavingDate')) note('no-leaving-date', 'The roster has no leaving-date column: exit talks come from the status column only.');
  if (!has.has('lead')) note('no-team-lead', 'The roster has no team-lead column: the Team leads sheet stays empty.');
  if (!has.has('status')) note('no-status', 'The roster has no status column: every agent counts as active.');
  if (!has.has('lastTalk')) note('no-last-talk', 'The roster has no last-talk column: routine talks count from the hire date (and from the archive).');
  if (!has.has('flag')) note('no-lead-flag', 'The roster has no lead-flag column: no lead-flag talks can be planned.');
  if (inputs.kpi.rowCount === 0) {
    note('no-kpi', 'No KPI data was given (use --kpi FILE or a KPI sheet in the roster workbook): no ranking, swings or top-performer talks.');
  }
  return notes;
}

/** Reads the inputs and runs ranking, swings, rules and the scheduler for one week. */
export async function runPlan(opts: PlanRunOptions): Promise<PlanRun> {
  const settings = settingsFrom(opts.config);
  if (!opts.config?.schedule?.rooms) settings.schedule.rooms = DEFAULT_ROOMS[opts.lang ?? 'en'];
  if (opts.capacity !== undefined) settings.schedule.capacity = opts.capacity;
  if (opts.perDay !== undefined) settings.schedule.perDay = opts.perDay;
  const { spec, warnings: calendarFileWarnings } = await calendarSpec(opts.calendar ?? opts.config?.calendar);
  const inputs = await loadInputs(opts.roster, opts.kpi, { ...opts, aliases: opts.config?.aliases });
  const { today } = opts;
  const week = weekFor(today, opts.week);
  const horizon = addDays(week.end, settings.schedule.pullForwardDays);
  const years = [...new Set([yearOf(today), yearOf(week.start), yearOf(week.end), yearOf(horizon)])];
  const { calendar, warnings: calWarnings } = buildCalendar(spec, years);

  const ranking = rankAgents(inputs.agents, inputs.kpi, { today, groupBy: opts.groupBy, settings: settings.ranking });
  const swings = detectSwings(inputs.agents, inputs.kpi, { today, ranking: settings.ranking, swing: settings.swing });
  const feed = opts.history ? readArchiveFeed(opts.history) : undefined;
  const engine = runEngine({ agents: inputs.agents, today, calendar, settings, ranking, swings, archive: feed?.held });
  const blocked = engine.blocked.filter((t) => t.due <= horizon);
  const result = scheduleWeek({ candidates: engine.candidates, blocked, today, week, calendar, settings: settings.schedule });
  return {
    today,
    week,
    talks: result.talks,
    backlog: result.backlog,
    warnings: [...inputs.warnings, ...calendarFileWarnings, ...calWarnings, ...missingColumnNotes(inputs), ...engine.warnings, ...result.warnings],
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
