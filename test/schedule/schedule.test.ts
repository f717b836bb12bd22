import { describe, expect, it } from 'vitest';
import { cnCalendar } from '../../src/calendar/cn.js';
import { layered } from '../../src/calendar/user.js';
import { weekdaysCalendar } from '../../src/calendar/weekdays.js';
import type { ScheduleSettings } from '../../src/model/settings.js';
import type { Talk } from '../../src/model/types.js';
import { scheduleWeek, type ScheduleInput } from '../../src/schedule/schedule.js';
import { talk, settings } from './helpers.js';

const week = { start: '2026-11-23', end: '2026-11-29' };

function plan(candidates: Talk[], over: Partial<ScheduleInput> & { s?: Partial<ScheduleSettings> } = {}) {
  const { s, ...rest } = over;
  return scheduleWeek({
    candidates,
    blocked: [],
    today: week.start,
    week,
    calendar: weekdaysCalendar(),
    settings: settings(s),
    ...rest,
  });
}

const placed = (talks: Talk[]) => talks.map((t) => `${t.agentId} ${t.date} ${t.start}`);
const ids = (talks: Talk[]) => talks.map((t) => t.agentId);

describe('scheduleWeek ordering', () => {
  it.each([
    [
      'urgency first',
      [talk('R', 'routine', '2026-11-01'), talk('L', 'lead-flag', '2026-11-25'), talk('E', 'exit', '2026-11-24')],
      ['L', 'E', 'R'],
    ],
    [
      'then the due date',
      [talk('B', 'new-hire', '2026-11-27'), talk('A', 'new-hire', '2026-11-24'), talk('C', 'new-hire', '2026-11-10')],
      ['C', 'A', 'B'],
    ],
    [
      'then core staff first',
      [talk('A', 'swing-down', '2026-11-26'), talk('B', 'swing-down', '2026-11-26', { core: true })],
      ['B', 'A'],
    ],
    [
      'then the agent id',
      [talk('A10', 'routine', '2026-11-26'), talk('A02', 'routine', '2026-11-26'), talk('A1', 'routine', '2026-11-26')],
      ['A02', 'A1', 'A10'],
    ],
    [
      'due by the week end before pulled-forward talks, whatever their urgency',
      [talk('L', 'lead-flag', '2026-12-01'), talk('R', 'routine', '2026-11-29'), talk('T', 'top-performer', '2026-12-13')],
      ['R', 'L', 'T'],
    ],
  ])('%s', (_label, candidates, expected) => {
    expect(ids(plan(candidates).talks)).toEqual(expected);
  });

  it('spreads talks over the days up to their due date instead of filling the first days', () => {
    const candidates = ['A', 'B', 'C', 'D', 'E'].map((id) => talk(id, 'routine', '2026-11-25'));
    expect(placed(plan(candidates, { s: { perDay: 2 } }).talks)).toEqual([
      'A 2026-11-23 10:00',
      'D 2026-11-23 11:00',
      'B 2026-11-24 10:00',
      'E 2026-11-24 11:00',
      'C 2026-11-25 10:00',
    ]);
  });

  it('sets end and rotates rooms in placing order', () => {
    const candidates = ['A', 'B', 'C', 'D'].map((id) => talk(id, 'routine', '2026-11-25'));
    const { talks } = plan(candidates, { s: { rooms: ['Room 1', 'Room 2', 'Room 3'] } });
    expect(talks.map((t) => [t.agentId, t.end, t.location])).toEqual([
      ['A', '10:45', 'Room 1'],
      ['D', '11:45', 'Room 1'],
      ['B', '10:45', 'Room 2'],
      ['C', '10:45', 'Room 3'],
    ]);
  });

  it('without rooms, no location', () => {
    expect(plan([talk('A', 'routine', '2026-11-25')], { s: { rooms: [] } }).talks[0].location).toBeNull();
  });
});

