import { DEFAULTS } from '../../src/model/settings.js';
import type { RuleContext } from '../../src/rules/rule.js';
import { topPerformer } from '../../src/rules/top-performer.js';
import { TODAY, ruleTester } from './rule-tester.js';

const top: RuleContext['rank'] = { rank: 2, of: 40, score: 91.5, top: true, core: false };
const core: RuleContext['rank'] = { rank: 1, of: 40, score: 97.1, top: true, core: true };
const middle: RuleContext['rank'] = { rank: 20, of: 40, score: 50, top: false, core: false };

ruleTester(topPerformer, {
  valid: [
    {
      name: 'never talked to: today',
      ctx: { rank: top },
      due: TODAY,
      evidence: { rule: 'top-performer', rank: 2, of: 40, score: 91.5 },
    },
    {
      name: 'last talk + 3 months',
      ctx: { rank: top, lastTalk: '2026-09-10' },
      due: '2026-12-10',
      evidence: { rule: 'top-performer', rank: 2, of: 40, score: 91.5, lastTalk: '2026-09-10' },
    },
    {
      name: 'last talk long ago: overdue',
      ctx: { rank: core, lastTalk: '2026-03-02' },
      due: '2026-06-02',
      evidence: { rule: 'top-performer', rank: 1, of: 40, score: 97.1, lastTalk: '2026-03-02' },
    },
    {
      name: 'month-end clamping: Nov 30 + 3 months = Feb 28',
      ctx: { rank: top, lastTalk: '2025-11-30' },
      due: '2026-02-28',
      evidence: { rule: 'top-performer', rank: 2, of: 40, score: 91.5, lastTalk: '2025-11-30' },
    },
    {
      name: 'months from the settings',
      ctx: { rank: top, lastTalk: '2026-09-10', settings: { ...DEFAULTS.rules, topPerformerMonths: 1 } },
      due: '2026-10-10',
      evidence: { rule: 'top-performer', rank: 2, of: 40, score: 91.5, lastTalk: '2026-09-10' },
    },
  ],
  invalid: [
    { name: 'not ranked (not eligible)' },
    { name: 'ranked but not in the top share', ctx: { rank: middle } },
  ],
});
