import { describe, expect, it } from 'vitest';
import { fitWidths, renderCsv, renderTable } from '../../src/cli/render.js';

describe('fitWidths', () => {
  it.each([
    ['fits already', [5, 10, 20], [5, 5, 5], 60, [5, 10, 20]],
    ['the free-text last column wraps first, to 28', [5, 10, 60], [5, 5, 8], 60, [5, 10, 35]],
    ['then the widest other column, not below its longest word', [9, 30, 30, 60], [9, 12, 20, 8], 80, [9, 18, 20, 20]],
    ['the last column wraps only as far as the width needs', [9, 30, 30, 60], [9, 12, 20, 8], 120, [9, 30, 30, 38]],
    ['gives up rather than split words', [20, 20], [20, 20], 10, [20, 20]],
  ])('%s', (_label, natural, words, max, expected) => {
    expect(fitWidths(natural, words, max)).toEqual(expected);
  });

  it('keeps a rendered table within the width', () => {
    const long = 'word '.repeat(40).trim();
    const out = renderTable(['A', 'Why'], [['x', long]], false, 50);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(50);
  });
});

describe('renderCsv', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['@me', "'@me"],
    ['\tTab', "'\tTab"],
    ['\rX', '"\'\rX"'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['plain', 'plain'],
  ])('%j → %j', (value, cell) => {
    expect(renderCsv(['h'], [[value]])).toBe(`h\r\n${cell}\r\n`);
  });

  it('keeps numbers as numbers, negative ones too', () => {
    expect(renderCsv(['n', 'm'], [[-3, 2.5]])).toBe('n,m\r\n-3,2.5\r\n');
  });
});
