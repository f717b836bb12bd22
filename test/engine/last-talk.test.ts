import { describe, expect, it } from 'vitest';
import { lastTalkOf } from '../../src/model/last-talk.js';

describe('lastTalkOf: any held talk counts, roster or archive', () => {
  it.each([
    ['no talk anywhere', undefined, undefined, undefined],
    ['only the roster', '2026-05-01', undefined, { date: '2026-05-01' }],
    ['only the archive, with its type', undefined, { routine: '2026-06-01' }, { date: '2026-06-01', rule: 'routine' }],
    ['the roster is later', '2026-07-01', { routine: '2026-06-01' }, { date: '2026-07-01' }],
    ['the archive is later', '2026-05-01', { 'swing-down': '2026-06-01' }, { date: '2026-06-01', rule: 'swing-down' }],
    ['the same day: the archive’s talk, with its type', '2026-06-01', { exit: '2026-06-01' }, { date: '2026-06-01', rule: 'exit' }],
    ['the latest of several archived types', undefined, { routine: '2026-03-01', 'lead-flag': '2026-06-02', exit: '2026-04-01' }, { date: '2026-06-02', rule: 'lead-flag' }],
  ] as const)('%s', (_name, roster, held, expected) => {
    expect(lastTalkOf({ lastTalk: roster }, held)).toEqual(expected);
  });
});
