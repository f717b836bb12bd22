import { describe, expect, it } from 'vitest';
import { TalksError } from '../../src/errors.js';
import { renderIcs, zonedToUtc } from '../../src/io/write/ics.js';
import type { Talk } from '../../src/model/types.js';

const NOW = new Date(Date.UTC(2026, 10, 23, 8, 30, 5));
const WEEK = { start: '2026-11-23', end: '2026-11-29' };

function talk(over: Partial<Talk> = {}): Talk {
  return {
    agentId: 'A017', name: 'Wang Fang', team: 'Team 1', lead: 'Li Na', rule: 'lead-flag', rules: ['lead-flag', 'routine'],
    due: '2026-11-24', overdueDays: 0, core: false, date: '2026-11-23', start: '09:00', end: '09:30', location: 'Room 1',
    findings: [], ...over,
  };
}

/** Unfolds the content lines and returns each VEVENT as property name → value. */
function events(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      out.push(current!);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).split(';')[0]] = line.slice(colon + 1);
    }
  }
  return out;
}

describe('zonedToUtc', () => {
  it.each([
    ['Asia/Shanghai', '2026-11-23', '09:00', '2026-11-23T01:00:00.000Z'],
    ['America/Los_Angeles', '2026-11-23', '09:00', '2026-11-23T17:00:00.000Z'],
    ['America/Los_Angeles', '2026-10-30', '09:00', '2026-10-30T16:00:00.000Z'],
    ['America/Los_Angeles', '2026-11-02', '09:00', '2026-11-02T17:00:00.000Z'],
    ['America/Los_Angeles', '2026-03-09', '09:00', '2026-03-09T16:00:00.000Z'],
    ['Europe/London', '2026-07-01', '23:30', '2026-07-01T22:30:00.000Z'],
    ['UTC', '2026-11-23', '00:00', '2026-11-23T00:00:00.000Z'],
  ])('%s %s %s is %s', (tz, day, hhmm, utc) => {
    expect(new Date(zonedToUtc(day, hhmm, tz)).toISOString()).toBe(utc);
  });
});

describe('renderIcs', () => {
  it.each([
    ['Asia/Shanghai', '20261123T010000Z', '20261123T013000Z'],
    ['America/Los_Angeles', '20261123T170000Z', '20261123T173000Z'],
  ])('writes local times in %s as UTC', (tz, start, end) => {
    const [e] = events(renderIcs([talk()], { tz, week: WEEK, now: NOW }));
    expect(e.DTSTART).toBe(start);
    expect(e.DTEND).toBe(end);
  });

  it('writes one event per scheduled talk with summary, location, description and the time it was written as its stamp', () => {
    const ics = renderIcs([talk(), talk({ agentId: 'A018', name: 'Li Lei', date: null, start: null, end: null })], { tz: 'Asia/Shanghai', week: WEEK, now: NOW });
    const evs = events(ics);
    expect(evs).toHaveLength(1);
    expect(evs[0]).toMatchObject({
      SUMMARY: '1:1 — A017 Wang Fang (Lead flag)',
      LOCATION: 'Room 1',
      DTSTAMP: '20261123T083005Z',
      SEQUENCE: String((NOW.getTime() - Date.UTC(2026, 0, 1)) / 1000),
      UID: '2026-W48-A017@talks',
      DESCRIPTION: 'Talk type: Lead flag\\, Routine\\nDue: 2026-11-24\\nTeam: Team 1\\nTeam lead: Li Na',
    });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('keeps UIDs stable per agent and ISO week, so a re-planned week updates its events', () => {
    const first = events(renderIcs([talk(), talk({ agentId: 'A018' })], { tz: 'Asia/Shanghai', week: WEEK, now: NOW }));
    const replanned = events(
      renderIcs([talk({ agentId: 'A018', date: '2026-11-25' }), talk({ start: '14:00', end: '14:30', location: 'Room 2' })], { tz: 'Asia/Shanghai', week: WEEK, now: NOW }),
    );
    expect(replanned.map((e) => e.UID).sort()).toEqual(first.map((e) => e.UID).sort());
    const nextWeek = events(renderIcs([talk({ date: '2026-11-30' })], { tz: 'Asia/Shanghai', week: { start: '2026-11-30', end: '2026-12-06' }, now: NOW }));
    expect(nextWeek[0].UID).toBe('2026-W49-A017@talks');
    expect(nextWeek[0].DTSTAMP).toBe('20261123T083005Z');
  });

  it('a later re-plan of the same week has a higher SEQUENCE and a later DTSTAMP, so calendars take it as an update', () => {
    const later = new Date(NOW.getTime() + 90_000);
    const [a] = events(renderIcs([talk()], { tz: 'UTC', week: WEEK, now: NOW }));
    const [b] = events(renderIcs([talk({ start: '14:00', end: '14:30' })], { tz: 'UTC', week: WEEK, now: later }));
    expect(a.UID).toBe(b.UID);
    expect(Number(b.SEQUENCE)).toBe(Number(a.SEQUENCE) + 90);
    expect(b.DTSTAMP > a.DTSTAMP).toBe(true);
  });

  it('control characters in names and places are left out of the calendar', () => {
    const [e] = events(renderIcs([talk({ name: 'Wang\u0001 Fang\u001b', location: 'Room\u0007 1' })], { tz: 'UTC', week: WEEK, now: NOW }));
    expect(e.SUMMARY).toBe('1:1 — A017 Wang Fang (Lead flag)');
    expect(e.LOCATION).toBe('Room 1');
  });

  it('escapes text and folds every line at 75 octets, also for Chinese text', () => {
    const location = 'Room 1, 2F; east\\wing';
    const name = '欧阳娜娜'.repeat(12);
    const ics = renderIcs([talk({ name, location })], { tz: 'Asia/Shanghai', week: WEEK, lang: 'zh-CN', now: NOW });
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [e] = events(ics);
    expect(e.LOCATION).toBe('Room 1\\, 2F\\; east\\\\wing');
    expect(e.SUMMARY).toBe(`1:1 面谈 — A017 ${name}（组长反馈）`);
  });

  it('gives a second talk of the same agent in the week its own UID', () => {
    const evs = events(renderIcs([talk(), talk({ date: '2026-11-26' })], { tz: 'UTC', week: WEEK, now: NOW }));
    expect(evs.map((e) => e.UID)).toEqual(['2026-W48-A017@talks', '2026-W48-A017-2@talks']);
  });

  it('refuses an unknown time zone as a usage error', () => {
    expect(() => renderIcs([talk()], { tz: 'Mars/Olympus', week: WEEK, now: NOW })).toThrow(TalksError);
    try {
      renderIcs([], { tz: 'Mars/Olympus', week: WEEK, now: NOW });
    } catch (e) {
      expect((e as TalksError).exitCode).toBe(2);
    }
  });

  it('writes an empty calendar for a week without talks', () => {
    expect(events(renderIcs([], { tz: 'UTC', week: WEEK, now: NOW }))).toEqual([]);
  });
});