describe('scheduleWeek pull-forward and horizon', () => {
  it.each([
    ['due on the week end', '2026-11-29', 'scheduled'],
    ['due on the horizon (week end + 14)', '2026-12-13', 'scheduled'],
    ['due the day after the horizon', '2026-12-14', 'left out'],
    ['overdue', '2026-10-01', 'scheduled'],
  ])('%s (%s): %s', (_label, due, outcome) => {
    const { talks, backlog } = plan([talk('A', 'routine', due)]);
    expect(talks.length ? 'scheduled' : backlog.length ? 'backlog' : 'left out').toBe(outcome);
  });

  it.each([
    [0, '2026-11-30', 'left out'],
    [7, '2026-12-06', 'scheduled'],
    [7, '2026-12-07', 'left out'],
  ])('pullForwardDays %i: due %s is %s', (pullForwardDays, due, outcome) => {
    const { talks, backlog } = plan([talk('A', 'routine', due)], { s: { pullForwardDays } });
    expect(talks.length ? 'scheduled' : backlog.length ? 'backlog' : 'left out').toBe(outcome);
  });

  it('pulled-forward talks only take what capacity remains; the rest waits in the backlog', () => {
    const candidates = [
      talk('P1', 'new-hire', '2026-12-02'),
      talk('D1', 'routine', '2026-11-20'),
      talk('D2', 'routine', '2026-11-27'),
      talk('P2', 'swing-up', '2026-12-10'),
      talk('LATER', 'lead-flag', '2026-12-20'),
    ];
    const { talks, backlog } = plan(candidates, { s: { capacity: 3 } });
    expect(ids(talks)).toEqual(['D1', 'D2', 'P1']);
    expect(backlog.map((t) => [t.agentId, t.backlogReason])).toEqual([['P2', 'capacity']]);
  });
});

describe('scheduleWeek capacity and limits', () => {
  it.each([
    [10, 3, 7, 7, 0],
    [5, 2, 7, 5, 2],
    [10, 1, 7, 5, 2],
    [10, 9, 30, 10, 20],
    [0, 3, 2, 0, 2],
    [10, 0, 2, 0, 2],
  ])('capacity %i, per day %i, %i candidates → %i scheduled, %i in the backlog', (capacity, perDay, n, scheduled, waiting) => {
    const candidates = Array.from({ length: n }, (_, i) => talk(`A${String(i).padStart(2, '0')}`, 'routine', '2026-11-26'));
    const { talks, backlog } = plan(candidates, { s: { capacity, perDay } });
    expect(talks).toHaveLength(scheduled);
    expect(backlog).toHaveLength(waiting);
    expect(backlog.every((t) => t.backlogReason === 'capacity' && t.date === null)).toBe(true);
    const perDate = new Map<string, number>();
    for (const t of talks) perDate.set(t.date!, (perDate.get(t.date!) ?? 0) + 1);
    expect(Math.max(0, ...perDate.values())).toBeLessThanOrEqual(Math.min(perDay, 5));
  });

  it('per day is also limited by the slots a day has', () => {
    const candidates = Array.from({ length: 12 }, (_, i) => talk(`A${String(i).padStart(2, '0')}`, 'routine', '2026-11-26'));
    const { talks } = plan(candidates, { s: { capacity: 12, perDay: 9, hours: [['10:00', '12:00']] } });
    expect(talks.filter((t) => t.date === '2026-11-23').map((t) => t.start)).toEqual(['10:00', '11:00']);
    expect(talks).toHaveLength(10);
  });

  it('an agent is scheduled at most once', () => {
    const { talks } = plan([talk('A', 'routine', '2026-11-26'), talk('A', 'exit', '2026-11-25')]);
    expect(talks.map((t) => [t.agentId, t.rule])).toEqual([['A', 'exit']]);
  });
});

