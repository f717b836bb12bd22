import { METRICS, type MetricId, type PeriodKind } from '../model/types.js';
import type { CellValue } from './cell.js';
import {
  FIELD_LABELS,
  KPI_REQUIRED,
  PRIMARY_ALIASES,
  ROSTER_REQUIRED,
  SHIFTS_REQUIRED,
  type ExtraAliases,
  type FieldId,
} from './fields.js';
import { isMonthHeader, matchHeader } from './header-match.js';
import { STAND_IN_FIELDS, isStandIn } from './stand-ins.js';
import { parseText } from './values.js';

export type InputKind = 'roster' | 'kpi' | 'shifts';

export interface ColumnMap {
  /** 1-based row number of the header row in the sheet. */
  headerRow: number;
  /** The header texts, trimmed, one per cell ('' for blank cells). */
  headers: string[];
  /** 0-based cell index and header text of each recognised field; the first matching column wins. */
  columns: Partial<Record<FieldId, { index: number; header: string }>>;
  /** 'month' when the period column's header names months (Month, 月份), else 'week'. */
  periodKind: PeriodKind;
}

/** Matches one candidate header row; finding which row is the header is the caller's business. */
export function readHeader(cells: readonly CellValue[], rowNumber: number, extra?: ExtraAliases): ColumnMap {
  const headers = Array.from(cells, (c) => parseText(c ?? null));
  const columns: ColumnMap['columns'] = {};
  let periodKind: PeriodKind = 'week';
  let secondManager: { index: number; header: string } | undefined;
  headers.forEach((header, index) => {
    if (!header) return;
    const field = matchHeader(header, extra);
    if (field === 'manager' && columns.manager && !secondManager) secondManager = { index, header };
    if (!field || columns[field]) return;
    columns[field] = { index, header };
    if (field === 'period' && isMonthHeader(header)) periodKind = 'month';
  });
  for (const field of STAND_IN_FIELDS) {
    const index = columns[field] ? -1 : headers.findIndex((h, i) => h && isStandIn(field, h) && !Object.values(columns).some((c) => c.index === i));
    if (index >= 0) columns[field] = { index, header: headers[index] };
  }
  return { headerRow: rowNumber, headers, columns: managerAsLead(columns, secondManager), periodKind };
}

/** A per-call log: each row one call (a call id or an answered flag, and no calls column), not an agent's totals. */
export const isCallLog = (map: ColumnMap) => !map.columns.calls && !!(map.columns.callId || map.columns.answered);

/**
 * Without a team-lead column, the first manager-like column is the team lead (an HR dump's
 * `ManagerName` is the agent's direct boss); a second one is then the manager who holds the talks.
 */
function managerAsLead(columns: ColumnMap['columns'], second: { index: number; header: string } | undefined): ColumnMap['columns'] {
  if (columns.lead || !columns.manager) return columns;
  const { manager, ...rest } = columns;
  return second ? { ...rest, lead: manager, manager: second } : { ...rest, lead: manager };
}

const REQUIRED: Record<InputKind, FieldId[]> = { roster: ROSTER_REQUIRED, kpi: KPI_REQUIRED, shifts: SHIFTS_REQUIRED };
/** A shifts file gives each shift as start and end columns, or as one shift column. */
const SHIFT_TIMES: FieldId[] = ['shiftStart', 'shiftEnd'];

const isMetric = (f: FieldId): f is MetricId => (METRICS as readonly string[]).includes(f);
/** Call-log columns that yield a metric: a rating (CSAT) or a resolved flag (FCR). */
const yieldsMetric = (map: ColumnMap) => !!(map.columns.rating || map.columns.resolved);

/**
 * Required fields the map lacks. A KPI map without any metric column lacks every metric, so
 * the list then ends with all of METRICS.
 */
export function missingFields(map: ColumnMap, kind: InputKind): FieldId[] {
  const required = REQUIRED[kind];
  // KPI exports without agent IDs (chat platforms) name the agent: matched to the roster by name.
  const missing = required.filter((f) => !map.columns[f] && !(kind === 'kpi' && f === 'agentId' && map.columns.name));
  if (kind === 'kpi' && !METRICS.some((m) => map.columns[m]) && !yieldsMetric(map)) missing.push(...METRICS);
  if (kind === 'shifts' && !map.columns.shift) missing.push(...SHIFT_TIMES.filter((f) => !map.columns[f]));
  return missing;
}

export function isHeaderFor(map: ColumnMap, kind: InputKind): boolean {
  return missingFields(map, kind).length === 0;
}

function joinWith(items: string[], last: string): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** The facts behind `describeMissing`, for its message in another language (src/text/errors-data.ts). */
export function missingArgs(kind: InputKind, best: ColumnMap | undefined): Record<string, string | number> {
  const missing = best
    ? missingFields(best, kind)
    : [...REQUIRED[kind], ...(kind === 'kpi' ? METRICS : []), ...(kind === 'shifts' ? SHIFT_TIMES : [])];
  const found = best ? best.headers.filter((h) => h !== '').map((h) => `"${h}"`).join(', ') : '';
  return { kind, fields: missing.filter((f) => !isMetric(f)).join(','), metric: missing.some(isMetric) ? 1 : 0, best: best ? 1 : 0, found };
}

/**
 * Tells the user which required columns are missing, which columns were found in the best
 * candidate header row, and which headers would be accepted.
 */
export function describeMissing(kind: InputKind, best: ColumnMap | undefined): string {
  const missing = best
    ? missingFields(best, kind)
    : [...REQUIRED[kind], ...(kind === 'kpi' ? METRICS : []), ...(kind === 'shifts' ? SHIFT_TIMES : [])];
  const fields = missing.filter((f) => !isMetric(f));
  const needsMetric = missing.some(isMetric);
  const names = [...fields.map((f) => FIELD_LABELS[f]), ...(needsMetric ? ['KPI metric'] : [])];

  const accepted = fields.map((f) => `${FIELD_LABELS[f]}: ${PRIMARY_ALIASES[f].join(', ')}`);
  if (needsMetric) {
    const perMetric = METRICS.map((m) => `${PRIMARY_ALIASES[m].join(', ')} (${FIELD_LABELS[m]})`).join('; ');
    accepted.push(`a KPI metric, any of: ${perMetric}`);
  }
  const acceptedText = `Accepted headers for ${accepted.join('; for ')}.`;
  const fix = names.length > 1 ? 'Rename the columns or add them.' : 'Rename the column or add one.';

  if (!best) return `No header row with ${joinWith(names, 'and')} columns was found. ${acceptedText} ${fix}`;
  const found = best.headers.filter((h) => h !== '').map((h) => `"${h}"`);
  const foundText = `Columns found: ${found.length ? found.join(', ') : 'none'}.`;
  return `No ${joinWith(names, 'or')} column. ${foundText} ${acceptedText} ${fix}`;
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `C (Hire Date)`, or just the letter when the column has no header. */
export function columnLabel(map: ColumnMap, index: number): string {
  const header = map.headers[index];
  return header ? `${columnLetter(index)} (${header})` : columnLetter(index);
}
