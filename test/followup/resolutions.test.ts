import { describe, expect, it } from 'vitest';
import { changesToAsk, noticeItems, selectToResolve } from '../../src/followup/resolutions.js';
import type { ArchivedIssue, Resolution } from '../../src/model/archive.js';
import type { IssueCategory } from '../../src/text/labels.js';

const issue = (agentId: string, date: string, category: IssueCategory, seq = 1, resolvedBy: number | null = null): ArchivedIssue => ({
  agentId, name: agentId, talkDate: date, date, rule: 'routine', seq, category, text: `${category} ${agentId}`, resolvedBy,
});
const resolution = (id: number, on: string, issues: ArchivedIssue[], category: IssueCategory | null = null): Resolution => ({
  id, on, category, text: `change ${id}`, recordedAt: 'x', issues: issues.map(({ agentId, talkDate, rule, seq }) => ({ agentId, talkDate, rule, seq })),
});

describe('selectToResolve', () => {
  const issues = [issue('A', '2026-11-02', 'shift'), issue('B', '2026-11-09', 'shift'), issue('C', '2026-11-02', 'shift', 1, 4), issue('A', '2026-11-02', 'pay', 2)];

  it('a category: its open issues raised on or before the day, not resolved ones, not other categories', () => {
    expect(selectToResolve(issues, { category: 'shift' }, '2026-11-08').closes.map((i) => i.agentId)).toEqual(['A']);
    expect(selectToResolve(issues, { category: 'shift' }, '2026-11-09').closes.map((i) => i.agentId)).toEqual(['A', 'B']);
  });

  it('refs: unknown and already resolved ones are reported, a repeated ref counted once', () => {
    const sel = selectToResolve(issues, { refs: ['A/2026-11-02/2', 'A/2026-11-02/2', 'C/2026-11-02/1', 'Z/2026-11-02/1'] }, '2026-11-30');
    expect([sel.closes.map((i) => i.category), sel.alreadyResolved, sel.unknown]).toEqual([['pay'], ['C/2026-11-02/1'], ['Z/2026-11-02/1']]);
  });
});

describe('changesToAsk', () => {
  it('asks each agent who raised a resolved issue, until a talk with them is held after the change', () => {
    const a = issue('A', '2026-11-02', 'shift');
    const b = issue('B', '2026-11-03', 'shift');
    const asks = changesToAsk([resolution(1, '2026-11-20', [a, b])], [a, b], new Map([['A', '2026-11-02'], ['B', '2026-11-25']]));
    expect([...asks]).toEqual([['A', [{ on: '2026-11-20', category: 'shift', text: 'change 1' }]]]);
  });
});

describe('noticeItems', () => {
  it('counts distinct agents and names the categories the picked issues had, most first; only changes from --since', () => {
    const picked = [issue('A', '2026-11-02', 'pay', 1), issue('A', '2026-11-02', 'skill', 2), issue('B', '2026-11-02', 'skill')];
    const items = noticeItems([resolution(1, '2026-10-01', [picked[0]]), resolution(2, '2026-11-20', picked)], picked, '2026-11-01');
    expect(items).toEqual([{ on: '2026-11-20', categories: ['skill', 'pay'], agents: 2, text: 'change 2' }]);
  });
});
