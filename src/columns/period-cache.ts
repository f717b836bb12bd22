import type { Day } from '../model/types.js';
import type { CellValue } from './cell.js';
import type { CellSource } from './cell-source.js';
import { parseDay, type Parsed } from './values.js';

/** A period cell read: the day it names and the start of its bucket (ISO Monday or 1st of month). */
export interface DayInPeriod {
  day: Day;
  period: Day;
}

/** Bucketed periods by cell value: a KPI file repeats a few hundred period values a million times. */
export class PeriodCache {
  private readonly byText = new Map<string, Parsed<DayInPeriod>>();
  private readonly byNumber = new Map<number, Parsed<DayInPeriod>>();
  private readonly byTime = new Map<number, Parsed<DayInPeriod>>();

  /** The last cell read and its reading: rows of one day come one after another. */
  private lastCell: CellValue = null;
  private lastRead: Parsed<DayInPeriod> | undefined;

  constructor(private readonly bucket: (day: Day) => Day) {}

  /** `get` of cell i of a row. */
  read(cells: CellSource, i: number): Parsed<DayInPeriod> {
    if (this.lastRead !== undefined && cells.is(i, this.lastCell)) return this.lastRead;
    const v = cells.value(i);
    this.lastCell = v;
    this.lastRead = this.get(v);
    return this.lastRead;
  }

  get(v: CellValue): Parsed<DayInPeriod> {
    if (typeof v === 'string') return this.cached(this.byText, v, v);
    if (typeof v === 'number') return this.cached(this.byNumber, v, v);
    if (v instanceof Date) return this.cached(this.byTime, v.getTime(), v);
    return this.parse(v);
  }

  private cached<K>(map: Map<K, Parsed<DayInPeriod>>, key: K, v: CellValue): Parsed<DayInPeriod> {
    let hit = map.get(key);
    if (!hit) {
      if (map.size >= 10_000) map.clear();
      hit = this.parse(v);
      map.set(key, hit);
    }
    return hit;
  }

  private parse(v: CellValue): Parsed<DayInPeriod> {
    const parsed = parseDay(v);
    return parsed.ok ? { ok: true, value: { day: parsed.value, period: this.bucket(parsed.value) } } : parsed;
  }
}
