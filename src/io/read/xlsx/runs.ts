import { xmlText } from './xml-text.js';

/**
 * The text of a string item (`<si>` or `<is>`) in s[from, to): one `<t>`, or rich-text runs
 * joined. Phonetic runs (`<rPh>`, the furigana of Japanese names) are not part of the text.
 * Walks the item's tags one by one, so the cost is the item's length, not the chunk's.
 */
export function runsText(s: string, from: number, to: number): string {
  let out = '';
  let i = s.indexOf('<', from);
  while (i >= 0 && i < to) {
    const c = s.charCodeAt(i + 1);
    const c2 = s.charCodeAt(i + 2);
    if (c === 116 /* t */ && (c2 === 62 || c2 === 32 || c2 === 9 || c2 === 10 || c2 === 13)) {
      const open = s.indexOf('>', i);
      if (s.charCodeAt(open - 1) === 47) {
        i = s.indexOf('<', open);
        continue;
      }
      const close = s.indexOf('</t>', open);
      if (close < 0 || close > to) break;
      out += xmlText(s, open + 1, close);
      i = s.indexOf('<', close + 4);
    } else if (c === 114 /* r */ && c2 === 80 /* P */ && s.charCodeAt(i + 3) === 104 /* h */) {
      const open = s.indexOf('>', i);
      const close = s.charCodeAt(open - 1) === 47 ? open - 5 : s.indexOf('</rPh>', open);
      if (close < 0 || close > to) break;
      i = s.indexOf('<', close + 6);
    } else {
      i = s.indexOf('<', i + 1);
    }
  }
  return out;
}
