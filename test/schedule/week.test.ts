import { describe, expect, it } from 'vitest';
import { weekFor } from '../../src/schedule/week.js';

describe('weekFor', () => {
  it.each([
    ['Monday', '2026-11-23', undefined, '2026-11-23', '2026-11-29'],
    ['Wednesday', '2026-11-25', undefined, '2026-11-23', '2026-11-29'],
    ['Friday', '2026-11-27', undefined, '2026-11-23', '2026-11-29'],
    ['Saturday → next week', '2026-11-28', undefined, '2026-11-30', '2026-12-06'],
    ['Sunday → next week', '2026-11-29', undefined, '2026-11-30', '2026-12-06'],
    ['Sunday at a year end', '2026-12-27', undefined, '2026-12-28', '2027-01-03'],
    ['--week on a Sunday', '2026-11-28', '2026-11-29', '2026-11-23', '2026-11-29'],
    ['--week across a year end', '2026-11-25', '2027-01-01', '2026-12-28', '2027-01-03'],
    ['--week in the past', '2026-11-25', '2026-11-11', '2026-11-09', '2026-11-15'],
  ])('%s: today %s, --week %s → %s..%s', (_label, today, weekDate, start, end) => {
    expect(weekFor(today, weekDate)).toEqual({ start, end });
  });
});
