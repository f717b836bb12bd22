import { isoWeekMonday, monthStart } from '../model/day.js';
import { METRICS, type Day, type MetricId, type Warning } from '../model/types.js';
import type { CellValue } from './cell.js';
import type { CellSource } from './cell-source.js';
import { makeCallLogReader } from './call-log-row.js';
import { isCallLog, type ColumnMap } from './header.js';
import { PeriodCache } from './period-cache.js';
import { absent, indexOf, NO_ID, rowIsBlank, warnCell, type RowLoc } from './row-cells.js';
import { TextRead } from './metric-text.js';
import { parseMetric, parseText } from './values.js';

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

/** Where a KPI row's reading leaves its result (reused from row to row). */
export interface KpiRowState {
  agentId: string;
  period: Day;
  /** The day the period cell named (the period itself for weekly or monthly exports). */
  day: Day;
  /** Why the last row read was not taken, for `talks check`; '' when it was blank. */
  skip: SkipReason;
  /** Per metric, in METRICS order; NaN where the row has no value. Written by the reader only. */
  values: Float64Array;
}

/** Why a KPI row is not used: a problem warned about, or a row that is not an agent's work. */
export type SkipReason = '' | 'missing-id' | 'unknown-agent' | 'not-an-agent' | 'not-answered' | 'no-values' | 'missing-period' | 'bad-period' | 'bad-values' | 'repeat';

export const newKpiRowState = (): KpiRowState => ({ agentId: '', period: '' as Day, day: '' as Day, skip: '', values: new Float64Array(METRICS.length).fill(NaN) });

/** Totals and averages under the data, and the pseudo-agents of ACD logs (NO_SERVER): not agents. */
const SUMMARY = /^(?:total|grandtotal|subtotal|sum|average|avg|mean|合计|总计|小计|平均|平均值|汇总|总和|noserver|noagent|unassigned|无坐席|未分配)$/;
const isSummary = (id: string) =>
  id.length <= 12 && !/\d/.test(id) && SUMMARY.test(id.toLowerCase().replace(/[^\p{L}]+/gu, ''));

const AHT = METRICS.indexOf('aht');

interface IdRead {
  /** The cell's text, when it was text. */
  text?: string;
  id: string;
  skip?: 'not-an-agent' | 'unknown-agent';
  /** The ID read after this one last time. */
  next?: IdRead;
}
/** ID texts remembered per table: a centre's agents and then some; past it the memory starts again. */
const MAX_IDS_SEEN = 100_000;

/**
 * The reading of KPI rows used by makeKpiRowFolder: fills `state` and
 * returns true for a row with data, pushes its problems to `warnings`. Nothing is allocated
 * for a clean row.
 */