describe('scheduleWeek days', () => {
  it.each([
    ['Monday', '2026-11-23', '2026-11-23'],
    ['Wednesday: Monday and Tuesday unused', '2026-11-25', '2026-11-25'],
    ['Friday', '2026-11-27', '2026-11-27'],
    ['before the week', '2026-11-18', '2026-11-23'],
  ])('today %s (%s): first talk on %s', (_label, today, first) => {
    const candidates = Array.from({ length: 4 }, (_, i) => talk(`A${i}`, 'routine', '2026-11-26'));
    const { talks } = plan(candidates, { today });
    expect(talks[0].date).toBe(first);
    expect(talks.every((t) => t.date! >= today)).toBe(true);
  });

  it.each([
    ['Saturday of the week', '2026-11-28'],
    ['after the week', '2026-12-02'],
  ])('no working day left (%s): everything due goes to the backlog as no-days-left', (_label, today) => {
    const { talks, backlog } = plan([talk('A', 'routine', '2026-11-26'), talk('B', 'routine', '2026-12-30')], { today });
    expect(talks).toEqual([]);
    expect(backlog.map((t) => [t.agentId, t.backlogReason])).toEqual([['A', 'no-days-left']]);
  });

  it('cn: National Day week 2026-10-05 has only Thursday, Friday and the make-up Saturday', () => {
    const candidates = Array.from({ length: 10 }, (_, i) => talk(`A${i}`, 'routine', '2026-10-09'));
    const { talks, backlog } = plan(candidates, {
      today: '2026-10-05',
      week: { start: '2026-10-05', end: '2026-10-11' },
      calendar: cnCalendar(),
    });
    expect([...new Set(talks.map((t) => t.date))]).toEqual(['2026-10-08', '2026-10-09', '2026-10-10']);
    expect(talks).toHaveLength(9);
    expect(backlog.map((t) => t.backlogReason)).toEqual(['capacity']);
  });

  it('cn: the week of 2026-09-28 ends on Wednesday', () => {
    const candidates = Array.from({ length: 10 }, (_, i) => talk(`A${i}`, 'routine', '2026-09-30'));
    const { talks } = plan(candidates, { today: '2026-09-28', week: { start: '2026-09-28', end: '2026-10-04' }, calendar: cnCalendar() });
    expect([...new Set(talks.map((t) => t.date))]).toEqual(['2026-09-28', '2026-09-29', '2026-09-30']);
  });

  it('a user calendar: Saturday a workday, Monday a holiday', () => {
    const calendar = layered(weekdaysCalendar(), [
      { day: '2026-11-28', kind: 'workday' },
      { day: '2026-11-23', kind: 'holiday' },
    ]);
    const candidates = Array.from({ length: 6 }, (_, i) => talk(`A${i}`, 'routine', '2026-11-26'));
    const { talks } = plan(candidates, { calendar, today: '2026-11-23', s: { perDay: 1, capacity: 10 } });
    expect(talks.map((t) => t.date)).toEqual(['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28']);
  });
});

describe('scheduleWeek backlog', () => {
  it('blocked talks go straight to the backlog, sorted with the rest', () => {
    const blocked = [
      talk('LEAVE1', 'routine', '2026-11-24', { backlogReason: 'on-leave' }),
      talk('LEAVE2', 'new-hire', '2027-03-01', { backlogReason: 'on-leave' }),
    ];
    const candidates = [talk('A', 'routine', '2026-11-20'), talk('B', 'swing-down', '2026-11-25'), talk('C', 'routine', '2026-11-26')];
    const { talks, backlog } = plan(candidates, { blocked, s: { capacity: 1 } });
    expect(ids(talks)).toEqual(['B']);
    expect(backlog.map((t) => [t.agentId, t.backlogReason])).toEqual([
      ['LEAVE2', 'on-leave'],
      ['A', 'capacity'],
      ['LEAVE1', 'on-leave'],
      ['C', 'capacity'],
    ]);
  });

  it('does not mutate its inputs', () => {
    const candidates = [talk('A', 'routine', '2026-11-20'), talk('B', 'routine', '2026-11-21')];
    const blocked = [talk('L', 'routine', '2026-11-24', { backlogReason: 'on-leave' })];
    const before = structuredClone({ candidates, blocked });
    const { talks, backlog } = plan(candidates, { blocked, s: { capacity: 1 } });
    expect({ candidates, blocked }).toEqual(before);
    expect(talks[0]).not.toBe(candidates[0]);
    expect(backlog.find((t) => t.agentId === 'L')).not.toBe(blocked[0]);
    expect(candidates.map((t) => t.date)).toEqual([null, null]);
  });
});

