import { isoWeekMonday, monthStart } from '../model/day.js';
import { METRICS, type Agent, type Day, type KpiRow, type MetricId, type Metrics, type Warning } from '../model/types.js';
import type { CellValue } from './cell.js';
import { FIELD_LABELS, type FieldId } from './fields.js';
import { columnLabel, type ColumnMap } from './header.js';
import {
  isBlank,
  isNoFlag,
  isPlaceholder,
  metricOfNumber,
  parseDay,
  parseFlag,
  parseMetric,
  parseNumber,
  parseStatus,
  parseText,
  parseYesNo,
  ratingToPercent,
  type Parsed,
} from './values.js';

/** Where a data row sits: `row` is the 1-based row number in the sheet. */
export interface RowLoc {
  file: string;
  sheet?: string;
  row: number;
}

export type AgentReader = (cells: readonly CellValue[], loc: RowLoc) => { agent?: Agent; warnings: Warning[] };
export type KpiRowReader = (cells: readonly CellValue[], loc: RowLoc) => { row?: KpiRow; warnings: Warning[] };

const indexOf = (map: ColumnMap, field: FieldId) => map.columns[field]?.index ?? -1;

/** Readers may hand over short or sparse rows. */
const at = (cells: readonly CellValue[], index: number): CellValue =>
  index < 0 || index >= cells.length ? null : (cells[index] ?? null);

function rowIsBlank(cells: readonly CellValue[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i])) return false;
  return true;
}

const absent = (v: CellValue) => isBlank(v) || isPlaceholder(v);

function warn(warnings: Warning[], code: string, message: string, loc: RowLoc, map: ColumnMap, index: number): void {
  const w: Warning = { code, message, file: loc.file };
  if (loc.sheet !== undefined) w.sheet = loc.sheet;
  w.row = loc.row;
  if (index >= 0) w.column = columnLabel(map, index);
  warnings.push(w);
}

/** Totals and averages under the data: not agents. */
const SUMMARY = /^(?:total|grandtotal|subtotal|sum|average|avg|mean|合计|总计|小计|平均|平均值|汇总|总和)$/;
const isSummary = (id: string) =>
  id.length <= 12 && !/\d/.test(id) && SUMMARY.test(id.toLowerCase().replace(/[^\p{L}]+/gu, ''));

const NO_ID = 'The row has no agent ID; the row was skipped';

type OptionalDay = 'leavingDate' | 'lastTalk' | 'flagDate';
const OPTIONAL_DAYS: readonly OptionalDay[] = ['leavingDate', 'lastTalk', 'flagDate'];

