import { describe, expect, it } from 'vitest';
import { MAX_SHEET_NAME, prepSheetName } from '../../src/io/write/workbook/prep-sheet-name.js';

const FIXED = ['Schedule', 'Team leads', 'Backlog', 'Ranking', 'Swings', 'Data check'];

describe('prepSheetName', () => {
  it.each([
    ['A012', 'Ryan Fletcher', 'A012 Ryan Fletcher'],
    ['A009', '周婷', 'A009 周婷'],
    ['A100', 'Maximiliana Alexandra Fitzgerald-Worthington', 'A100 Maximiliana Alexandra Fitz'],
    ['A1', 'a/b\\c?d*e[f]g:h', 'A1 a_b_c_d_e_f_g_h'],
    ['A2', "O'Brien'", "A2 O'Brien"],
    ["'A3", 'Ng', 'A3 Ng'],
    ['A4', '  Lots   of\tspace ', 'A4 Lots of space'],
    ['A5', '', 'A5'],
    ['A6', 'Anna-Maria Kowalczyk-Nowakowsk', 'A6 Anna-Maria Kowalczyk-Nowakow'],
    ['A7', 'Twenty-three characters x', 'A7 Twenty-three characters x'],
  ])('%s %s → %s', (id, name, expected) => {
    const got = prepSheetName(id, name, FIXED);
    expect(got).toBe(expected);
    expect(got.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(got).not.toMatch(/[/\\?*[\]:]|^'|'$/);
  });

  it('never cuts into an apostrophe or a space at the end', () => {
    expect(prepSheetName('A10', "Jean-Baptiste Dupont d'Estai'ng", [])).toBe("A10 Jean-Baptiste Dupont d'Esta");
    expect(prepSheetName('A11', `${'x'.repeat(26)}'abc`, [])).toBe(`A11 ${'x'.repeat(26)}`);
    expect(prepSheetName('A11', `${'x'.repeat(26)} abc`, [])).toBe(`A11 ${'x'.repeat(26)}`);
  });

  it('never splits a character outside the BMP', () => {
    const got = prepSheetName('A12', `${'x'.repeat(26)}𠮷𠮷`, []);
    expect(got).toBe(`A12 ${'x'.repeat(26)}`);
    expect(prepSheetName('A13', `${'x'.repeat(24)}𠮷`, [])).toBe(`A13 ${'x'.repeat(24)}𠮷`);
  });

  it('makes duplicates unique with a suffix, compared as Excel does (case-insensitive)', () => {
    const taken = [...FIXED];
    const names = ['Li Na', 'LI NA', 'Li Na'].map((n) => {
      const name = prepSheetName('A020', n, taken);
      taken.push(name);
      return name;
    });
    expect(names).toEqual(['A020 Li Na', 'A020 LI NA (2)', 'A020 Li Na (3)']);
  });

  it('keeps a suffixed long name within 31 characters', () => {
    const long = 'Maximiliana Alexandra Fitzgerald-Worthington';
    const first = prepSheetName('A100', long, []);
    const second = prepSheetName('A100', long, [first]);
    expect(second).toBe('A100 Maximiliana Alexandra (2)');
    expect(second.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });

  it('steers clear of the fixed sheets and the name Excel reserves', () => {
    expect(prepSheetName('Ranking', '', FIXED)).toBe('Ranking (2)');
    expect(prepSheetName('History', '', [])).toBe('History (2)');
  });
});
