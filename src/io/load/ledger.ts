import type { CellValue } from '../../columns/cell.js';
import type { KpiRowState, RowGate, RowLoc } from '../../columns/rows.js';
import type { KpiStore } from '../../model/kpi.js';
import type { Day, Warning } from '../../model/types.js';
import { dataWarning } from '../../text/data-warnings.js';
import { renderPlace } from '../../text/place.js';

/** A 53-bit string hash (cyrb53): a million keys collide with odds of about 1 in 10,000. */
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
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
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
  /** Row key → table index × 2^32 + row number of its first row. */
  private readonly firstAt = new Map<number, number>();
  /** Agent-and-day key → hash of the values, for reports with one row per agent and day. */
  private readonly valuesOf = new Map<number, number>();
  private readonly repeats = new Map<string, Repeat>();
  private readonly conflicts: Warning[] = [];
  private conflictCount = 0;
  private readonly shared = new Map<string, { table: number; day: Day; rows: [number, number] }>();

  /** The gate for one table; `callLog` when each row is one call, `byName` when it has no agent IDs. */
  gate(table: Table, callLog: boolean, byName: boolean): RowGate {
    const t = this.tables.push(table) - 1;
    return (state, cells, loc) => (callLog ? this.call(t, state, cells, loc) : this.report(t, state, loc, byName));
  }

  private call(t: number, state: Readonly<KpiRowState>, cells: readonly CellValue[], loc: RowLoc): boolean {
    const key = hash(state.agentId + SEP + state.day + SEP + cells.map((c) => (c instanceof Date ? c.getTime() : String(c ?? ''))).join(SEP));
    const first = this.firstAt.get(key);
    if (first === undefined) {
      this.firstAt.set(key, t * ROW_SPAN + loc.row);
      return true;
    }
    this.repeat(first, t, state.day);
    return false;
  }

  private report(t: number, state: Readonly<KpiRowState>, loc: RowLoc, byName: boolean): boolean {
    const key = hash(state.agentId + SEP + state.day);
    const values = hash(Array.from(state.values, String).join(SEP));
    const first = this.firstAt.get(key);
    if (first === undefined) {
      this.firstAt.set(key, t * ROW_SPAN + loc.row);
      this.valuesOf.set(key, values);
      return true;
    }
    // Without IDs, one name twice on one day of one table is two people, alike or not.
    if (byName && Math.floor(first / ROW_SPAN) === t) {
      if (!this.shared.has(state.agentId)) this.shared.set(state.agentId, { table: t, day: state.day, rows: [first % ROW_SPAN, loc.row] });
      return true;
    }
    if (this.valuesOf.get(key) === values) {
      this.repeat(first, t, state.day);
      return false;
    }
    if (this.conflictCount++ < CONFLICTS_LISTED) {
      const args = { agent: state.agentId, day: state.day, first: this.place(first), second: renderPlace(loc) };
      this.conflicts.push(dataWarning('kpi-conflict', args, { file: loc.file, sheet: loc.sheet, row: loc.row }));
    }
    return true;
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

  /** Drops the rows of names that two people share from `kpi`; the warnings of the whole load. */
  finish(kpi: KpiStore, nameOf: (id: string) => string): Warning[] {
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
