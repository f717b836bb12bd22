import type { Day } from '../model/types.js';
import type { CellValue } from './cell.js';
import { parseDay, type Parsed } from './values.js';

/** Bucketed periods by cell value: a KPI file repeats a few hundred period values a million times. */
export class PeriodCache {
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
