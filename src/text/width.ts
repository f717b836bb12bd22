/**
 * Display width in a terminal or a spreadsheet column: CJK characters (U+2E80–U+9FFF, the
 * full-width forms U+FF00–U+FFEF) take two, any other character one (a surrogate pair is one
 * character). Read from the char codes: the workbook measures every cell of its tables with it.
 */
export function textWidth(s: string): number {
  let w = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x2e80) continue;
    if (c <= 0x9fff || (c >= 0xff00 && c <= 0xffef)) w++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        w--;
        i++;
      }
    }
  }
  return w;
}