export function makeKpiCore(map: ColumnMap, byName?: NameResolver, stats?: KpiStats): (cells: CellSource, loc: RowLoc, warnings: Warning[], state: KpiRowState) => boolean {
  const byId = indexOf(map, 'agentId') >= 0;
  const id = byId ? indexOf(map, 'agentId') : indexOf(map, 'name');
  const period = indexOf(map, 'period');
  const metrics: { metric: MetricId; slot: number; index: number }[] = [];
  METRICS.forEach((metric, slot) => {
    const index = indexOf(map, metric);
    if (index >= 0) metrics.push({ metric, slot, index });
  });
  const periods = new PeriodCache(map.periodKind === 'month' ? monthStart : map.periodKind === 'day' ? (d: Day) => d : isoWeekMonday);
  const callLog = makeCallLogReader(map);
  const perCall = isCallLog(map);
  /** The slots `values` are counted at for `stats`: the header's metrics, and every slot for a call log (it fills some itself). */
  const counted = callLog ? METRICS.map((_, slot) => slot) : metrics.map((m) => m.slot);
  /** An ID cell's text read: the agent ID (interned: one string per agent), or why its rows are skipped. */
  const readId = (cell: CellValue): IdRead => {
    const text = parseText(cell);
    const key = typeof cell === 'string' ? cell : undefined;
    if (isSummary(text)) return { text: key, id: text, skip: 'not-an-agent' };
    if (byId) return { text: key, id: text };
    const resolved = byName?.(text);
    return resolved === undefined ? { text: key, id: text, skip: 'unknown-agent' } : { text: key, id: resolved };
  };
  const seen = new Map<string, IdRead>();
  let lastIdCell: CellValue = null;
  let last: IdRead = { id: '' };

  return (cells, loc, warnings, state) => {
    if (cells.blank(id)) {
      state.skip = '';
      if (!rowIsBlank(cells.all())) {
        warnCell(warnings, 'missing-id', NO_ID, 'row-skipped', loc, map, id);
        state.skip = 'missing-id';
      }
      return false;
    }
    // Ids repeat row after row (and xlsx shared strings are the same string each time); a
    // csv cell's text is read once per distinct text.
    // Exports list the agents in the same order every day, so the agent after the last one is
    // mostly the one that followed it before: a comparison, not a lookup.
    const next = last.next;
    if (next !== undefined && next.text !== undefined && cells.is(id, next.text)) {
      last = next;
      lastIdCell = next.text;
    } else if (!cells.is(id, lastIdCell)) {
      const idCell = cells.value(id);
      lastIdCell = idCell;
      let known = typeof idCell === 'string' ? seen.get(idCell) : undefined;
      if (!known) {
        known = readId(idCell);
        if (typeof idCell === 'string') {
          if (seen.size >= MAX_IDS_SEEN) seen.clear();
          seen.set(idCell, known);
        }
      }
      last.next = known;
      last = known;
    }
    const agentId = last.id;
    if (last.skip) {
      state.skip = last.skip;
      return false;
    }

    // Every row writes each slot of the header's metrics (readMetric writes NaN where it reads
    // nothing) and the other slots stay NaN (newKpiRowState), but a call log's row fills some itself.
    const values = state.values;
    if (callLog) values.fill(NaN);
    let filled = 0;
    let read = 0;
    for (let m = 0; m < metrics.length; m++) {
      const { metric, slot, index } = metrics[m];
      // Read in place into `values` where it can be (see CellSource.readMetric), else by the
      // general parsers, which give the reason for a value refused.
      const got = cells.readMetric(index, metric, values, slot);
      if (got === TextRead.Value) {
        filled++;
        read++;
        continue;
      }
      const v = cells.value(index);
      if (got === TextRead.NotRead && absent(v)) continue;
      filled++;
      const parsed = parseMetric(metric, v);
      if (parsed.ok) {
        values[slot] = parsed.value;
        read++;
      } else {
        warnCell(warnings, 'bad-value', parsed.why, 'metric-left-out', loc, map, index, { field: metric });
      }
    }
    if (callLog) {
      // In a call log a zero duration is a call that never reached the agent, not a fast one.
      state.skip = 'not-answered';
      if (perCall && values[AHT] === 0) return false;
      const taken = callLog(cells.all(), loc, warnings, values);
      if (taken < 0) return false;
      filled += taken;
      read += taken;
    }
    state.skip = 'no-values';
    if (filled === 0) return false;

    if (cells.blank(period)) {
      warnCell(warnings, 'missing-period', { code: 'no-period', args: {} }, 'row-skipped', loc, map, period);
      state.skip = 'missing-period';
      return false;
    }
    const day = periods.read(cells, period);
    if (!day.ok) {
      warnCell(warnings, 'bad-period', day.why, 'row-skipped', loc, map, period);
      state.skip = 'bad-period';
      return false;
    }
    state.skip = 'bad-values';
    if (read === 0) return false;
    if (stats) {
      for (let c = 0; c < counted.length; c++) {
        const i = counted[c];
        const v = values[i];
        if (v > 0 && v <= 5) stats.small[i]++;
        else if (v > 5 && v !== 100) stats.large[i]++;
      }
    }
    state.agentId = agentId;
    state.period = day.value.period;
    state.day = day.value.day;
    return true;
  };
}
