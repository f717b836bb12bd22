import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCommonTag, readTag, type CellTag } from '../../../src/io/read/xlsx/cell-tag.js';

/**
 * Differential test of the xlsx scanner's fast path for <c> tags (readCommonTag: the shape
 * every common writer uses, read in one pass) against the general attribute loop (readTag):
 * wherever the fast path reads a tag, it must end it where the scanner would (the first `>`)
 * and read the same r, s and t; near misses (other attributes, quotes, spaces, `>` in a value,
 * a cut chunk) must be left to the general loop, and the common shape must never be.
 */
const letters = fc.array(fc.constantFrom('A', 'B', 'Z', 'a', 'x'), { minLength: 1, maxLength: 3 }).map((l) => l.join(''));
const digits = (min: number, max: number) => fc.array(fc.constantFrom('0', '1', '2', '7', '9'), { minLength: min, maxLength: max }).map((d) => d.join(''));
const ref = fc.tuple(letters, digits(0, 7)).map(([l, d]) => ` r="${l}${d}"`);
const style = digits(1, 9).map((d) => ` s="${d}"`);
const type = fc.constantFrom('s', 'n', 'str', 'b', 'e', 'd', 'inlineStr', 'x', 'S').map((t) => ` t="${t}"`);
const end = fc.constantFrom('>', '/>');
/** The common shape: r first, then s and t in any order (or left out), then the end. */
const common = fc
  .tuple(ref, fc.subarray([0, 1]), style, type, fc.boolean(), end)
  .map(([r, which, s, t, swap, e]) => {
    const rest = which.map((w) => (w === 0 ? s : t));
    return `<c${r}${(swap ? rest.reverse() : rest).join('')}${e}`;
  });
/** Anything near it: the same attributes and others, in any order, with other quotes and spaces. */
const piece = fc.oneof(
  ref,
  style,
  type,
  fc.constantFrom(' s=""', ' t=""', ' s="1e3"', ' s="01"', ' s="1234567890"', " r='B2'", ' r="2"', ' r="B2B"', ' r = "C3"', '  r="D4"', '\tr="E5"'),
  fc.constantFrom(' t=">"', ' t="s>"', ' x14ac:dyDescent="0.25"', ' cm="1"', ' vm="2"', ' ss="3"', ' r="A1" ', ' /'),
);
const near = fc.tuple(fc.array(piece, { maxLength: 4 }), fc.constantFrom('>', '/>', ' >', '/ >', '', ' ')).map(([ps, e]) => `<c${ps.join('')}${e}`);

/** The tag's reading by each path, as the scanner calls them on a chunk ending at `limit`. */
function read(tag: string, cut?: number) {
  const s = `<row r="2">${tag}<v>1</v></c></row>${' '.repeat(12)}`;
  const p = s.indexOf('<c') + 2;
  const limit = cut === undefined ? s.length - 8 : Math.min(s.length - 8, p + cut);
  const fast: CellTag = { ref: 99, style: 99, type: 99 as CellTag['type'] };
  const at = readCommonTag(s, p, limit, fast);
  const tagEnd = s.indexOf('>', p);
  const general: CellTag = { ref: 98, style: 98, type: 98 as CellTag['type'] };
  if (tagEnd >= 0) readTag(s, p, tagEnd, general);
  return { at, fast, tagEnd, general, limit };
}

describe('readCommonTag, the xlsx scanner reading a <c> tag in one pass', () => {
  it('reads every tag of the common shape, as the general loop reads it', () => {
    fc.assert(
      fc.property(common, (tag) => {
        const { at, fast, tagEnd, general } = read(tag);
        expect(at).toBe(tagEnd);
        expect(fast).toEqual(general);
      }),
      { numRuns: 5_000 },
    );
  });

  it('reads any other tag as the general loop does, or leaves it to it', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.oneof(common, near), fc.option(fc.nat({ max: 40 }), { nil: undefined }), (tag, cut) => {
        const { at, fast, tagEnd, general, limit } = read(tag, cut);
        if (at < 0) return;
        taken++;
        expect(at).toBe(tagEnd);
        expect(at).toBeLessThan(limit);
        expect(fast).toEqual(general);
      }),
      { numRuns: 10_000 },
    );
    expect(taken).toBeGreaterThan(1_000);
  });

  it.each([
    ['<c r="B2" s="1" t="s">', { ref: 1, style: 1 }],
    ['<c r="AA10" t="n" s="12"/>', { ref: 26, style: 12 }],
    ['<c r="xfd1048576">', { ref: 16_383, style: 0 }],
  ])('%s', (tag, want) => {
    const { at, fast } = read(tag);
    expect(at).toBeGreaterThan(0);
    expect(fast).toMatchObject(want);
  });

  it.each(['<c r="B2" x14ac:dyDescent="0.25">', "<c r='B2'>", '<c  r="B2">', '<c s="1" r="B2">', '<c r="B2" t=">">', '<c r="2">', '<c r="B2" s="">', '<c r="B2" s="1234567890">', '<c r="B2" >'])('leaves %s to the general loop', (tag) => {
    expect(read(tag).at).toBe(-1);
  });
});
