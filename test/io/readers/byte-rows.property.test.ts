import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawRow } from '../../../src/io/read/raw.js';
import { readRowBytes } from '../../../src/io/read/xlsx/byte-rows.js';
import { RowScanner } from '../../../src/io/read/xlsx/sheet.js';
import { SheetRows } from '../../../src/io/read/xlsx/sheet-rows.js';

/**
 * Differential test of the xlsx scanner's byte path (byte-rows.ts: rows of the common shape
 * read straight from the inflated bytes) against the text scanner alone (`new RowScanner(ctx,
 * false)`): random worksheets mixing the common shape with every near miss (formulas, CDATA,
 * comments, spaces between tags, other attributes, rows without `r`, cells out of the grid),
 * cut into chunks anywhere, must give the same rows, the same cells and the same errors.
 */
const SHARED = ['Agent ID', 'Date', '坐席', '', ' x ', 'a&b'];
const ctx = { shared: SHARED, dateStyles: [false, true, false, true], date1904: false };

const letters = fc.constantFrom('A', 'B', 'C', 'H', 'Z', 'AA', 'b', 'XFD', 'XFE', 'AAAA');
const num = fc.constantFrom('0', '7', '46023', '46023.5', '0.623', '-3', '1e3', '1.5E-2', '', ' 5', '12345678901234567', '0.12345678901234567', '1.2345678901234567', '0.1234567890123456', '123456789012345.6', '.5', '5.', '-', 'x', '1.2.3', '00012');
const cellValue = fc.oneof(
  { weight: 6, arbitrary: num.map((v) => ['', `<v>${v}</v>`]) },
  { weight: 3, arbitrary: fc.constantFrom('0', '1', '2', '5', '6', '99', '', '1.5').map((v) => ['s', `<v>${v}</v>`]) },
  fc.constantFrom(['str', '<v>a&amp;b</v>'], ['str', '<v>坐席</v>'], ['str', '<v></v>'], ['str', '<v>x\r\ny</v>'], ['b', '<v>1</v>'], ['b', '<v>0</v>'], ['b', '<v></v>']),
  fc.constantFrom(['e', '<v>#N/A</v>'], ['d', '<v>2026-01-05</v>'], ['d', '<v>10:30</v>'], ['d', '<v></v>'], ['inlineStr', '<is><t>A3</t></is>'], ['inlineStr', '']),
  fc.constantFrom(['', '<f>A1</f><v>2</v>'], ['', '<v><![CDATA[12]]></v>'], ['s', '<v>1</v><!-- x -->'], ['', ' <v>1</v>'], ['', '<v>1</v> '], ['str', '<v/>'], ['', '<f>A1</f>']),
);
const attrs = fc.constantFrom('', ' s="1"', ' s="2"', ' s="3"', ' s="0"', ' s="1234567890"', ' t="n"', ' s="1" t="s"', ' t="s" s="3"', ' cm="1"', " s='1'", ' s=""');
const cell = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(letters, attrs, cellValue, fc.constantFrom('', '', '', '/')).map(([l, a, [t, inner], self]) => ({ l, a, t, inner, self })) },
  { weight: 1, arbitrary: fc.constantFrom('<c>', '<c/>', '<c r="B">', '<c  r="C1">', '\n', '<!-- <row r="9"><c r="A9"><v>9</v></c></row> -->', '</x>').map((raw) => ({ raw })) },
);
const rowTag = fc.constantFrom('<row r="R">', '<row r="R" spans="1:8">', '<row r="R"/>', '<row>', '<row spans="1:2" r="R">', '<row r="0">', '<row r="">', '<row r="9999999">', '<row r="R" >');

type Cell = { raw: string } | { l: string; a: string; t: string; inner: string; self: string };
function cellXml(c: Cell, row: number): string {
  if ('raw' in c) return c.raw.startsWith('<c') && !c.raw.endsWith('/>') ? `${c.raw}<v>1</v></c>` : c.raw;
  const t = c.t && !c.a.includes('t=') ? ` t="${c.t}"` : '';
  const open = `<c r="${c.l}${row}"${c.a}${t}`;
  return c.self ? `${open}/>` : `${open}>${c.inner}</c>`;
}