describe('scheduleWeek urgent-late warnings', () => {
  it('a lead flag whose first free slot is after its due date', () => {
    const lead = talk('A017', 'lead-flag', '2026-11-24', { name: 'Wang Fang' });
    const { talks, warnings } = plan([lead], { today: '2026-11-25' });
    expect(talks[0].date).toBe('2026-11-25');
    expect(warnings).toEqual([
      {
        code: 'urgent-late',
        message:
          'Lead flag talk with A017 Wang Fang is due 2026-11-24 but the first free slot is 2026-11-25; it is already overdue: make room for it as soon as you can.',
        args: { rule: 'lead-flag', who: 'A017 Wang Fang', due: '2026-11-24', date: '2026-11-25', reason: '', week: '2026-11-23', overdue: 'yes' },
      },
    ]);
  });

  it.each([
    ['on time', talk('E', 'exit', '2026-11-23'), {}, []],
    ['late exit', talk('E', 'exit', '2026-11-23'), { today: '2026-11-24' }, ['Exit talk with E Agent E is due 2026-11-23 but the first free slot is 2026-11-24']],
    ['a late routine talk is no warning', talk('R', 'routine', '2026-11-20'), {}, []],
    ['exit among the rules', talk('X', 'lead-flag', '2026-11-20', { rules: ['lead-flag', 'exit'] }), {}, ['Lead flag talk with X Agent X']],
    ['no slot left', talk('E', 'exit', '2026-11-27'), { s: { capacity: 0 } }, ['Exit talk with E Agent E is due 2026-11-27 but no slot is free']],
    ['no slot left, but due next week: next week can still meet it', talk('E', 'exit', '2026-12-01'), { s: { capacity: 0 } }, []],
    ['no day left', talk('L', 'lead-flag', '2026-11-27'), { today: '2026-11-28' }, ['no working day is left']],
    ['on leave, due by the horizon', talk('L', 'lead-flag', '2026-11-24', { backlogReason: 'on-leave' }), { blocked: 'self' }, ['the agent is on leave']],
    ['on leave, due after the horizon', talk('E', 'exit', '2027-02-01', { backlogReason: 'on-leave' }), { blocked: 'self' }, []],
  ] as const)('%s', (_label, t, over, expected) => {
    const { blocked, ...rest } = over as Partial<ScheduleInput> & { blocked?: 'self'; s?: Partial<ScheduleSettings> };
    const { warnings } = blocked ? plan([], { ...rest, blocked: [t] }) : plan([t], rest);
    expect(warnings.map((w) => w.code)).toEqual(expected.map(() => 'urgent-late'));
    warnings.forEach((w, i) => expect(w.message).toContain(expected[i]));
  });

  it('due today but past the last slot: it can still be held earlier, so that is what the warning says', () => {
    const late = plan([talk('L', 'lead-flag', '2026-11-23')], { today: '2026-11-23', now: '18:00' });
    expect(late.warnings.map((w) => w.message)).toEqual(['Lead flag talk with L Agent L is due 2026-11-23 but the first free slot is 2026-11-24; make room or hold it earlier.']);
  });

  it("a lead flag merged with an overdue routine finding is judged by the flag's own due date", () => {
    const merged = talk('M004', 'lead-flag', '2026-09-30', {
      rules: ['lead-flag', 'routine'],
      findings: [
        { rule: 'routine', due: '2026-09-30', evidence: { rule: 'routine', hireDate: '2024-01-01' } },
        { rule: 'lead-flag', due: '2026-11-24', evidence: { rule: 'lead-flag', flag: 'mood', flagDate: '2026-11-20' } },
      ],
    });
    expect(plan([merged], { today: '2026-11-23' }).warnings).toEqual([]);
    const met = plan([merged], { today: '2026-11-25' }).warnings;
    expect(met.map((w) => w.args?.due)).toEqual(['2026-11-24']);
  });

  it('the most urgent talks come first, so a lead flag beats routine talks to the early slots', () => {
    const candidates = [
      ...Array.from({ length: 5 }, (_, i) => talk(`R${i}`, 'routine', '2026-11-10')),
      talk('L', 'lead-flag', '2026-11-23'),
    ];
    const { talks, warnings } = plan(candidates);
    expect(talks[0]).toMatchObject({ agentId: 'L', date: '2026-11-23', start: '10:00' });
    expect(warnings).toEqual([]);
  });
});

