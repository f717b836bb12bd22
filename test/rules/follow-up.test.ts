import type { AgreedPlan } from '../../src/model/types.js';
import { followUp } from '../../src/rules/follow-up.js';
import { ruleTester, TODAY } from './rule-tester.js';

// TODAY is Monday 2026-11-23; the coming week runs to Sunday 11-29.
const plan = (over: Partial<AgreedPlan> = {}): AgreedPlan => ({
  agreedOn: '2026-11-02', rule: 'swing-down', goal: 'Back to the usual FCR', metric: 'fcr', target: '80%', review: TODAY, ...over,
});

ruleTester(followUp, {
  valid: [
    { name: 'the review is today', ctx: { plan: plan() }, due: TODAY, evidence: { rule: 'follow-up', plan: plan() } },
    {
      name: 'the review is on Sunday, the last day of the coming week',
      ctx: { plan: plan({ review: '2026-11-29' }) }, due: '2026-11-29', evidence: { rule: 'follow-up', plan: plan({ review: '2026-11-29' }) },
    },
    {
      name: 'the review was missed last week: still due, on its day',
      ctx: { plan: plan({ review: '2026-11-16' }), lastTalk: '2026-11-02' }, due: '2026-11-16', evidence: { rule: 'follow-up', plan: plan({ review: '2026-11-16' }) },
    },
    {
      name: 'the plan was agreed 10 days ago, inside the frequency guard (the rule never looks at it)',
      ctx: { plan: plan({ agreedOn: '2026-11-13' }), lastTalk: '2026-11-13' }, due: TODAY, evidence: { rule: 'follow-up', plan: plan({ agreedOn: '2026-11-13' }) },
    },
  ],
  invalid: [
    { name: 'no plan agreed' },
    { name: 'the review is next Monday, a week out', ctx: { plan: plan({ review: '2026-11-30' }) } },
    { name: 'a talk was held after the plan was agreed', ctx: { plan: plan(), lastTalk: '2026-11-10' } },
  ],
});