/** Builds a roster row reader for one header; column positions are looked up once. */
export function makeAgentReader(map: ColumnMap): AgentReader {
  const id = indexOf(map, 'agentId');
  const name = indexOf(map, 'name');
  const team = indexOf(map, 'team');
  const lead = indexOf(map, 'lead');
  const hire = indexOf(map, 'hireDate');
  const status = indexOf(map, 'status');
  const flag = indexOf(map, 'flag');
  const days = OPTIONAL_DAYS.map((field) => ({ field, index: indexOf(map, field) })).filter((d) => d.index >= 0);

  return (cells, loc) => {
    const warnings: Warning[] = [];

    const idCell = at(cells, id);
    if (isBlank(idCell)) {
      if (!rowIsBlank(cells)) warn(warnings, 'missing-id', NO_ID, loc, map, id);
      return { warnings };
    }
    const agentId = parseText(idCell);

    const hireCell = at(cells, hire);
    const hireDate: Parsed<Day> = isBlank(hireCell) ? { ok: false, reason: 'The hire date is empty' } : parseDay(hireCell);
    if (!hireDate.ok) {
      warn(warnings, 'bad-hire-date', `${hireDate.reason}; the row was skipped`, loc, map, hire);
      return { warnings };
    }

    const agent: Agent = {
      id: agentId,
      name: parseText(at(cells, name)) || agentId,
      team: parseText(at(cells, team)),
      lead: parseText(at(cells, lead)),
      hireDate: hireDate.value,
      status: 'active',
      source: loc.sheet === undefined ? { file: loc.file, row: loc.row } : { file: loc.file, sheet: loc.sheet, row: loc.row },
    };

    const statusCell = at(cells, status);
    if (!isBlank(statusCell)) {
      const parsed = parseStatus(statusCell);
      if (parsed.ok) agent.status = parsed.value;
      else warn(warnings, 'unknown-status', `${parsed.reason}; the agent was treated as active`, loc, map, status);
    }

    for (const { field, index } of days) {
      const v = at(cells, index);
      if (absent(v)) continue;
      const parsed = parseDay(v);
      if (parsed.ok) agent[field] = parsed.value;
      else warn(warnings, 'bad-value', `${parsed.reason}; the ${FIELD_LABELS[field]} was ignored`, loc, map, index);
    }

    const flagCell = at(cells, flag);
    if (!isNoFlag(flagCell)) {
      const parsed = parseFlag(flagCell);
      if (parsed.ok) agent.flag = parsed.value;
      else warn(warnings, 'bad-value', `${parsed.reason}; the lead flag was ignored`, loc, map, flag);
    }
    return { agent, warnings };
  };
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * `120`, `0.92`: unsigned decimals as csv files hold them, which every metric parser reads as
 * the number they spell; read here without the general parsers' trimming and matching.
 */
function plainNumber(s: string): number | undefined {
  const len = s.length;
  let i = 0;
  while (i < len && isDigit(s.charCodeAt(i))) i++;
  if (i === 0 || len > 20) return undefined;
  if (i < len) {
    if (s.charCodeAt(i) !== 46 /* . */) return undefined;
    const point = ++i;
    while (i < len && isDigit(s.charCodeAt(i))) i++;
    if (i === point || i < len) return undefined;
  }
  return +s;
}

/** Bucketed periods by cell value: a KPI file repeats a few hundred period values a million times. */
class PeriodCache {
  private readonly byText = new Map<string, Parsed<Day>>();
  private readonly byNumber = new Map<number, Parsed<Day>>();
  private readonly byTime = new Map<number, Parsed<Day>>();

  constructor(private readonly bucket: (day: Day) => Day) {}

  get(v: CellValue): Parsed<Day> {
    if (typeof v === 'string') return this.cached(this.byText, v, v);
    if (typeof v === 'number') return this.cached(this.byNumber, v, v);
    if (v instanceof Date) return this.cached(this.byTime, v.getTime(), v);
    return this.parse(v);
  }

  private cached<K>(map: Map<K, Parsed<Day>>, key: K, v: CellValue): Parsed<Day> {
    let hit = map.get(key);
    if (!hit) {
      if (map.size >= 10_000) map.clear();
      hit = this.parse(v);
      map.set(key, hit);
    }
    return hit;
  }

  private parse(v: CellValue): Parsed<Day> {
    const parsed = parseDay(v);
    return parsed.ok ? { ok: true, value: this.bucket(parsed.value) } : parsed;
  }
}

/** Where a KPI row's reading leaves its result (reused from row to row). */
interface KpiRowState {
  agentId: string;
  period: Day;
  /** Per metric, in METRICS order; NaN where the row has no value. */
  values: Float64Array;
}

/**
 * The reading of KPI rows shared by makeKpiRowReader and makeKpiRowFolder: fills `state` and
 * returns true for a row with data, pushes its problems to `warnings`. Nothing is allocated
 * for a clean row.
 */
function makeKpiCore(map: ColumnMap, byName?: NameResolver, stats?: KpiStats): (cells: readonly CellValue[], loc: RowLoc, warnings: Warning[], state: KpiRowState) => boolean {
  const byId = indexOf(map, 'agentId') >= 0;
  const id = byId ? indexOf(map, 'agentId') : indexOf(map, 'name');
  const period = indexOf(map, 'period');
  const metrics: { metric: MetricId; slot: number; index: number; what: string }[] = [];
  METRICS.forEach((metric, slot) => {
    const index = indexOf(map, metric);
    if (index >= 0) metrics.push({ metric, slot, index, what: `the ${FIELD_LABELS[metric]} value was left out` });
  });
  const periods = new PeriodCache(map.periodKind === 'month' ? monthStart : isoWeekMonday);
  const callLog = makeCallLogReader(map);
  let lastIdCell: CellValue = null;
  let lastId = '';
  let lastSummary = false;

  return (cells, loc, warnings, state) => {
    const idCell = at(cells, id);
    if (isBlank(idCell)) {
      if (!rowIsBlank(cells)) warn(warnings, 'missing-id', NO_ID, loc, map, id);
      return false;
    }
    // Ids repeat row after row (and xlsx shared strings are the same string each time).
    if (idCell !== lastIdCell || typeof idCell === 'object') {
      lastIdCell = idCell;
      lastId = parseText(idCell);
      lastSummary = isSummary(lastId);
      if (!byId && !lastSummary) {
        const resolved = byName?.(lastId);
        lastSummary = resolved === undefined;
        lastId = resolved ?? lastId;
      }
    }
    const agentId = lastId;
    if (lastSummary) return false;

    const values = state.values;
    values.fill(NaN);
    let filled = 0;
    let read = 0;
    for (let m = 0; m < metrics.length; m++) {
      const { metric, slot, index, what } = metrics[m];
      const v = at(cells, index);
      const n = typeof v === 'number' ? v : typeof v === 'string' ? plainNumber(v) : undefined;
      if (n !== undefined) {
        const value = metricOfNumber(metric, n);
        if (value !== undefined) {
          values[slot] = value;
          filled++;
          read++;
          continue;
        }
      } else if (absent(v)) {
        continue;
      }
      filled++;
      const parsed = parseMetric(metric, v);
      if (parsed.ok) {
        values[slot] = parsed.value;
        read++;
      } else {
        warn(warnings, 'bad-value', `${parsed.reason}; ${what}`, loc, map, index);
      }
    }
    if (callLog) {
      // In a call log a zero duration is a call that never reached the agent, not a fast one.
      if (values[AHT] === 0) return false;
      const taken = callLog(cells, loc, warnings, values);
      if (taken < 0) return false;
      filled += taken;
      read += taken;
    }
    if (filled === 0) return false;

    const periodCell = at(cells, period);
    if (isBlank(periodCell)) {
      warn(warnings, 'missing-period', 'The row has no period (date, week or month); the row was skipped', loc, map, period);
      return false;
    }
    const day = periods.get(periodCell);
    if (!day.ok) {
      warn(warnings, 'bad-period', `${day.reason}; the row was skipped`, loc, map, period);
      return false;
    }
    if (read === 0) return false;
    if (stats) {
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v > 0 && v <= 5) stats.small[i]++;
        else if (v > 5 && v !== 100) stats.large[i]++;
      }
    }
    state.agentId = agentId;
    state.period = day.value;
    return true;
  };
}

