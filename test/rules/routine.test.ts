import { DEFAULTS } from '../../src/model/settings.js';
import { routine } from '../../src/rules/routine.js';
import { ruleTester } from './rule-tester.js';

ruleTester(routine, {
  valid: [
    {
      name: 'from the last talk + 6 months',
      agent: { hireDate: '2020-02-03' },
      ctx: { lastTalk: '2026-03-15' },
      due: '2026-09-15',
      evidence: { rule: 'routine', lastTalk: '2026-03-15', hireDate: '2020-02-03' },
    },
    {
      name: 'never talked to: hire date + 6 months',
      agent: { hireDate: '2026-07-01' },
      due: '2027-01-01',
      evidence: { rule: 'routine', hireDate: '2026-07-01' },
    },
    {
      name: 'month-end clamping: Aug 31 + 6 months = Feb 28',
      agent: { hireDate: '2025-08-31' },
      due: '2026-02-28',
      evidence: { rule: 'routine', hireDate: '2025-08-31' },
    },
    {
      name: 'month-end clamping into a leap year: Aug 31 + 6 months = Feb 29',
      agent: { hireDate: '2019-01-07' },
      ctx: { lastTalk: '2023-08-31' },
      due: '2024-02-29',
      evidence: { rule: 'routine', lastTalk: '2023-08-31', hireDate: '2019-01-07' },
    },
    {
      name: 'the last talk counts even when a hire date is later (rehired)',
      agent: { hireDate: '2026-06-01' },
      ctx: { lastTalk: '2026-05-20' },
      due: '2026-11-20',
      evidence: { rule: 'routine', lastTalk: '2026-05-20', hireDate: '2026-06-01' },
    },
    {
      name: 'months from the settings',
      agent: { hireDate: '2020-02-03' },
      ctx: { lastTalk: '2026-03-31', settings: { ...DEFAULTS.rules, routineMonths: 3 } },
      due: '2026-06-30',
      evidence: { rule: 'routine', lastTalk: '2026-03-31', hireDate: '2020-02-03' },
    },
  ],
  // Routine fires for every agent the engine hands it; status and the guard are the engine's.
  invalid: [],
});