describe('planning for the real today', () => {
  it("skips today's slots that have already begun", () => {
    const r = scheduleWeek({
      candidates: [talk('A', 'routine', '2026-11-01'), talk('B', 'routine', '2026-11-02')],
      blocked: [],
      today: '2026-11-24',
      week: { start: '2026-11-23', end: '2026-11-29' },
      calendar: weekdaysCalendar(),
      settings: settings(),
      now: '14:30',
    });
    expect(r.talks.map((t) => [t.date, t.start])).toEqual([
      ['2026-11-24', '15:00'],
      ['2026-11-25', '10:00'],
    ]);
  });

  it('still offers a slot that begins exactly now', () => {
    const r = scheduleWeek({
      candidates: [talk('A', 'routine', '2026-11-01')],
      blocked: [],
      today: '2026-11-24',
      week: { start: '2026-11-23', end: '2026-11-29' },
      calendar: weekdaysCalendar(),
      settings: settings(),
      now: '15:00',
    });
    expect(r.talks.map((t) => [t.date, t.start])).toEqual([['2026-11-24', '15:00']]);
  });

  it('keeps a scheduled talk’s rules and findings: the prep sheet and the JSON show every reason', () => {
    const findings = [
      { rule: 'exit' as const, due: '2026-11-25', evidence: { rule: 'exit' as const, status: 'notice' as const } },
      { rule: 'routine' as const, due: '2026-11-01', evidence: { rule: 'routine' as const, hireDate: '2024-01-15' } },
    ];
    const r = plan([talk('A', 'exit', '2026-11-25', { rules: ['exit', 'routine'], findings })]);
    expect(r.talks).toHaveLength(1);
    expect(r.talks[0].rules).toEqual(['exit', 'routine']);
    expect(r.talks[0].findings).toEqual(findings);
  });

  it('calls a week whose last working day is over "no days left"', () => {
    const r = scheduleWeek({
      candidates: [talk('A', 'routine', '2026-11-01')],
      blocked: [],
      today: '2026-11-27',
      week: { start: '2026-11-23', end: '2026-11-29' },
      calendar: weekdaysCalendar(),
      settings: settings(),
      now: '18:00',
    });
    expect(r.backlog.map((t) => t.backlogReason)).toEqual(['no-days-left']);
  });
});

