import { describe, expect, it } from 'vitest';
import { workingDaysIn } from '../../src/calendar/days.js';
import { buildCalendar } from '../../src/calendar/index.js';

describe('buildCalendar', () => {
  it('weekdays needs no data', () => {
    const { calendar, warnings } = buildCalendar('weekdays', [2099]);
    expect(workingDaysIn(calendar, '2026-10-01', '2026-10-04')).toEqual(['2026-10-01', '2026-10-02']);
    expect(warnings).toEqual([]);
  });

  it('cn with data for every needed year has no warnings', () => {
    const { calendar, warnings } = buildCalendar('cn', [2026, 2026, 2025]);
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(warnings).toEqual([]);
  });

  it('cn falls back to Monday–Friday for a year without data, with a warning that says how to fix it', () => {
    const { calendar, warnings } = buildCalendar('cn', [2100, 2026, 2099, 2099]);
    expect(workingDaysIn(calendar, '2099-09-28', '2099-10-04')).toEqual([
      '2099-09-28',
      '2099-09-29',
      '2099-09-30',
      '2099-10-01',
      '2099-10-02',
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['calendar-year-missing', 'calendar-year-missing']);
    expect(warnings[0].message).toMatch(/2099.*Monday–Friday is used for 2099/);
    expect(warnings[0].message).toMatch(/calendar file/);
    expect(warnings[1].message).toMatch(/2100/);
    expect(warnings.map((w) => w.args)).toEqual([{ year: 2099 }, { year: 2100 }]);
    expect(warnings[0].message).toMatch(/\(--calendar FILE with a Date column and a Type column of holiday or workday\) or update talks\.$/);
  });

  it('a user file layers over its base', () => {
    const entries = [
      { day: '2026-10-05', kind: 'workday' as const },
      { day: '2026-11-28', kind: 'workday' as const },
    ];
    const cn = buildCalendar({ entries, base: 'cn', file: 'cal.csv' }, [2026]);
    expect(workingDaysIn(cn.calendar, '2026-10-05', '2026-10-11')).toEqual(['2026-10-05', '2026-10-08', '2026-10-09', '2026-10-10']);
    expect(cn.calendar.name).toBe('cn+cal.csv');
    const plain = buildCalendar({ entries, file: 'cal.csv' }, [2026]);
    expect(workingDaysIn(plain.calendar, '2026-10-01', '2026-10-05')).toEqual(['2026-10-01', '2026-10-02', '2026-10-05']);
    expect(plain.calendar.isWorkingDay('2026-11-28')).toBe(true);
  });

  it('a user file covering a year without official data silences its warning', () => {
    const entries = [{ day: '2099-10-01', kind: 'holiday' as const }];
    const { calendar, warnings } = buildCalendar({ entries, base: 'cn', file: 'cal.csv' }, [2099, 2100]);
    expect(calendar.isWorkingDay('2099-10-01')).toBe(false);
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/2100/)]);
  });
});
