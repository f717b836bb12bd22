import fs from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { csvText, readAll, tempDir } from './helpers.js';

const file = tempDir();

/** Characters GBK can encode too, with the troublemakers: quotes, spaces, line breaks. */
const CHARS = ['a', 'Z', '7', ' ', '.', '-', '"', '\n', '张', '组', '％', 'é'];
const cell = fc.array(fc.constantFrom(...CHARS), { maxLength: 6 }).map((cs) => cs.join(''));

const ENCODERS: Record<string, (t: string) => Buffer> = {
  utf8: (t) => Buffer.from(t, 'utf8'),
  utf8bom: (t) => Buffer.from(`\ufeff${t}`, 'utf8'),
  utf16le: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(t, 'utf16le')]),
  utf16be: (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(t, 'utf16be')]),
  gbk: (t) => iconv.encode(t, 'gbk'),
};

describe('readCsv round trip (property)', () => {
  let n = 0;
  it('any cells, in any supported encoding, delimiter and line ending, read back with their starting line numbers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 5 }).chain((cols) =>
          fc.tuple(
            fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 8 }),
            fc.constant(cols),
          ),
        ),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom(...Object.keys(ENCODERS)),
        async ([body, cols], delimiter, eol, encoding) => {
          const header = Array.from({ length: cols }, (_, i) => `col${i}`);
          const rows = [header, ...body];
          const f = file(`prop-${n++}.csv`);
          fs.writeFileSync(f, ENCODERS[encoding](csvText(rows, delimiter, eol)));
          const [table] = await readAll(f);
          expect(table.rows.map((r) => r.cells)).toEqual(rows);
          const starts: number[] = [];
          let line = 1;
          for (const r of rows) {
            starts.push(line);
            line += 1 + r.join('').split('\n').length - 1;
          }
          expect(table.rows.map((r) => r.row)).toEqual(starts);
        },
      ),
      { numRuns: 40 },
    );
  });
});
