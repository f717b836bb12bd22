import { describe, expect, it } from 'vitest';
import { parseDay, parsePercent } from '../../src/columns/values.js';

describe('dates from spreadsheet cells land on the right day', () => {
  it.each([
    ['a serial conversion a millisecond before midnight is the next day', Date.UTC(2026, 10, 24, 23, 59, 59, 999), '2026-11-25'],
    ['under half a second before midnight is the next day', Date.UTC(2026, 10, 24, 23, 59, 59, 600), '2026-11-25'],
    ['more than half a second before midnight stays on its day', Date.UTC(2026, 10, 24, 23, 59, 59, 400), '2026-11-24'],
    ['noon is its day', Date.UTC(2026, 10, 24, 12), '2026-11-24'],
  ])('%s', (_name, t, day) => {
    expect(parseDay(new Date(t))).toEqual({ ok: true, value: day });
  });

  it.each(['2026-W00', '1899-W10', '2201-W10', '2026-W48-8'])('%s is no ISO week day', (text) => {
    expect(parseDay(text).ok).toBe(false);
  });

  it.each([
    ['2026-W01', '2025-12-29'],
    ['2026-W01-7', '2026-01-04'],
    ['2027-W01', '2027-01-04'],
  ])('%s is the ISO week’s day %s, across the new year', (text, day) => {
    expect(parseDay(text)).toEqual({ ok: true, value: day });
  });
});

describe('percentages written as text', () => {
  it.each([
    ['1', 100],
    ['0.5', 50],
    ['0', 0],
    ['1.5', 1.5],
    ['92', 92],
    ['0.925', 92.5],
  ])('%s reads as %d%%: up to 1 is a fraction, above is already a percentage', (text, value) => {
    expect(parsePercent(text)).toEqual({ ok: true, value });
  });
});
