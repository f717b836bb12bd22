import type { Day } from '../model/types.js';

/**
 * Which rooms are taken when, across every manager planned in one run. A room is known by its
 * key: managers who name the same room share it, so no two talks overlap in it.
 */
export class RoomBookings {
  private readonly taken = new Map<string, [Day, number, number][]>();

  isFree(key: string, day: Day, from: number, to: number): boolean {
    return !this.taken.get(key)?.some(([d, a, b]) => d === day && a < to && from < b);
  }

  book(key: string, day: Day, from: number, to: number): void {
    const list = this.taken.get(key);
    if (list) list.push([day, from, to]);
    else this.taken.set(key, [[day, from, to]]);
  }
}

/** A manager's rooms: the names shown, and the keys that say which are shared with other managers. */
export interface Rooms {
  names: string[];
  /** Same length as names; by default the names themselves. */
  keys?: string[];
}

/**
 * The first free room of the rotation, starting where the last talk left off (`turn`);
 * null when there are no rooms (no location), undefined when every room is taken.
 */
export function freeRoom(rooms: Rooms, turn: number, bookings: RoomBookings, day: Day, from: number, to: number): { name: string; key: string } | null | undefined {
  const n = rooms.names.length;
  if (n === 0) return null;
  // Stryker disable next-line EqualityOperator: one turn more asks again about the first room, already found taken
  for (let i = 0; i < n; i++) {
    const at = (turn + i) % n;
    const key = rooms.keys?.[at] ?? rooms.names[at];
    if (bookings.isFree(key, day, from, to)) return { name: rooms.names[at], key };
  }
  return undefined;
}
