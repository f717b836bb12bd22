import { addDays } from '../model/day.js';
import type { ShiftTime } from '../model/shift.js';
import type { Day } from '../model/types.js';

/** Agent → day → the shifts that start that day. Only agents with shift data are in it. */
export type ShiftTable = Map<string, Map<Day, ShiftTime[]>>;

/** Minutes of `day` the shift covers: its own span, or the morning tail of the previous day's night shift. */
function spans(table: Map<Day, ShiftTime[]>, day: Day): [number, number][] {
  const own = (table.get(day) ?? []).map((s): [number, number] => [s.start, s.end <= s.start ? s.end + 1440 : s.end]);
  const tails = (table.get(addDays(day, -1)) ?? []).filter((s) => s.end <= s.start).map((s): [number, number] => [0, s.end]);
  return [...own, ...tails];
}

/**
 * Where talks may go for the agents of a plan. Without shift data (`table` undefined) every
 * agent is available at every slot, as before shifts were known.
 */
export class Availability {
  constructor(private readonly table?: ShiftTable) {}

  /** False when shift data is in use and the agent works no shift touching the days. */
  worksDuring(agentId: string, days: Day[]): boolean {
    if (!this.table) return true;
    const mine = this.table.get(agentId);
    return !!mine && days.some((d) => spans(mine, d).length > 0);
  }

  /** The talk [from, to) (minutes of `day`) lies inside one of the agent's shifts. */
  fits(agentId: string, day: Day, from: number, to: number): boolean {
    if (!this.table) return true;
    const mine = this.table.get(agentId);
    return !!mine && spans(mine, day).some(([a, b]) => a <= from && to <= b);
  }
}
