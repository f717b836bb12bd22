import type { CellSource, KpiRowState, RowGate, RowLoc } from '../../columns/rows.js';
import type { KpiStore } from '../../model/kpi.js';
import type { Day, Warning } from '../../model/types.js';
import { dataWarning } from '../../text/data-warnings.js';
import { renderPlace } from '../../text/place.js';
import { DaySlots } from './day-slots.js';
import { RowTable } from './row-table.js';

/** A 53-bit string hash (cyrb53), never 0: a million keys collide with odds of about 1 in 10,000. */
function hash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0) || 1;
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** A 32-bit hash of a row's metric values, never 0, without making a string per row. */
function hashValues(values: Float64Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < values.length; i++) {
    bits[0] = values[i];
    h = Math.imul(h ^ words[0], 16777619);
    h = Math.imul(h ^ words[1], 16777619);
  }
  return h >>> 0 || 1;
}

const SEP = '\u0001';
const ROW_SPAN = 2 ** 32;
const CONFLICTS_LISTED = 10;

interface Table {
  file: string;
  sheet?: string;
}

interface Repeat {
  file: string;
  sheet?: string;
  from: string;
  rows: number;
  first: Day;
  last: Day;
}

/**
 * Remembers the KPI rows of one load across all its files, so that a row read twice (the same
 * file given twice, overlapping exports, a row repeated) counts once, rows that disagree about
 * one agent and day are pointed out, and two people under one name are never added together
 * (an idle row and an active one for the same name and day are two people too).
 */
export class RowLedger {
  private readonly tables: Table[] = [];
  /** Per-call logs: a hash of the whole row → where it was first read. */
  private seen = new RowTable();
  /** Reports with one row per agent and day: per agent and day, a hash of the values and where they were first read. */
  private days = new DaySlots();
  private readonly repeats = new Map<string, Repeat>();
  private readonly conflicts: Warning[] = [];
  private conflictCount = 0;
  private readonly shared = new Map<string, { table: number; day: Day; rows: [number, number] }>();

  /** The gate for one table; `callLog` when each row is one call, `byName` when it has no agent IDs. */
  gate(table: Table, callLog: boolean, byName: boolean): RowGate {
    const t = this.tables.push(table) - 1;
    return (state, cells, loc) => (callLog ? this.call(t, state, cells, loc) : this.report(t, state, loc, byName));
  }

  private call(t: number, state: Readonly<KpiRowState>, cells: CellSource, loc: RowLoc): boolean {
    const key = hash(state.agentId + SEP + state.day + SEP + cells.all().map((c) => (c instanceof Date ? c.getTime() : String(c ?? ''))).join(SEP));
    const slot = this.seen.find(key);
    if (slot < 0) {
      this.seen.add(key, 0, t, loc.row);
      return true;
    }
    this.repeat(this.firstOf(slot), t, state.day);
    return false;
  }

  private report(t: number, state: Readonly<KpiRowState>, loc: RowLoc, byName: boolean): boolean {
    const slot = this.days.slot(state.agentId, state.day);
    const values = hashValues(state.values);
    const seen = this.days.value(slot);
    if (seen === 0) {
      this.days.set(slot, values, t, loc.row);
      return true;
    }
    const first = this.days.table(slot) * ROW_SPAN + this.days.row(slot);
    // Without IDs, one name twice on one day of one table is two people, alike or not.
    if (byName && this.days.table(slot) === t) {
      if (!this.shared.has(state.agentId)) this.shared.set(state.agentId, { table: t, day: state.day, rows: [this.days.row(slot), loc.row] });
      return true;
    }
    if (seen === values) {
      this.repeat(first, t, state.day);
      return false;
    }
    if (this.conflictCount++ < CONFLICTS_LISTED) {
      const args = { agent: state.agentId, day: state.day, first: this.place(first), second: renderPlace(loc) };
      this.conflicts.push(dataWarning('kpi-conflict', args, { file: loc.file, sheet: loc.sheet, row: loc.row }));
    }
    return true;
  }

  /** Where a key's first row was read: table index × 2^32 + row number. */
  private firstOf(slot: number): number {
    return this.seen.table(slot) * ROW_SPAN + this.seen.row(slot);
  }

  private place(packed: number): string {
    const table = this.tables[Math.floor(packed / ROW_SPAN)];
    return renderPlace({ ...table, row: packed % ROW_SPAN });
  }

  private repeat(first: number, t: number, day: Day): void {
    const from = this.tables[Math.floor(first / ROW_SPAN)];
    const to = this.tables[t];
    const key = `${t}${SEP}${from.file}`;
    const r = this.repeats.get(key);
    if (!r) this.repeats.set(key, { file: to.file, sheet: to.sheet, from: from.file, rows: 1, first: day, last: day });
    else {
      r.rows++;
      if (day < r.first) r.first = day;
      if (day > r.last) r.last = day;
    }
  }

  /**
   * Drops the rows of names that two people share from `kpi`; the warnings of the whole load.
   * The rows remembered are let go here, before the plan is made and written.
   */
  finish(kpi: KpiStore, nameOf: (id: string) => string): Warning[] {
    this.seen = new RowTable();
    this.days.release();
    const out: Warning[] = [];
    for (const r of this.repeats.values()) {
      out.push(dataWarning('kpi-repeated-rows', { rows: r.rows, file: r.file, from: r.from, first: r.first, last: r.last }, { file: r.file, sheet: r.sheet }));
    }
    out.push(...this.conflicts);
    if (this.conflictCount > CONFLICTS_LISTED) {
      out.push(dataWarning('kpi-conflict-more', { rows: this.conflictCount - CONFLICTS_LISTED }));
    }
    for (const [id, { table, day, rows }] of this.shared) {
      const dropped = kpi.dropAgent(id);
      out.push(dataWarning('kpi-name-two-people', { name: nameOf(id), day, first: rows[0], second: rows[1], rows: dropped }, this.tables[table]));
    }
    return out;
  }
}
