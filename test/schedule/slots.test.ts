import { describe, expect, it } from 'vitest';
import { TalksError } from '../../src/errors.js';
import { daySlots } from '../../src/schedule/slots.js';
import { settings } from './helpers.js';

describe('daySlots', () => {
  it('defaults: 45-minute talks, 15 minutes apart, 10–12 and 14–17:30', () => {
    expect(daySlots(settings())).toEqual([
      { start: '10:00', end: '10:45' },
      { start: '11:00', end: '11:45' },
      { start: '14:00', end: '14:45' },
      { start: '15:00', end: '15:45' },
      { start: '16:00', end: '16:45' },
    ]);
  });

  it.each([
    [30, 0, [['10:00', '12:00']], ['10:00', '10:30', '11:00', '11:30']],
    [60, 15, [['14:00', '17:30']], ['14:00', '15:15', '16:30']],
    [60, 0, [['09:00', '09:59']], []],
    [45, 15, [['14:00', '15:00'], ['9:00', '10:00']], ['09:00', '14:00']],
    [50, 10, [['08:30', '10:20']], ['08:30', '09:30']],
  ] as const)('%i min, gap %i, hours %j → starts %j', (talkMinutes, gapMinutes, hours, starts) => {
    const slots = daySlots(settings({ talkMinutes, gapMinutes, hours: hours.map(([a, b]) => [a, b]) }));
    expect(slots.map((s) => s.start)).toEqual(starts);
  });

  it.each([
    ['talk too short', { talkMinutes: 29 }, /29 minutes/],
    ['talk too long', { talkMinutes: 61 }, /61 minutes/],
    ['talk not whole minutes', { talkMinutes: 45.5 }, /45.5 minutes/],
    ['negative gap', { gapMinutes: -5 }, /gap of -5/],
    ['bad time', { hours: [['10', '12:00']] as [string, string][] }, /"10" is not a time/],
    ['hour 24', { hours: [['10:00', '24:00']] as [string, string][] }, /"24:00" is not a time/],
    ['range backwards', { hours: [['12:00', '10:00']] as [string, string][] }, /end before they start/],
    ['ranges overlap', { hours: [['10:00', '12:00'], ['11:00', '13:00']] as [string, string][] }, /overlap/],
  ])('%s is an error', (_label, over, message) => {
    const run = () => daySlots(settings(over));
    expect(run).toThrow(TalksError);
    expect(run).toThrow(message);
  });
});
