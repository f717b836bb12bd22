import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/text/width.js';

/** The definition: each character (code point) is two wide when it is CJK or full-width, else one. */
function byDefinition(s: string): number {
  let w = 0;
  for (const ch of s) w += /^[\u2e80-\u9fff\uff00-\uffef]$/.test(ch) ? 2 : 1;
  return w;
}

describe('textWidth', () => {
  it.each([
    ['', 0],
    ['A007', 4],
    ['王小明', 6],
    ['Ｔｅａｍ', 8],
    ['Team 北区', 9],
    ['😀 ok', 4],
    ['\ud83d', 1],
    ['\ude00x', 2],
    ['⺀鿿\u2e7f\ua000', 6],
  ])('%j is %i wide', (s, w) => expect(textWidth(s)).toBe(w));

  it('agrees with the definition on any text, lone surrogates and CJK ranges included', () => {
    const cjk = fc.integer({ min: 0x2e70, max: 0xa010 }).map((c) => String.fromCharCode(c));
    const wide = fc.integer({ min: 0xfef0, max: 0xfff5 }).map((c) => String.fromCharCode(c));
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const text = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), cjk, wide, unit), { maxLength: 20 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (s) => textWidth(s) === byDefinition(s)), { numRuns: 5000 });
  });
});
