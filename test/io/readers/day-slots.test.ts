import { describe, expect, it } from 'vitest';
import { DaySlots } from '../../../src/io/load/day-slots.js';

const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

describe('DaySlots', () => {
  it('keeps one slot per agent and day, days in any order, years apart, agents interleaved', () => {
    const s = new DaySlots();
    const days = [400, 3, 2, 1, 0, 35, 2000, -700, 31, 32, 33];
    const agents = Array.from({ length: 300 }, (_, i) => `A${i}`);
    days.forEach((d, j) => agents.forEach((a, k) => {
      const slot = s.slot(a, day(d));
      expect(s.value(slot)).toBe(0);
      s.set(slot, j * 1000 + k + 1, j, k + 2);
    }));
    const slots = new Set<number>();
    days.forEach((d, j) => agents.forEach((a, k) => {
      const slot = s.slot(a, day(d));
      slots.add(slot);
      expect([s.value(slot), s.table(slot), s.row(slot)]).toEqual([j * 1000 + k + 1, j, k + 2]);
    }));
    expect(slots.size).toBe(days.length * agents.length);
  });
});