const sheet = fc
  .array(fc.tuple(rowTag, fc.array(cell, { maxLength: 6 })), { minLength: 1, maxLength: 25 })
  .map((rows) => {
    const body = rows.map(([tag, cells], k) => {
      const r = String(k + 1);
      const open = tag.replace('R', r);
      return open.endsWith('/>') ? open : `${open}${cells.map((c) => cellXml(c, k + 1)).join('')}</row>`;
    });
    return `<?xml version="1.0"?><worksheet><sheetData>${body.join('')}</sheetData></worksheet>`;
  });
const withCuts = sheet.chain((xml) => fc.tuple(fc.constant(xml), fc.array(fc.nat({ max: Buffer.byteLength(xml) }), { maxLength: 6 })));

/** Every row the scanner reads from `xml` fed in pieces, or the error it throws. */
function scan(xml: string, cuts: number[], bytes: boolean): RawRow[] | string {
  const scanner = new RowScanner(ctx, bytes);
  const data = Buffer.from(xml, 'utf8');
  const out: RawRow[] = [];
  let from = 0;
  try {
    for (const cut of [...cuts, data.length].sort((a, b) => a - b)) {
      // A fresh copy: the scanner must not depend on bytes past the chunk it was given.
      scanner.feed(Buffer.from(data.subarray(from, cut)), out);
      from = cut;
    }
    scanner.end();
  } catch (e) {
    return (e as Error).message;
  }
  return out;
}

describe('the xlsx byte scanner against the text scanner', () => {
  it('reads the same rows, cells and errors from random worksheets cut anywhere', () => {
    fc.assert(
      fc.property(withCuts, ([xml, cuts]) => {
        expect(scan(xml, cuts, true)).toEqual(scan(xml, cuts, false));
      }),
      { numRuns: 3_000 },
    );
  });

  it('reads a row held from one chunk to the next wherever the chunks are cut, a </row> in a comment too', () => {
    const xml =
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><!-- </row><row r="7"> --><c r="B1" t="s"><v>2</v></c></row>' +
      '<row r="2"><c r="A2" s="1"><v>46023</v></c><c r="C2" t="str"><v>坐席 a&amp;b</v></c></row><row r="3"/></sheetData>';
    const want = scan(xml, [], false);
    expect(want).toEqual([
      { row: 1, cells: [1, '坐席'] },
      { row: 2, cells: [new Date(Date.UTC(2026, 0, 1)), null, '坐席 a&b'] },
      { row: 3, cells: [] },
    ]);
    const end = Buffer.byteLength(xml);
    for (let a = 0; a < end; a++) for (let b = a; b < end; b += 5) expect(scan(xml, [a, b], true)).toEqual(want);
  });

  it('reads rows of the common shape itself, to the end of the bytes', () => {
    const common = fc.array(fc.array(fc.tuple(fc.constantFrom('A', 'B', 'H', 'AB'), fc.constantFrom(['', ' s="1"', '<v>46023</v>'], ['', '', '<v>0.623</v>'], [' t="s"', '', '<v>2</v>'], ['', '', ''], [' t="str"', ' s="2"', '<v>a&amp;b</v>'])), { maxLength: 8 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(common, (rows) => {
        const xml = rows
          .map((cells, k) => `<row r="${k + 1}" spans="1:8">${cells.map(([l, [t, s, v]]) => (v ? `<c r="${l}${k + 1}"${t}${s}>${v}</c>` : `<c r="${l}${k + 1}"${s}/>`)).join('')}</row>`)
          .join('');
        const bytes = Buffer.from(`${xml}</sheetData>`);
        const scanner = new RowScanner(ctx);
        const out = new SheetRows();
        expect(readRowBytes(bytes, 0, scanner, out)).toBe(bytes.length);
        expect(out.toRows()).toEqual(scan(`${xml}</sheetData>`, [], false));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves a row of any other shape to the text scanner, its cells dropped', () => {
    const scanner = new RowScanner(ctx);
    const out = new SheetRows();
    const xml = '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c><c r="B2"><f>A2</f><v>2</v></c></row>';
    const bytes = Buffer.from(`${xml}</sheetData>`);
    expect(readRowBytes(bytes, 0, scanner, out)).toBe(xml.indexOf('<row r="2"'));
    expect(out.toRows()).toEqual([{ row: 1, cells: [1] }]);
    expect(scanner.lastRow).toBe(1);
  });
});
