import { cnCalendar } from '../../src/calendar/cn.js';
import { exit } from '../../src/rules/exit.js';
import { TODAY, ruleTester } from './rule-tester.js';

// TODAY is Monday 2026-11-23.
ruleTester(exit, {
  valid: [
    {
      name: 'notice, leaving on a Monday: the Friday before',
      agent: { status: 'notice', leavingDate: '2026-11-30' },
      due: '2026-11-27',
      evidence: { rule: 'exit', status: 'notice', leavingDate: '2026-11-30' },
    },
    {
      name: 'notice with no leaving date: today',
      agent: { status: 'notice' },
      due: TODAY,
      evidence: { rule: 'exit', status: 'notice' },
    },
    {
      name: 'status active but a leaving date in the future',
      agent: { status: 'active', leavingDate: '2026-12-04' },
      due: '2026-12-03',
      evidence: { rule: 'exit', status: 'active', leavingDate: '2026-12-04' },
    },
    {
      name: 'leaving tomorrow: today',
      agent: { status: 'notice', leavingDate: '2026-11-24' },
      due: TODAY,
      evidence: { rule: 'exit', status: 'notice', leavingDate: '2026-11-24' },
    },
    {
      name: 'leaving today: the last chance is today',
      agent: { status: 'notice', leavingDate: TODAY },
      due: TODAY,
      evidence: { rule: 'exit', status: 'notice', leavingDate: TODAY },
    },
    {
      name: 'rehired, notice given now: an exit talk of the earlier job does not count',
      agent: { status: 'notice', hireDate: '2026-01-05', leavingDate: '2026-12-18' },
      ctx: { heldByRule: { exit: '2024-06-10' } },
      due: '2026-12-17',
      evidence: { rule: 'exit', status: 'notice', leavingDate: '2026-12-18' },
    },
    {
      name: 'leaving on a Sunday: the Friday before',
      agent: { status: 'notice', leavingDate: '2026-12-06' },
      due: '2026-12-04',
      evidence: { rule: 'exit', status: 'notice', leavingDate: '2026-12-06' },
    },
    {
      name: 'cn: leaving Thu 2026-10-08, right after the National Day holidays: Wed 2026-09-30',
      agent: { status: 'notice', leavingDate: '2026-10-08' },
      ctx: { today: '2026-09-21', calendar: cnCalendar() },
      due: '2026-09-30',
      evidence: { rule: 'exit', status: 'notice', leavingDate: '2026-10-08' },
    },
    {
      name: 'an exit talk held is not the talk of another rule',
      agent: { status: 'notice', leavingDate: '2026-12-18' },
      ctx: { heldByRule: { routine: '2026-11-20' } },
      due: '2026-12-17',
      evidence: { rule: 'exit', status: 'notice', leavingDate: '2026-12-18' },
    },
    {
      name: 'hired and leaving on the same day, today: the leaving date is of this job',
      agent: { status: 'notice', hireDate: TODAY, leavingDate: TODAY },
      due: TODAY,
      evidence: { rule: 'exit', status: 'notice', leavingDate: TODAY },
    },
    {
      name: 'status active, hired and leaving on the same future day: an exit talk the working day before',
      agent: { status: 'active', hireDate: '2026-11-27', leavingDate: '2026-11-27' },
      due: '2026-11-26',
      evidence: { rule: 'exit', status: 'active', leavingDate: '2026-11-27' },
    },
    {
      name: 'rehired: an exit talk held the day before the new hire date was of the earlier job',
      agent: { status: 'notice', hireDate: '2026-01-05', leavingDate: '2026-12-18' },
      ctx: { heldByRule: { exit: '2026-01-04' } },
      due: '2026-12-17',
      evidence: { rule: 'exit', status: 'notice', leavingDate: '2026-12-18' },
    },
    {
      name: 'rehired and on notice, the leaving date still from the earlier job: today, no leaving date',
      agent: { status: 'notice', hireDate: '2026-06-01', leavingDate: '2025-03-31' },
      due: TODAY,
      evidence: { rule: 'exit', status: 'notice' },
    },
  ],
  invalid: [
    {
      name: 'an exit talk held on the first day of this job counts for this job',
      agent: { status: 'notice', hireDate: '2026-01-05', leavingDate: '2026-12-18' },
      ctx: { heldByRule: { exit: '2026-01-05' } },
    },
    { name: 'leaving yesterday: gone already', agent: { status: 'notice', leavingDate: '2026-11-22' } },
    { name: 'active, no leaving date', agent: { status: 'active' } },
    { name: 'on leave, no leaving date', agent: { status: 'leave' } },
    { name: 'notice but the leaving date is past', agent: { status: 'notice', leavingDate: '2026-11-20' } },
    { name: 'active with a past leaving date', agent: { status: 'active', leavingDate: '2026-10-01' } },
    { name: 'rehired: the leaving date is from the earlier job', agent: { status: 'active', hireDate: '2026-06-01', leavingDate: '2025-03-31' } },
    {
      name: 'the exit talk of an earlier job does not count, this one was held',
      agent: { status: 'notice', hireDate: '2026-01-05', leavingDate: '2026-12-18' },
      ctx: { heldByRule: { exit: '2026-11-20' } },
    },
    {
      name: 'the exit talk was already held',
      agent: { status: 'notice', leavingDate: '2026-12-18' },
      ctx: { heldByRule: { exit: '2026-11-20' } },
    },
  ],
});