const CALLS = METRICS.indexOf('calls');
const AHT = METRICS.indexOf('aht');
const CSAT = METRICS.indexOf('csat');
const FCR = METRICS.indexOf('fcr');

/**
 * For raw per-call logs: each row with a call id is one call (unless a calls column exists),
 * a 1–5 rating feeds CSAT and a resolved flag FCR (unless those columns exist), and an
 * unanswered call is no work of the agent's. Returns how many values it filled, or -1 to skip
 * the row; undefined when the header has no call-log columns.
 */
function makeCallLogReader(map: ColumnMap) {
  const callId = map.columns.calls ? -1 : indexOf(map, 'callId');
  const answered = indexOf(map, 'answered');
  const rating = map.columns.csat ? -1 : indexOf(map, 'rating');
  const resolved = map.columns.fcr ? -1 : indexOf(map, 'resolved');
  if (callId < 0 && answered < 0 && rating < 0 && resolved < 0) return undefined;
  return (cells: readonly CellValue[], loc: RowLoc, warnings: Warning[], values: Float64Array): number => {
    if (answered >= 0) {
      const a = parseYesNo(at(cells, answered));
      if (a.ok && !a.value) return -1;
    }
    let taken = 0;
    if (callId >= 0 && !absent(at(cells, callId))) {
      values[CALLS] = 1;
      taken++;
    }
    if (rating >= 0 && !absent(at(cells, rating))) {
      const cell = at(cells, rating);
      const n = parseNumber(cell);
      const p = n.ok ? ratingToPercent(n.value) : n;
      if (!p.ok) warn(warnings, 'bad-value', `${p.reason}; the rating was left out`, loc, map, rating);
      else if (p.value !== undefined) {
        values[CSAT] = p.value;
        taken++;
      }
    }
    if (resolved >= 0 && !absent(at(cells, resolved))) {
      const r = parseYesNo(at(cells, resolved));
      if (!r.ok) warn(warnings, 'bad-value', `${r.reason}; the resolved flag was left out`, loc, map, resolved);
      else {
        values[FCR] = r.value ? 100 : 0;
        taken++;
      }
    }
    return taken;
  };
}

