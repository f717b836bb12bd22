import { describe, expect, it } from 'vitest';
import {
  FLAG_WORDS,
  STATUS_WORDS,
  isBlank,
  isNoFlag,
  isPlaceholder,
  parseFlag,
  parseStatus,
  parseText,
} from '../../src/columns/values.js';
import type { LeadFlag, Status } from '../../src/model/types.js';

const statusWords = (Object.keys(STATUS_WORDS) as Status[]).flatMap((s) => STATUS_WORDS[s].map((w) => [w, s] as const));
const flagWords = (Object.keys(FLAG_WORDS) as LeadFlag[]).flatMap((f) => FLAG_WORDS[f].map((w) => [w, f] as const));

describe('parseStatus', () => {
  it.each([
    ['Active', 'active'], ['在职', 'active'], ['Employed', 'active'], ['正式', 'active'], ['试用', 'active'],
    ['On leave', 'leave'], ['Leave', 'leave'], ['休假', 'leave'], ['请假', 'leave'], ['产假', 'leave'],
    ['Notice', 'notice'], ['Notice given', 'notice'], ['已提离职', 'notice'], ['待离职', 'notice'],
    ['Left', 'left'], ['离职', 'left'], ['已离职', 'left'], ['Terminated', 'left'], ['Voluntarily Terminated', 'left'],
    ['Terminated for Cause', 'left'], ['Resigned', 'left'],
    ['ACTIVE', 'active'], [' active ', 'active'], ['on-leave', 'leave'], ['ON_LEAVE', 'leave'], ['Leave of Absence', 'leave'],
    ['notice  given', 'notice'], ['voluntarily terminated', 'left'], ['Ａｃｔｉｖｅ', 'active'],
  ] as const)('%j → %s', (cell, status) => {
    expect(parseStatus(cell)).toEqual({ ok: true, value: status });
  });

  it.each(statusWords)('knows %j as %s', (word, status) => {
    expect(parseStatus(word)).toEqual({ ok: true, value: status });
  });

  it.each(['Contractor', 'Leaving soon?', 'X', '', 42])('refuses %j', (cell) => {
    expect(parseStatus(cell)).toMatchObject({
      ok: false,
      reason: `"${String(cell)}" is not a known status; use Active, On leave, Notice or Left (在职, 休假, 已提离职, 离职)`,
    });
  });
});

describe('parseFlag', () => {
  it.each([
    ['mood', 'mood'], ['Mood change', 'mood'], ['情绪变化', 'mood'], ['情绪波动', 'mood'], ['MOOD CHANGE', 'mood'],
    ['mood-change', 'mood'], ['resign', 'resign'], ['Resignation intent', 'resign'], ['有离职倾向', 'resign'],
    ['离职倾向', 'resign'], ['RESIGNATION INTENT', 'resign'], [' resign ', 'resign'],
  ] as const)('%j → %s', (cell, flag) => {
    expect(parseFlag(cell)).toEqual({ ok: true, value: flag });
  });

  it.each(flagWords)('knows %j as %s', (word, flag) => {
    expect(parseFlag(word)).toEqual({ ok: true, value: flag });
  });

  it.each(['happy', 'sick', '?'])('refuses %j', (cell) => {
    expect(parseFlag(cell)).toMatchObject({
      ok: false,
      reason: `"${cell}" is not a known lead flag; use Mood change or Resignation intent (情绪变化, 有离职倾向)`,
    });
  });

  it.each([
    [null, true], ['', true], ['  ', true], ['No', true], ['none', true], ['N/A', true], ['-', true], ['无', true],
    ['否', true], ['正常', true], ['Normal', true], ['mood', false], ['happy', false],
  ] as const)('isNoFlag(%j) is %s', (cell, none) => {
    expect(isNoFlag(cell)).toBe(none);
  });
});

describe('isBlank', () => {
  it.each([
    [null, true], [undefined, true], ['', true], ['   ', true], ['\t\n', true], ['\u3000', true], ['\u00a0', true],
    ['x', false], [0, false], [false, false], [new Date(0), false], ['-', false],
  ] as const)('%j → %s', (cell, blank) => {
    expect(isBlank(cell)).toBe(blank);
  });
});

describe('isPlaceholder', () => {
  it.each([
    ['-', true], ['--', true], ['—', true], ['/', true], ['N/A', true], [' n/a ', true], ['NA', true], ['#N/A', true],
    ['#DIV/0!', true], ['#VALUE!', true], ['#REF!', true], ['null', true], ['None', true], ['无', true], ['暂无', true],
    ['0', false], ['abc', false], ['', false], [0, false], [null, false], ['-5', false],
  ] as const)('%j → %s', (cell, placeholder) => {
    expect(isPlaceholder(cell)).toBe(placeholder);
  });
});

describe('parseText', () => {
  it.each([
    [null, ''], ['  Ann Lee  ', 'Ann Lee'], [1001, '1001'], [1001.0, '1001'], [0.1 + 0.2, '0.3'], [12.5, '12.5'],
    [-3, '-3'], [true, 'TRUE'], [false, 'FALSE'],
    [new Date(Date.UTC(2026, 10, 23)), '2026-11-23'],
    [new Date(Date.UTC(2026, 10, 23, 8, 30)), '2026-11-23 08:30:00'],
    [new Date(Date.UTC(1899, 11, 30, 0, 2, 23)), '00:02:23'],
    [new Date(Number.NaN), ''],
  ] as const)('%j → %j', (cell, text) => {
    expect(parseText(cell)).toBe(text);
  });
});
