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
    ['a time with more before it', { hours: [['110:00', '12:00']] as [string, string][] }, /"110:00" is not a time/],
    ['a time with more after it', { hours: [['10:00', '12:00h']] as [string, string][] }, /"12:00h" is not a time/],
  ])('%s is an error', (_label, over, message) => {
    const run = () => daySlots(settings(over));
    expect(run).toThrow(TalksError);
    expect(run).toThrow(message);
  });

  it.each([
    ['a range that ends as it starts', [['10:00', '10:00']], { kind: 'reversed', value: '10:00–10:00' }],
    ['a range backwards', [['12:00', '9:30']], { kind: 'reversed', value: '12:00–09:30' }],
    ['the later of two overlapping ranges', [['11:00', '13:00'], ['10:00', '12:00']], { kind: 'overlap', value: '11:00–13:00' }],
  ] as const)('%s is named in the error', (_label, hours, args) => {
    expect(() => daySlots(settings({ hours: hours.map(([a, b]) => [a, b]) }))).toThrow(expect.objectContaining({ args }));
  });

  it('ranges that touch are fine', () => {
    expect(daySlots(settings({ talkMinutes: 60, gapMinutes: 0, hours: [['10:00', '11:00'], ['11:00', '12:00']] })).map((x) => x.start)).toEqual(['10:00', '11:00']);
  });
});
