import { describe, expect, it } from 'vitest';
import { commonIssues, historyDocument, issuesDocument, ownerLabel, ownerOf } from '../../src/followup/routing.js';
import type { ArchivedIssue, ArchivedTalk } from '../../src/model/archive.js';
import type { IssueCategory } from '../../src/text/labels.js';

describe('ownerOf', () => {
  it.each<[IssueCategory, string, string]>([
    ['skill', 'qa-training', 'QA & training'],
    ['mood', 'team-lead', 'Team lead'],
    ['shift', 'wfm', 'Workforce management'],
    ['qa', 'qa', 'QA'],
    ['pay', 'hr', 'HR'],
    ['other', 'manager', 'Manager'],
  ])('routes %s to %s (%s)', (category, owner, label) => {
    expect(ownerOf(category)).toBe(owner);
    expect(ownerLabel(category)).toBe(label);
  });
});

const raised = (agentId: string, category: IssueCategory) => ({ agentId, category });

describe('commonIssues', () => {
  it.each<[string, { agentId: string; category: IssueCategory }[], IssueCategory[]]>([
    ['exactly 3 agents is common', [raised('A1', 'skill'), raised('A2', 'skill'), raised('A3', 'skill')], ['skill']],
    ['2 agents is not', [raised('A1', 'skill'), raised('A2', 'skill')], []],
    ['the same agent twice counts once', [raised('A1', 'pay'), raised('A1', 'pay'), raised('A2', 'pay')], []],
    [
      'most agents first',
      [...['A1', 'A2', 'A3'].map((a) => raised(a, 'shift')), ...['A1', 'A2', 'A3', 'A4'].map((a) => raised(a, 'mood'))],
      ['mood', 'shift'],
    ],
    ['nothing raised', [], []],
  ])('%s', (_what, issues, expected) => {
    expect(commonIssues(issues).map((c) => c.category)).toEqual(expected);
  });

  it('honours another threshold and sorts the agents', () => {
    expect(commonIssues([raised('B', 'qa'), raised('A', 'qa')], 2)).toEqual([{ category: 'qa', owner: 'qa', agents: ['A', 'B'] }]);
  });
});

const issue = (agentId: string, date: string, category: IssueCategory, text = `${category} of ${agentId}`, resolvedBy: number | null = null): ArchivedIssue => ({
  agentId, name: `Name ${agentId}`, date, talkDate: date, rule: 'routine', seq: 1, category, text, resolvedBy,
});
const open = (agentId: string, date: string, category: IssueCategory, owner: string) => ({
  ref: `${agentId}/${date}/1`, agentId, date, talkDate: date, rule: 'routine', seq: 1, category, owner, text: `${category} of ${agentId}`,
  state: 'open', resolvedOn: null, resolution: null,
});

describe('issuesDocument', () => {
  it('follows the JSON contract: common categories first, then by owner, newest first', () => {
    const doc = issuesDocument([
      issue('A1', '2026-11-20', 'pay'),
      issue('A1', '2026-11-21', 'skill'),
      issue('A2', '2026-11-23', 'skill'),
      issue('A3', '2026-11-22', 'skill'),
      issue('A4', '2026-11-24', 'mood'),
    ]);
    expect(doc).toEqual({
      issues: [
        open('A2', '2026-11-23', 'skill', 'QA & training'),
        open('A3', '2026-11-22', 'skill', 'QA & training'),
        open('A1', '2026-11-21', 'skill', 'QA & training'),
        open('A4', '2026-11-24', 'mood', 'Team lead'),
        open('A1', '2026-11-20', 'pay', 'HR'),
      ],
      common: [{ category: 'skill', owner: 'QA & training', count: 3, agents: ['A1', 'A2', 'A3'] }],
      resolutions: [],
    });
  });

  it('counts common issues over the open ones only, and shows each resolved issue with its resolution', () => {
    const resolution = { id: 7, on: '2026-11-30', category: 'skill' as const, text: 'New billing course', recordedAt: 'x', issues: [{ agentId: 'A1', talkDate: '2026-11-21', rule: 'routine' as const, seq: 1 }] };
    const doc = issuesDocument([issue('A1', '2026-11-21', 'skill', undefined, 7), issue('A2', '2026-11-23', 'skill'), issue('A3', '2026-11-22', 'skill')], [resolution]);
    expect(doc.common).toEqual([]);
    expect(doc.issues.map((i) => [i.ref, i.state, i.resolvedOn, i.resolution])).toEqual([
      ['A2/2026-11-23/1', 'open', null, null],
      ['A3/2026-11-22/1', 'open', null, null],
      ['A1/2026-11-21/1', 'resolved', '2026-11-30', 7],
    ]);
    expect(doc.resolutions).toEqual([{ id: 7, on: '2026-11-30', category: 'skill', text: 'New billing course', issues: ['A1/2026-11-21/1'], agents: ['A1'] }]);
  });

  it('is empty for no issues', () => {
    expect(issuesDocument([])).toEqual({ issues: [], common: [], resolutions: [] });
  });
});

describe('historyDocument', () => {
  it('keeps exactly the contract fields, in the given order: heldOn, every issue, the plan and the lead note', () => {
    const plan = { goal: 'Calmer calls', metric: 'csat', target: '90%', actions: 'Listen to 3 calls a week', review: '2026-12-14', support: null };
    const talk: ArchivedTalk = {
      agentId: 'A017', name: 'Wang Fang', team: 'T1', lead: 'Li Na', date: '2026-11-23', rule: 'lead-flag', held: true, heldOn: '2026-11-24',
      issues: [{ category: 'shift', text: 'Night shifts' }, { category: null, text: 'Headset' }], notes: 'ok', plan, leadNote: 'Give her the early shift', nextStep: 'Review',
      recordedAt: '2026-11-27T09:00:00.000Z',
    };
    const bare = { ...talk, date: '2026-11-02', held: false, heldOn: null, issues: [], notes: null, plan: null, leadNote: null, nextStep: null };
    expect(historyDocument([talk, bare])).toEqual({
      talks: [
        {
          agentId: 'A017', name: 'Wang Fang', team: 'T1', lead: 'Li Na', date: '2026-11-23', heldOn: '2026-11-24', rule: 'lead-flag', held: true,
          category: 'shift', issue: 'Night shifts', issues: talk.issues, notes: 'ok', plan, leadNote: 'Give her the early shift', nextStep: 'Review',
        },
        {
          agentId: 'A017', name: 'Wang Fang', team: 'T1', lead: 'Li Na', date: '2026-11-02', heldOn: null, rule: 'lead-flag', held: false,
          category: null, issue: null, issues: [], notes: null, plan: null, leadNote: null, nextStep: null,
        },
      ],
    });
    expect(Object.keys(historyDocument([talk]).talks[0])).toEqual([
      'agentId', 'name', 'team', 'lead', 'date', 'heldOn', 'rule', 'held', 'category', 'issue', 'issues', 'notes', 'plan', 'leadNote', 'nextStep',
    ]);
  });
});
