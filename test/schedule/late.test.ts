import { describe, expect, it } from 'vitest';
import type { BacklogReason } from '../../src/model/types.js';
import { urgentLateWarning } from '../../src/schedule/late.js';
import { talk } from './helpers.js';

const week = { start: '2026-11-23', end: '2026-11-29' };
const TODAY = week.start;

describe('urgentLateWarning: a late lead-flag or exit talk says what to do about it', () => {
  it.each<[BacklogReason | undefined, string]>([
    ['on-leave', 'the agent is on leave this week; hold it as soon as they are back.'],
    ['no-shift', 'the agent has no shift this week; hold it on their next shift.'],
    ['outside-shift', "no free slot lies inside the agent's shift and the manager's hours; set the manager's hours to cover the shift, or hold it outside the plan."],
    ['rooms-busy', 'every room is taken at the free times; add a room for this manager or make room for it.'],
    ['no-days-left', 'no working day is left in the week of 2026-11-23; hold it outside the plan or plan next week with --week.'],
    ['capacity', 'no slot is free in the week of 2026-11-23; raise --capacity or --per-day, or make room for it.'],
    [undefined, 'no slot is free in the week of 2026-11-23; raise --capacity or --per-day, or make room for it.'],
  ])('in the backlog (%s)', (backlogReason, what) => {
    const w = urgentLateWarning(talk('E7', 'exit', '2026-11-26', { name: 'Li Na', backlogReason }), week, TODAY);
    expect(w).toEqual({
      code: 'urgent-late',
      args: { rule: 'exit', who: 'E7 Li Na', due: '2026-11-26', date: '', reason: backlogReason ?? '', week: '2026-11-23', overdue: '' },
      message: `Exit talk with E7 Li Na is due 2026-11-26 but ${what}`,
    });
  });

  it.each([
    ['due on the week’s last day: late', '2026-11-29', true],
    ['due the day after the week: next week can still hold it', '2026-11-30', false],
  ])('in the backlog, %s', (_what, due, late) => {
    expect(urgentLateWarning(talk('L1', 'lead-flag', due, { backlogReason: 'capacity' }), week, TODAY) !== undefined).toBe(late);
  });

  it.each([
    ['scheduled on its due date: on time', '2026-11-25', undefined],
    ['scheduled the day after, due today: late, not yet overdue', '2026-11-24', ''],
    ['scheduled after a due date already past: overdue', '2026-11-20', 'yes'],
  ])('%s', (_what, due, overdue) => {
    const w = urgentLateWarning(talk('L1', 'lead-flag', due, { date: '2026-11-25' }), week, due === '2026-11-24' ? '2026-11-24' : TODAY);
    expect(w?.args?.overdue).toBe(overdue);
  });

  it('an agent without a name is named by the ID alone', () => {
    const w = urgentLateWarning(talk('E7', 'exit', '2026-11-26', { name: '', backlogReason: 'capacity' }), week, TODAY)!;
    expect(w.args?.who).toBe('E7');
    expect(w.message).toMatch(/^Exit talk with E7 is due/);
  });

  it('judges a talk led by a lower rule by its urgent finding among the rules', () => {
    const merged = talk('X', 'new-hire', '2026-11-20', {
      rules: ['new-hire', 'exit'],
      findings: [
        { rule: 'new-hire', due: '2026-11-20', evidence: { rule: 'new-hire', hireDate: '2026-11-13', daysSinceHire: 10 } },
        { rule: 'exit', due: '2026-12-03', evidence: { rule: 'exit', status: 'notice', leavingDate: '2026-12-04' } },
      ],
      backlogReason: 'capacity',
    });
    expect(urgentLateWarning(merged, week, TODAY)).toBeUndefined();
    expect(urgentLateWarning(talk('N', 'new-hire', '2026-11-20', { backlogReason: 'capacity' }), week, TODAY)).toBeUndefined();
  });
});