describe('scheduleWeek: what is due this week goes before what is pulled forward', () => {
  it('a routine talk due on the week’s last day beats a more urgent talk due the day after', () => {
    const { talks, backlog } = plan([talk('SD', 'swing-down', '2026-11-30'), talk('R', 'routine', '2026-11-29')], { s: { capacity: 1 } });
    expect(ids(talks)).toEqual(['R']);
    expect(backlog.map((t) => [t.agentId, t.backlogReason])).toEqual([['SD', 'capacity']]);
  });

  it('among pulled-forward talks the more urgent comes first, up to the horizon’s last day', () => {
    const { talks } = plan([talk('R', 'routine', '2026-12-01'), talk('SU', 'swing-up', '2026-12-13')], { s: { capacity: 1 } });
    expect(ids(talks)).toEqual(['SU']);
  });
});

describe('scheduleWeek: why a talk found no place', () => {
  const friday = { today: '2026-11-27' };

  it('on the week’s last working day with slots still ahead but no capacity: capacity, not "no days left"', () => {
    const r = plan([talk('A', 'routine', '2026-11-01')], { ...friday, now: '08:00', s: { capacity: 0 } });
    expect(r.backlog.map((t) => t.backlogReason)).toEqual(['capacity']);
  });

  it('planning next week with no capacity: capacity', () => {
    const r = plan([talk('A', 'routine', '2026-11-01')], { today: '2026-11-20', now: '23:00', s: { capacity: 0 } });
    expect(r.backlog.map((t) => t.backlogReason)).toEqual(['capacity']);
  });

  it('on the last working day after its last slot: no days left', () => {
    const r = plan([talk('A', 'routine', '2026-11-01')], { ...friday, now: '23:00' });
    expect(r.backlog.map((t) => t.backlogReason)).toEqual(['no-days-left']);
  });

  it('a blocked talk without a reason is on leave; one with a reason keeps it', () => {
    const blocked = [talk('L', 'routine', '2026-11-24'), talk('S', 'routine', '2026-11-25', { backlogReason: 'no-shift' })];
    const r = plan([], { blocked });
    expect(r.backlog.map((t) => [t.agentId, t.backlogReason])).toEqual([
      ['L', 'on-leave'],
      ['S', 'no-shift'],
    ]);
  });

  it('planning on Wednesday, the talks go from today on, never to the days already past', () => {
    const r = plan([talk('A', 'routine', '2026-11-01'), talk('B', 'routine', '2026-11-02')], { today: '2026-11-25' });
    expect(r.talks.every((t) => t.date! >= '2026-11-25')).toBe(true);
    expect(r.talks).toHaveLength(2);
  });
});

describe('scheduleWeek: the backlog and the warnings', () => {
  it('a talk that arrives with last week’s date, time and room goes to the backlog without them', () => {
    const stale = { date: '2026-11-16', start: '10:00', end: '10:30', location: 'Room 1' };
    const r = plan([talk('A', 'routine', '2026-11-01', stale)], { blocked: [talk('L', 'routine', '2026-11-02', stale)], s: { capacity: 0 } });
    expect(r.backlog.map((t) => [t.agentId, t.date, t.start, t.end, t.location])).toEqual([
      ['A', null, null, null, null],
      ['L', null, null, null, null],
    ]);
  });

  it('warnings come most urgent first, whether the talk is scheduled or in the backlog', () => {
    const exit = talk('E', 'exit', '2026-11-23');
    const flag = talk('F', 'lead-flag', '2026-11-24', { backlogReason: 'on-leave' });
    const r = plan([exit], { today: '2026-11-24', blocked: [flag] });
    expect(r.talks.map((t) => t.agentId)).toEqual(['E']);
    expect(r.warnings.map((w) => w.args?.who)).toEqual(['F Agent F', 'E Agent E']);
  });
});

describe('scheduleWeek: working hours too short for one talk', () => {
  it('gives every talk the reason of a full week, not "no days left": the days are there', () => {
    const r = plan([talk('A', 'routine', '2026-11-01')], { s: { hours: [['09:00', '09:20']], talkMinutes: 45 } });
    expect(r.talks).toEqual([]);
    expect(r.backlog.map((t) => t.backlogReason)).toEqual(['capacity']);
  });
});
