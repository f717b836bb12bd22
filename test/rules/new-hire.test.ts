import { DEFAULTS } from '../../src/model/settings.js';
import { newHire } from '../../src/rules/new-hire.js';
import { ruleTester } from './rule-tester.js';

// TODAY is 2026-11-23.
ruleTester(newHire, {
  valid: [
    {
      name: 'hired today (day 0)',
      agent: { hireDate: '2026-11-23' },
      due: '2026-11-30',
      evidence: { rule: 'new-hire', hireDate: '2026-11-23', daysSinceHire: 0 },
    },
    {
      name: 'day 30 of onboarding, the last day of the window',
      agent: { hireDate: '2026-10-24' },
      due: '2026-10-31',
      evidence: { rule: 'new-hire', hireDate: '2026-10-24', daysSinceHire: 30 },
    },
    {
      name: 'the last talk was before the hire date (an earlier spell of employment)',
      agent: { hireDate: '2026-11-02', lastTalk: '2026-03-01' },
      ctx: { lastTalk: '2026-03-01' },
      due: '2026-11-09',
      evidence: { rule: 'new-hire', hireDate: '2026-11-02', daysSinceHire: 21 },
    },
    {
      name: 'day 31 with a 45-day onboarding window',
      agent: { hireDate: '2026-10-23' },
      ctx: { settings: { ...DEFAULTS.rules, onboardingDays: 45 } },
      due: '2026-10-30',
      evidence: { rule: 'new-hire', hireDate: '2026-10-23', daysSinceHire: 31 },
    },
    {
      name: 'due offset from the settings',
      agent: { hireDate: '2026-11-20' },
      ctx: { settings: { ...DEFAULTS.rules, newHireDueDays: 14 } },
      due: '2026-12-04',
      evidence: { rule: 'new-hire', hireDate: '2026-11-20', daysSinceHire: 3 },
    },
  ],
  invalid: [
    { name: 'day 31, just past the onboarding window', agent: { hireDate: '2026-10-23' } },
    { name: 'hire date tomorrow', agent: { hireDate: '2026-11-24' } },
    { name: 'hire date next year', agent: { hireDate: '2027-01-04' } },
    { name: 'a talk since the hire date', agent: { hireDate: '2026-11-02' }, ctx: { lastTalk: '2026-11-10' } },
    { name: 'a talk on the hire date', agent: { hireDate: '2026-11-02' }, ctx: { lastTalk: '2026-11-02' } },
    { name: 'a long-serving agent', agent: { hireDate: '2020-05-01' } },
  ],
});
