import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SharedStringTable, sharedStringsXml } from '../../src/io/write/workbook/shared-strings-xml.js';

const require = createRequire(import.meta.url);
type Strings = { add(s: string): number; count: number; values: unknown[]; totalRefs: number };
const SharedStrings = require('exceljs/lib/utils/shared-strings.js') as new () => Strings;
const SharedStringsXform = require('exceljs/lib/xlsx/xform/strings/shared-strings-xform.js') as new () => { toXml(model: Strings): string };
const { xmlEncode } = require('exceljs/lib/utils/utils.js') as { xmlEncode(s: string): string };

/** What exceljs 4.4's streamed workbook writes as xl/sharedStrings.xml for these strings, added in this order. */
function exceljsXml(adds: readonly string[]): { xml: string; values: string[] } {
  const strings = new SharedStrings();
  const values: string[] = [];
  for (const s of adds) if (strings.add(s) === values.length) values.push(s);
  return { xml: new SharedStringsXform().toXml(strings), values };
}

const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(' ', '\n', '\t', '\r', '\u0000', '\u0008', '\u000b', '\u001f', '\u007f', '&', '<', '>', '"', "'", '王小明', '😀', '\ud800', '_x0041_', '\u00a0', '\u3000'),
);
const text = fc.array(piece, { maxLength: 5 }).map((p) => p.join(''));

describe('the shared strings part', () => {
  it('is the XML exceljs renders, for any strings (white space, control characters, escapes, repeats)', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 40 }), (adds) => {
        const { xml, values } = exceljsXml(adds);
        expect(sharedStringsXml(values, xmlEncode)).toBe(xml);
      }),
      { numRuns: 2000 },
    );
  });

  it('are numbered as exceljs numbers them, kept on a Map (repeats, "__proto__", numbers-as-text)', () => {
    const key = fc.oneof(text, fc.constantFrom('__proto__', 'constructor', 'toString', '1', '01', ''));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }), (adds) => {
        const [ours, theirs] = [new SharedStringTable(), new SharedStrings()];
        expect(adds.map((s) => ours.add(s))).toEqual(adds.map((s) => theirs.add(s)));
        expect([ours.count, ours.totalRefs, ours.values]).toEqual([theirs.count, theirs.totalRefs, theirs.values]);
      }),
      { numRuns: 1000 },
    );
  });

  it('tells a difference apart (a planted change is seen)', () => {
    const { xml, values } = exceljsXml(['a', ' b', 'c\n']);
    expect(sharedStringsXml(values, xmlEncode)).toBe(xml);
    expect(sharedStringsXml(['a', 'b', 'c\n'], xmlEncode)).not.toBe(xml);
  });
});
