import { describe, expect, it } from 'vitest';
import { outcomeNotices } from '../../src/followup/notices.js';
import type { OutcomeRow } from '../../src/model/archive.js';
import { NO_EXTRAS, withIssue, type RowOver } from '../helpers/outcome-row.js';

const row = (over: RowOver): OutcomeRow => withIssue({
  agentId: 'A1', name: 'Ann', team: 'T', lead: 'L', date: '2026-11-24', rule: 'routine',
  held: true, heldOn: '2026-11-24', issues: [], notes: null, ...NO_EXTRAS,
}, over);

describe('outcomeNotices', () => {
  it.each([
    ['a clean held talk', row({}), []],
    ['a clean talk not held', row({ held: false, heldOn: null }), []],
    ['not held but a date and an issue filled in', row({ held: false, issue: 'x', category: 'skill' }), ['not-held-but-filled']],
    ['held on a day after today', row({ heldOn: '2027-06-01' }), ['held-in-future']],
    ['an issue without a category', row({ issue: 'headset broken' }), ['issue-without-category']],
    ['held today is fine', row({ heldOn: '2026-11-25' }), []],
  ])('%s', (_label, r, codes) => {
    expect(outcomeNotices([r], '2026-11-25').map((n) => n.code)).toEqual(codes);
  });

  it('names the agent and the talk date', () => {
    expect(outcomeNotices([row({ issue: 'x' })], '2026-11-25')[0].message).toMatch(/^A1 Ann \(2026-11-24\):/);
  });
});
