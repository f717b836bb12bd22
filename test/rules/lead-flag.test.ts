import { cnCalendar } from '../../src/calendar/cn.js';
import { layered } from '../../src/calendar/user.js';
import { weekdaysCalendar } from '../../src/calendar/weekdays.js';
import { DEFAULTS } from '../../src/model/settings.js';
import { leadFlag } from '../../src/rules/lead-flag.js';
import { TODAY, ruleTester } from './rule-tester.js';

/** Monday 2026-11-23 declared a holiday by the user's calendar file. */
const mondayOff = layered(weekdaysCalendar(), [{ day: '2026-11-23', kind: 'holiday' }]);

ruleTester(leadFlag, {
  valid: [
    {
      name: 'mood change reported on a Monday: Wednesday',
      agent: { flag: 'mood', flagDate: '2026-11-16' },
      due: '2026-11-18',
      evidence: { rule: 'lead-flag', flag: 'mood', flagDate: '2026-11-16' },
    },
    {
      name: 'resignation intent reported on a Friday: the weekend does not count',
      agent: { flag: 'resign', flagDate: '2026-11-20' },
      due: '2026-11-24',
      evidence: { rule: 'lead-flag', flag: 'resign', flagDate: '2026-11-20' },
    },
    {
      name: 'reported on a Friday before a Monday holiday of the user calendar',
      agent: { flag: 'resign', flagDate: '2026-11-20' },
      ctx: { calendar: mondayOff },
      due: '2026-11-25',
      evidence: { rule: 'lead-flag', flag: 'resign', flagDate: '2026-11-20' },
    },
    {
      name: 'cn: reported Wed 2026-09-30, before the National Day holidays (Oct 1–7)',
      agent: { flag: 'mood', flagDate: '2026-09-30' },
      ctx: { calendar: cnCalendar() },
      due: '2026-10-09',
      evidence: { rule: 'lead-flag', flag: 'mood', flagDate: '2026-09-30' },
    },
    {
      name: 'cn: reported Fri 2026-02-13, the make-up Saturday counts, then the Spring Festival',
      agent: { flag: 'mood', flagDate: '2026-02-13' },
      ctx: { calendar: cnCalendar() },
      due: '2026-02-24',
      evidence: { rule: 'lead-flag', flag: 'mood', flagDate: '2026-02-13' },
    },
    {
      name: 'no flag date: reported today',
      agent: { flag: 'mood' },
      due: '2026-11-25',
      evidence: { rule: 'lead-flag', flag: 'mood', flagDate: TODAY },
    },
    {
      name: 'the last talk was before the report',
      agent: { flag: 'resign', flagDate: '2026-11-16', lastTalk: '2026-11-13' },
      ctx: { lastTalk: '2026-11-13' },
      due: '2026-11-18',
      evidence: { rule: 'lead-flag', flag: 'resign', flagDate: '2026-11-16' },
    },
    {
      name: 'working days from the settings',
      agent: { flag: 'mood', flagDate: '2026-11-16' },
      ctx: { settings: { ...DEFAULTS.rules, leadFlagDueWorkingDays: 5 } },
      due: '2026-11-23',
      evidence: { rule: 'lead-flag', flag: 'mood', flagDate: '2026-11-16' },
    },
  ],
  invalid: [
    { name: 'no flag', agent: { flagDate: '2026-11-16' } },
    { name: 'addressed by a later talk', agent: { flag: 'mood', flagDate: '2026-11-16' }, ctx: { lastTalk: '2026-11-18' } },
    { name: 'addressed by a talk on the report day', agent: { flag: 'mood', flagDate: '2026-11-16' }, ctx: { lastTalk: '2026-11-16' } },
    { name: 'no flag date and a talk today', agent: { flag: 'resign' }, ctx: { lastTalk: TODAY } },
  ],
});
