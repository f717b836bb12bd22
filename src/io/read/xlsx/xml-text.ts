/**
 * The parts of a workbook are scanned as latin1 strings: one char per byte, so chunk edges never
 * split a character and all markup is plain ASCII. Text taken out of them is turned back into
 * UTF-8 here, then its XML entities and Excel's `_xHHHH_` escapes are decoded.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(?:#x([0-9a-f]+)|#([0-9]+)|([a-z]+));/gi;
const ESCAPE = /_x([0-9a-f]{4})_/gi;
const HIGH = /[\x80-\xff]/;

function entity(whole: string, hex: string | undefined, dec: string | undefined, name: string | undefined): string {
  if (name !== undefined) return NAMED[name] ?? whole;
  const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
  return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

function decoded(t: string): string {
  if (t.includes('&')) t = t.replace(ENTITY, entity);
  if (t.includes('_x')) t = t.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return t;
}

/** Text holding markup: CDATA sections taken literally, comments, processing instructions and tags dropped. */
function withMarkup(t: string): string {
  let out = '';
  let i = 0;
  for (let a = t.indexOf('<'); a >= 0; a = t.indexOf('<', i)) {
    out += decoded(t.slice(i, a));
    const [open, close] = t.startsWith('<![CDATA[', a) ? ['<![CDATA[', ']]>'] : t.startsWith('<!--', a) ? ['<!--', '-->'] : ['<', '>'];
    const end = t.indexOf(close, a + open.length);
    const stop = end < 0 ? t.length : end;
    if (open === '<![CDATA[') out += t.slice(a + open.length, stop);
    i = end < 0 ? t.length : stop + close.length;
  }
  return out + decoded(t.slice(i));
}

/**
 * Text of the byte range [from, to) of a latin1-scanned part, as the string it stands for;
 * line ends normalised to LF as an XML parser does (`&#13;` stays a CR).
 */
export function xmlText(s: string, from: number, to: number): string {
  let t = s.slice(from, to);
  if (HIGH.test(t)) t = Buffer.from(t, 'latin1').toString('utf8');
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  return t.includes('<') ? withMarkup(t) : decoded(t);
}

export const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The value of attribute `name` in the tag s[from, to), or undefined. Names are matched
 * whole, so `r` is not found in `spans` or `x14ac:r`.
 */
export function attr(s: string, from: number, to: number, name: string): string | undefined {
  const range = attrRange(s, from, to, name);
  return range < 0 ? undefined : xmlText(s, range, s.indexOf(s[range - 1], range));
}

/** Start of attribute `name`'s value in s[from, to) (after its quote), or -1. */
export function attrRange(s: string, from: number, to: number, name: string): number {
  for (let i = s.indexOf(name, from); i >= 0 && i < to; i = s.indexOf(name, i + 1)) {
    if (!isSpace(s.charCodeAt(i - 1))) continue;
    let j = i + name.length;
    while (isSpace(s.charCodeAt(j))) j++;
    if (s.charCodeAt(j) !== 61 /* = */) continue;
    j++;
    while (isSpace(s.charCodeAt(j))) j++;
    const q = s.charCodeAt(j);
    if (q === 34 || q === 39) return j + 1;
  }
  return -1;
}

/** Every element `<name …>` or `<name …/>` of s, as the [start, end) of its start tag. */
export function* tags(s: string, name: string): Generator<[number, number]> {
  const open = `<${name}`;
  for (let i = s.indexOf(open); i >= 0; i = s.indexOf(open, i + 1)) {
    const c = s.charCodeAt(i + open.length);
    if (!isSpace(c) && c !== 62 && c !== 47) continue;
    const end = s.indexOf('>', i);
    if (end < 0) return;
    yield [i, end + 1];
  }
}
