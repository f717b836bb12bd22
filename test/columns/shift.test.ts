import { describe, expect, it } from 'vitest';
import { readHeader } from '../../src/columns/header.js';
import { parseShiftRange, parseTimeOfDay } from '../../src/columns/values-shift.js';

describe('parseShiftRange', () => {
  it.each([
    ['09:00-18:00', { start: 540, end: 1080 }],
    ['22:00-07:00', { start: 1320, end: 420 }],
    ['9:00 ~ 18:00', { start: 540, end: 1080 }],
    ['22:00–06:30', { start: 1320, end: 390 }],
    ['０８：００－１７：００', { start: 480, end: 1020 }],
    ['8:00 AM - 5:00 PM', { start: 480, end: 1020 }],
    ['14:00至23:00', { start: 840, end: 1380 }],
    ['16:00-24:00', { start: 960, end: 0 }],
  ])('%s', (text, range) => expect(parseShiftRange(text)).toEqual(range));

  it.each(['早班', 'Night', '09:00', '09:00-09:00', '25:00-07:00', '9-18'])('%s is not a range (a shift name)', (text) => {
    expect(parseShiftRange(text)).toBeUndefined();
  });
});

describe('parseTimeOfDay', () => {
  it.each([
    ['22:00', 1320],
    ['07:30:00', 450],
    ['10:00 PM', 1320],
    ['12:15 AM', 15],
    ['2026-11-23 22:00', 1320],
    [0.9166666666666666, 1320],
    [new Date(Date.UTC(1899, 11, 30, 6, 45)), 405],
    [new Date(Date.UTC(2026, 10, 23, 22, 0)), 1320],
  ] as const)('%s', (v, minutes) => expect(parseTimeOfDay(v)).toEqual({ ok: true, value: minutes }));

  it.each(['', 'noon', '31:00', 3])('%s is refused with a reason', (v) => {
    const r = parseTimeOfDay(v);
    expect(r.ok).toBe(false);
  });
});

describe('manager columns', () => {
  const fields = (headers: string[]) => Object.fromEntries(Object.entries(readHeader(headers, 1).columns).map(([f, c]) => [f, c!.header]));

  it.each([
    [['Agent ID', 'Team Lead', 'Manager'], { lead: 'Team Lead', manager: 'Manager' }],
    [['工号', '组长', '客服经理'], { lead: '组长', manager: '客服经理' }],
    [['Agent ID', 'Supervisor', 'Operations Manager'], { lead: 'Supervisor', manager: 'Operations Manager' }],
    // One manager-like column only: it is the team lead, as an HR dump's ManagerName is.
    [['EmpID', 'ManagerName'], { lead: 'ManagerName' }],
    [['工号', '主管'], { lead: '主管' }],
    // Two, no team lead: the first is the lead, the second the manager who holds the talks.
    [['EmpID', 'ManagerName', 'Site Manager'], { lead: 'ManagerName', manager: 'Site Manager' }],
  ])('%j', (headers, expected) => {
    const f = fields(headers);
    expect({ lead: f.lead, manager: f.manager }).toEqual({ manager: undefined, ...expected });
  });

  it('reads shift columns', () => {
    expect(fields(['Agent ID', 'Date', 'Shift Start', 'Shift End', '班次'])).toMatchObject({ shiftStart: 'Shift Start', shiftEnd: 'Shift End', shift: '班次' });
  });
});
