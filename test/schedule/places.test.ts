import { describe, expect, it } from 'vitest';
import type { Talk } from '../../src/model/types.js';
import { freeRoom, RoomBookings } from '../../src/schedule/rooms.js';
import { Availability, type ShiftTable } from '../../src/schedule/shifts.js';
import { choosePlace, type Place } from '../../src/schedule/spread.js';
import { talk } from './helpers.js';

const place = (date: string, start = '10:00'): Place => ({ date, start, end: '10:45', from: 600, to: 645 });
const MON = '2026-11-23';
const TUE = '2026-11-24';
const WED = '2026-11-25';

describe('choosePlace: where a talk goes among the free places', () => {
  const places = [place(MON), place(TUE), place(WED)];
  const booked = (day: string, ...leads: string[]) => [day, leads.map((lead, i) => talk(`X${day}${i}`, 'routine', WED, { lead }))] as [string, Talk[]];

  it('none free: nowhere', () => {
    expect(choosePlace(talk('A', 'routine', WED), [], new Map())).toBeUndefined();
  });

  it.each(['lead-flag', 'exit'] as const)('a %s talk takes the earliest place, however full that day is', (rule) => {
    const onDay = new Map([booked(MON, 'Lead', 'Lead')]);
    expect(choosePlace(talk('A', rule, WED), places, onDay)).toBe(places[0]);
    expect(choosePlace(talk('A', 'routine', WED, { rules: ['routine', rule] }), places, onDay)).toBe(places[0]);
  });

  it('any other talk: the day with the fewest of its lead’s agents, then the fewest talks, then the earliest', () => {
    const onDay = new Map([booked(MON, 'Other', 'Other'), booked(TUE, 'Lead'), booked(WED, 'Other', 'Other', 'Other')]);
    expect(choosePlace(talk('A', 'routine', WED), places, onDay)).toBe(places[0]);
    expect(choosePlace(talk('A', 'routine', WED, { lead: '' }), places, onDay)).toBe(places[1]);
    expect(choosePlace(talk('A', 'routine', WED), places, new Map())).toBe(places[0]);
    expect(choosePlace(talk('A', 'routine', WED), places, new Map([booked(MON, 'Other')]))).toBe(places[1]);
  });

  it('before its due date when it can, else anywhere', () => {
    const onDay = new Map([booked(MON, 'Lead')]);
    expect(choosePlace(talk('A', 'routine', MON), places, onDay)).toBe(places[0]);
    expect(choosePlace(talk('A', 'routine', '2026-11-20'), places, onDay)).toBe(places[1]);
  });
});

describe('RoomBookings and freeRoom: no two talks at once in one room', () => {
  it('a room is taken only where a booking overlaps, on its day, in its key', () => {
    const rooms = new RoomBookings();
    rooms.book('R1', MON, 600, 645);
    rooms.book('R1', MON, 720, 765);
    expect([rooms.isFree('R1', MON, 555, 600), rooms.isFree('R1', MON, 645, 690)]).toEqual([true, true]);
    expect([rooms.isFree('R1', MON, 630, 675), rooms.isFree('R1', MON, 700, 730), rooms.isFree('R1', MON, 540, 800)]).toEqual([false, false, false]);
    expect([rooms.isFree('R1', TUE, 600, 645), rooms.isFree('R2', MON, 600, 645)]).toEqual([true, true]);
  });

  it('the rotation starts at the turn and wraps; undefined when all are taken, null without rooms', () => {
    const rooms = { names: ['Room 1', 'Room 2', 'Room 3'], keys: ['k1', 'k2', 'k3'] };
    const b = new RoomBookings();
    b.book('k3', MON, 600, 645);
    expect(freeRoom(rooms, 2, b, MON, 600, 645)).toEqual({ name: 'Room 1', key: 'k1' });
    expect(freeRoom({ names: ['Room 1'] }, 0, b, MON, 600, 645)).toEqual({ name: 'Room 1', key: 'Room 1' });
    b.book('k1', MON, 600, 645);
    b.book('k2', MON, 600, 645);
    expect(freeRoom(rooms, 1, b, MON, 600, 645)).toBeUndefined();
    expect(freeRoom({ names: [] }, 0, b, MON, 600, 645)).toBeNull();
  });
});

describe('Availability: talks inside the agent’s shifts', () => {
  const table: ShiftTable = new Map([
    ['DAY', new Map([[MON, [{ start: 540, end: 1080 }]]])],
    ['NIGHT', new Map([[MON, [{ start: 1320, end: 420 }]]])],
    ['ROUND', new Map([[MON, [{ start: 480, end: 480 }]]])],
  ]);
  const a = new Availability(table);

  it('a talk fits inside a shift, up to its very end', () => {
    expect([a.fits('DAY', MON, 540, 585), a.fits('DAY', MON, 1035, 1080)]).toEqual([true, true]);
    expect([a.fits('DAY', MON, 1040, 1085), a.fits('DAY', MON, 500, 545), a.fits('DAY', TUE, 600, 645)]).toEqual([false, false, false]);
  });

  it("a night shift runs past midnight: late that evening and the next morning's tail", () => {
    expect([a.fits('NIGHT', MON, 1320, 1365), a.fits('NIGHT', TUE, 0, 45), a.fits('NIGHT', TUE, 375, 420)]).toEqual([true, true, true]);
    expect([a.fits('NIGHT', TUE, 400, 445), a.fits('NIGHT', MON, 0, 45)]).toEqual([false, false]);
  });

  it('a shift that ends when it starts lasts 24 hours, into the next morning', () => {
    expect([a.fits('ROUND', MON, 600, 645), a.fits('ROUND', TUE, 400, 445)]).toEqual([true, true]);
  });

  it('works during the days only with a shift touching one of them', () => {
    expect([a.worksDuring('DAY', [MON]), a.worksDuring('NIGHT', [TUE]), a.worksDuring('DAY', [TUE, WED]), a.worksDuring('NOBODY', [MON])]).toEqual([true, true, false, false]);
  });

  it('without shift data everyone is available', () => {
    const free = new Availability();
    expect([free.worksDuring('X', [MON]), free.fits('X', MON, 0, 45)]).toEqual([true, true]);
  });
});
