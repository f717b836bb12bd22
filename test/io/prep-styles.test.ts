import { describe, expect, it } from 'vitest';
import { tableStyle } from '../../src/io/write/workbook/prep-styles.js';

/**
 * A form's table cells take one constant style per kind (the streamed sheet numbers each once):
 * each is the style it stands for, the same object every time, and a kind of its own for an
 * option left unset (a font with `bold: undefined` is not one with `bold: false`).
 */
const FORMATS = [undefined, '0.0%', '[m]:ss'];
const OPTIONS = [undefined, false, true];
const kinds = FORMATS.flatMap((numFmt) => [true, false].flatMap((first) => OPTIONS.flatMap((bold) => OPTIONS.map((grey) => ({ first, numFmt, bold, grey })))));

describe('tableStyle', () => {
  it.each(kinds)('$numFmt, first $first, bold $bold, grey $grey: the style it stands for, one object', ({ first, numFmt, bold, grey }) => {
    const style = tableStyle(first, numFmt, { bold, grey });
    expect(style).toStrictEqual({
      numFmt,
      font: { bold, italic: grey, color: grey ? { argb: 'FF595959' } : undefined },
      alignment: { horizontal: first ? 'left' : 'center', wrapText: false },
      border: { bottom: { style: 'hair', color: { argb: 'FFBFBFBF' } } },
    });
    expect(tableStyle(first, numFmt, { bold, grey })).toBe(style);
  });

  it('gives each kind its own object', () => {
    expect(new Set(kinds.map((k) => tableStyle(k.first, k.numFmt, k))).size).toBe(kinds.length);
  });
});
