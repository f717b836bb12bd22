import type { ConfigFile } from '../options/config-schema.js';
import { weekdaysCalendar } from '../calendar/weekdays.js';
import type { Inputs, TableInfo } from '../io/load/index.js';
import type { LoadOptions } from '../io/load/types.js';
import type { Warning } from '../model/types.js';

/**
 * `talks check --shifts FILE`: the WFM schedule export read as `plan --shifts` reads it (the same
 * columns, rows and warnings), and every shift name in it (and in the roster's shift column) that
 * is neither a time range nor a name in the config — over all the file's days, not one week.
 */
export async function checkShifts(file: string, opts: LoadOptions, config: ConfigFile | undefined, inputs: Inputs): Promise<{ tables: TableInfo[]; warnings: Warning[] }> {
  const [{ loadShiftsFile }, { buildShiftTable }] = await Promise.all([import('../io/load/shifts-file.js'), import('../schedule/shift-table.js')]);
  const withRoster = inputs.tables.some((t) => t.kind === 'roster');
  const read = await loadShiftsFile(file, { ...opts, aliases: config?.aliases }, withRoster ? inputs.agents : undefined);
  const days = read.entries.map((e) => e.day).sort();
  if (days.length === 0) return { tables: read.tables, warnings: read.warnings };
  const rosterColumn = withRoster && inputs.tables.some((t) => t.kind === 'roster' && t.columns.some((c) => c.field === 'shift'));
  const { warnings } = buildShiftTable({
    agents: inputs.agents,
    entries: read.entries,
    names: config?.shifts ?? {},
    rosterColumn,
    calendar: weekdaysCalendar(),
    // Every day of the file (the table starts from the day before the week's first day).
    week: { start: days[0], end: days[days.length - 1] },
  });
  return { tables: read.tables, warnings: [...read.warnings, ...warnings] };
}
