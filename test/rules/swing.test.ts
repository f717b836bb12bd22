import { DEFAULTS } from '../../src/model/settings.js';
import type { Swing } from '../../src/model/types.js';
import { swingDown, swingUp } from '../../src/rules/swing.js';
import { ruleTester } from './rule-tester.js';

function swing(direction: 'up' | 'down', over: Partial<Swing> = {}): Swing {
  return {
    agentId: 'A1',
    direction,
    size: direction === 'up' ? 22.5 : -31,
    latest: direction === 'up' ? 80 : 20,
    baseline: direction === 'up' ? 57.5 : 51,
    sigma: 3.2,
    // ISO week 46 of 2026: Monday 11-09 to Sunday 11-15.
    period: '2026-11-09',
    periodEnd: '2026-11-15',
    periodKind: 'week',
    baselinePeriods: 6,
    drivers: [{ metric: 'csat', from: 88, to: direction === 'up' ? 96 : 71, low: 85, high: 91, deltaPct: direction === 'up' ? 30 : -40 }],
    ...over,
  };
}

const up = swing('up');
const down = swing('down');
const monthly = swing('down', { period: '2026-10-01', periodEnd: '2026-10-31', periodKind: 'month' });

for (const [rule, mine, other] of [
  [swingUp, up, down],
  [swingDown, down, up],
] as const) {
  ruleTester(rule, {
    valid: [
      {
        name: 'week ending Sunday 11-15: 5 working days later',
        ctx: { swing: mine },
        due: '2026-11-20',
        evidence: { rule: rule.meta.id as 'swing-up' | 'swing-down', swing: mine },
      },
      {
        name: 'the last talk was before the swing period',
        ctx: { swing: mine, lastTalk: '2026-11-08' },
        due: '2026-11-20',
        evidence: { rule: rule.meta.id as 'swing-up' | 'swing-down', swing: mine },
      },
      {
        name: 'working days from the settings',
        ctx: { swing: mine, settings: { ...DEFAULTS.rules, swingDueWorkingDays: 1 } },
        due: '2026-11-16',
        evidence: { rule: rule.meta.id as 'swing-up' | 'swing-down', swing: mine },
      },
    ],
    invalid: [
      { name: 'no swing' },
      { name: 'a swing the other way', ctx: { swing: other } },
      { name: 'a talk on the first day of the swing period', ctx: { swing: mine, lastTalk: '2026-11-09' } },
      { name: 'a talk since the swing period', ctx: { swing: mine, lastTalk: '2026-11-18' } },
    ],
  });
}

ruleTester(swingDown, {
  valid: [
    {
      name: 'a monthly period ending Saturday 10-31',
      ctx: { swing: monthly },
      due: '2026-11-06',
      evidence: { rule: 'swing-down', swing: monthly },
    },
  ],
  invalid: [{ name: 'a talk in the swing month', ctx: { swing: monthly, lastTalk: '2026-10-20' } }],
});
