import { TalksError, textError } from '../../errors.js';
import { errorLine } from '../../text/errors.js';
import { METRICS, type Agent, type MetricId, type Warning } from '../../model/types.js';
import { FIELD_LABELS } from '../../columns/fields.js';
import { isStandIn } from '../../columns/stand-ins.js';
import { dataWarning } from '../../text/data-warnings.js';
import { columnLabel, type ColumnMap } from '../../columns/header.js';
import type { KpiStats } from '../../columns/rows.js';
import type { RawSheet } from '../read/raw.js';
import type { Inputs } from './types.js';

const RATES: readonly MetricId[] = ['csat', 'fcr', 'adherence', 'conversion'];

/** A rate column whose values never pass 5 is most likely a 1–5 rating read as a percentage. */
export function scaleWarnings(sheet: RawSheet, map: ColumnMap, stats: KpiStats): Warning[] {
  return RATES.filter((m) => map.columns[m] && stats.small[METRICS.indexOf(m)] > 0 && stats.large[METRICS.indexOf(m)] === 0).map((m) => ({
    code: 'kpi-scale',
    args: { field: m, header: map.columns[m]!.header },
    message:
      `The ${FIELD_LABELS[m]} values in this column are all between 1 and 5, which looks like a 1–5 rating rather than a percentage; ` +
      `the ranking would read 1 as 100%. If it is a rating, name the column "Rating" (or map it with {"aliases": {"rating": ["${map.columns[m]!.header}"]}} in talks.config.json).`,
    file: sheet.file,
    sheet: sheet.sheet,
    column: columnLabel(map, map.columns[m]!.index),
  }));
}

/** A sheet option that names no sheet of the workbook is a mistake, not a request for nothing. */
export function checkSheetNamed(file: string, wanted: string | undefined, names: readonly string[], option: '--sheet' | '--kpi-sheet'): void {
  if (wanted === undefined || names.length === 0 || names.includes(wanted)) return;
  throw new TalksError('sheet-missing', `There is no sheet named "${wanted}".`, {
    file,
    args: { sheet: wanted, names: names.map((n) => `"${n}"`).join(', '), option },
    hint: `The workbook's sheets are: ${names.map((n) => `"${n}"`).join(', ')}. Check ${option} or leave it out.`,
  });
}

/**
 * Each agent must have one roster row. A duplicate stops planning; `talks check` lists every
 * duplicate as a warning instead (keeping the first row) so all problems show at once.
 */
export function checkDuplicateIds(agents: Agent[], mode: 'error' | 'warn', warnings: Warning[]): Agent[] {
  const seen = new Map<string, Agent>();
  for (const a of agents) {
    const first = seen.get(a.id);
    if (!first) {
      seen.set(a.id, a);
      continue;
    }
    const args = { id: a.id, first: first.source.row ?? '', second: a.source.row ?? '' };
    const where = { file: a.source.file, sheet: a.source.sheet, row: a.source.row };
    if (mode === 'error') throw textError('duplicate-agent', args, where);
    warnings.push({ code: 'duplicate-agent', message: errorLine('en', 'duplicate-agent', args), args, ...where });
  }
  return [...seen.values()];
}

/** Notes for optional roster columns that are missing: each disables only what needs it. */
export function missingColumnNotes(inputs: Inputs): Warning[] {
  const notes: Warning[] = [];
  const roster = inputs.tables.find((t) => t.kind === 'roster');
  if (!roster) return notes;
  const has = new Set(roster.columns.map((c) => c.field));
  const note = (code: string, message: string) => notes.push({ code: `note-${code}`, message, file: roster.file, sheet: roster.sheet });
  const team = roster.columns.find((c) => c.field === 'team');
  const where = { file: roster.file, sheet: roster.sheet };
  if (!team) notes.push(dataWarning('note-no-team', {}, where));
  else if (isStandIn('team', team.header)) notes.push(dataWarning('note-team-from-department', { header: team.header }, where));
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