const newState = (): KpiRowState => ({ agentId: '', period: '' as Day, values: new Float64Array(METRICS.length) });

/**
 * Builds a KPI row reader for one header; column positions are looked up once. Periods fold
 * into their ISO week's Monday or their month's first day, per `map.periodKind`.
 */
export function makeKpiRowReader(map: ColumnMap): KpiRowReader {
  const core = makeKpiCore(map);
  const state = newState();
  return (cells, loc) => {
    const warnings: Warning[] = [];
    if (!core(cells, loc, warnings, state)) return { warnings };
    const metrics: Metrics = {};
    for (let i = 0; i < METRICS.length; i++) if (!Number.isNaN(state.values[i])) metrics[METRICS[i]] = state.values[i];
    return { row: { agentId: state.agentId, period: state.period, metrics }, warnings };
  };
}

/**
 * What a KPI table's values looked like, for checks once it is read: per metric (METRICS order)
 * how many were in (0, 5] and how many above 5 (other than exactly 100, which "1" also gives).
 */
export interface KpiStats {
  small: Float64Array;
  large: Float64Array;
}

export const newKpiStats = (): KpiStats => ({ small: new Float64Array(METRICS.length), large: new Float64Array(METRICS.length) });

/** Maps an agent's name in a KPI file without IDs to the roster's agent ID; undefined skips the row. */
export type NameResolver = (name: string) => string | undefined;

/** Where makeKpiRowFolder puts rows: the KPI store. */
export interface KpiRowTarget {
  /** `values` per metric in METRICS order, NaN where missing; read during the call only. */
  addValues(agentId: string, period: Day, values: ArrayLike<number>): void;
}

/**
 * Like makeKpiRowReader, but each row with data goes straight into `target` and problems are
 * pushed to `warnings`: no object is made per row, for files of a million rows. Returns true
 * when the row was added. `loc` is only read during the call, so a caller may reuse it.
 */
export function makeKpiRowFolder(
  map: ColumnMap,
  target: KpiRowTarget,
  byName?: NameResolver,
  stats?: KpiStats,
): (cells: readonly CellValue[], loc: RowLoc, warnings: Warning[]) => boolean {
  const core = makeKpiCore(map, byName, stats);
  const state = newState();
  return (cells, loc, warnings) => {
    if (!core(cells, loc, warnings, state)) return false;
    target.addValues(state.agentId, state.period, state.values);
    return true;
  };
}

/** One roster row; prefer makeAgentReader for many rows of the same sheet. */
export function toAgent(cells: readonly CellValue[], map: ColumnMap, loc: RowLoc): { agent?: Agent; warnings: Warning[] } {
  return makeAgentReader(map)(cells, loc);
}

/** One KPI row; prefer makeKpiRowReader for many rows of the same sheet. */
export function toKpiRow(cells: readonly CellValue[], map: ColumnMap, loc: RowLoc): { row?: KpiRow; warnings: Warning[] } {
  return makeKpiRowReader(map)(cells, loc);
}
