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

  it('keeps every slot its own across slabs (over 4,096 chunks of 32 days)', () => {
    const s = new DaySlots();
    // 1,500 agents × 4 days 40 days apart: 6,000 chunks, two slabs, slots up to ~190,000.
    const days = [0, 40, 80, 120];
    const agents = Array.from({ length: 1500 }, (_, i) => `A${i}`);
    const mark = (j: number, k: number) => [j * 100_000 + k + 1, (j * 7 + k) % 65_536, k * 3 + j + 2];
    days.forEach((d, j) => agents.forEach((a, k) => {
      const slot = s.slot(a, day(d));
      expect(s.value(slot)).toBe(0);
      const [v, t, r] = mark(j, k);
      s.set(slot, v, t, r);
    }));
    let highest = 0;
    days.forEach((d, j) => agents.forEach((a, k) => {
      const slot = s.slot(a, day(d));
      highest = Math.max(highest, slot);
      expect([s.value(slot), s.table(slot), s.row(slot)]).toEqual(mark(j, k));
    }));
    expect(highest).toBeGreaterThan(2 ** 17);
  });

  it('gives its memory back on release, at once, and starts empty after it', () => {
    const s = new DaySlots();
    // 2,000 agents × 640 days: 20 chunks of 32 days each, 40,000 chunks, 10 slabs of 10 × 131,072
    // bytes (12.5 MiB), every page written. Given back at once: no garbage collection is waited for.
    for (let d = 0; d < 640; d++) for (let a = 0; a < 2000; a++) s.set(s.slot(`A${a}`, day(d)), 7, 1, 2);
    const held = process.memoryUsage.rss();
    s.release();
    expect(held - process.memoryUsage.rss()).toBeGreaterThan(10 * 2 ** 20);
    const slot = s.slot('A1', day(3));
    expect([s.value(slot), s.table(slot), s.row(slot)]).toEqual([0, 0, 0]);
    s.set(slot, 9, 2, 5);
    expect([s.value(s.slot('A1', day(3))), s.table(slot), s.row(slot)]).toEqual([9, 2, 5]);
  });
});
