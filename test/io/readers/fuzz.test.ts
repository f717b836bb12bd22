import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { TalksError } from '../../../src/errors.js';
import { readTables } from '../../../src/io/read/tables.js';
import type { RawRow } from '../../../src/io/read/raw.js';
import { RowScanner } from '../../../src/io/read/xlsx/sheet.js';
import { rosterSheet, workbookZip } from '../../helpers/zip-build.js';
import { mutate, textMutation as xmlMutation } from '../../helpers/mutate.js';

const dir = mkdtempSync(join(tmpdir(), 'talks-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** Every row of every table of the file, or the TalksError it was refused with; anything else fails the property. */
async function readAll(bytes: Buffer | string, ext: string): Promise<number | TalksError> {
  const file = join(dir, `f${++n}${ext}`);
  writeFileSync(file, bytes);
  try {
    let rows = 0;
    for await (const sheet of readTables(file)) for await (const batch of sheet.rows.batches()) rows += batch.length;
    return rows;
  } catch (e) {
    if (e instanceof TalksError) return e;
    throw e;
  } finally {
    rmSync(file, { force: true });
  }
}

const SHEET = rosterSheet([
  ['A1', 'Ann &amp; Bo', 'North', '2024-01-01'],
  ['A2', '<![CDATA[x]]>', 'South', '45000'],
]);
const GOOD = workbookZip({ sheet: { name: 'xl/worksheets/sheet1.xml', data: SHEET } });

describe('fuzzing the xlsx reader', () => {
  it('reads the unmutated workbook', async () => {
    expect(await readAll(GOOD, '.xlsx')).toBe(3);
  });

  it('mutated sheet XML gives rows or a TalksError', async () => {
    await fc.assert(
      fc.asyncProperty(xmlMutation, async (edits) => {
        const bytes = workbookZip({ sheet: { name: 'xl/worksheets/sheet1.xml', data: mutate(SHEET, edits) } });
        const r = await readAll(bytes, '.xlsx');
        expect(typeof r === 'number' || r instanceof TalksError).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('mutated workbook and shared-string parts give rows or a TalksError', async () => {
    await fc.assert(
      fc.asyncProperty(xmlMutation, xmlMutation, async (a, b) => {
        const bytes = workbookZip({
          sheet: { name: 'xl/worksheets/sheet1.xml', data: SHEET.replace('t="inlineStr"><is><t>A1</t></is>', 't="s"><v>0</v>') },
          strings: { name: 'xl/sharedStrings.xml', data: mutate('<sst><si><t>A1</t></si><si><r><t>x</t></r></si></sst>', a) },
          workbook: { name: 'xl/workbook.xml', data: mutate('<workbook xmlns:r="r"><sheets><sheet name="Roster" sheetId="1" r:id="rId1"/></sheets></workbook>', b) },
        });
        const r = await readAll(bytes, '.xlsx');
        expect(typeof r === 'number' || r instanceof TalksError).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('flipped, cut or lying zip bytes give rows or a TalksError', async () => {
    const edit = fc.tuple(fc.nat(GOOD.length - 1), fc.integer({ min: 0, max: 255 }));
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.option(fc.nat(GOOD.length)), async (flips, cut) => {
        const bytes = Buffer.from(GOOD);
        for (const [at, value] of flips) bytes[at] = value;
        const r = await readAll(cut === null ? bytes : bytes.subarray(0, cut), '.xlsx');
        expect(typeof r === 'number' || r instanceof TalksError).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fuzzing the CSV reader', () => {
  const CSV = 'Agent ID,Name,Team,Hire Date\r\nA1,"Ann, ""Bo""",North,2024-01-01\r\nA2,李娜,South,2024-02-01\r\n';
  it('any bytes, or a mutated export, give rows or a TalksError', async () => {
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
      xmlMutation.map((edits) => mutate(CSV, edits)),
      fc.constantFrom('"', '"a""', 'a,"b\n', '\uFEFF', '\u0000\u0000', Buffer.from([0xff, 0xfe, 0x41])),
    );
    await fc.assert(
      fc.asyncProperty(input, async (bytes) => {
        const r = await readAll(bytes, '.csv');
        expect(typeof r === 'number' || r instanceof TalksError).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a row that never closes', () => {
  it('is refused once it passes 64 MiB, at a cost linear in its size', () => {
    const scanner = new RowScanner({ shared: [], dateStyles: [], date1904: false });
    const chunk = Buffer.from('<c r="A1"><v>1</v></c>'.repeat(3000));
    scanner.feed(Buffer.from('<sheetData><row r="1">'), []);
    let error: unknown;
    let fed = 0;
    try {
      for (; fed < 10_000; fed++) scanner.feed(chunk, []);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TalksError);
    expect((error as TalksError).message).toContain('more than 64 MiB of XML (or never ends)');
    expect(fed * chunk.length).toBeLessThan(65 * 1024 * 1024);
  });

  it('a long row that does close is read whole', () => {
    const scanner = new RowScanner({ shared: [], dateStyles: [], date1904: false });
    const out: RawRow[] = [];
    scanner.feed(Buffer.from('<row r="1">'), out);
    // 2 MiB of row: past the point where a held tail is only rescanned once its end arrives.
    const cells = `<c t="inlineStr"><is><t>${'x'.repeat(100)}</t></is></c>`.repeat(4096);
    for (let i = 0; i < 4; i++) scanner.feed(Buffer.from(cells), out);
    scanner.feed(Buffer.from('</row><row r="2"><c><v>2</v></c></row></sheetData></worksheet>'), out);
    scanner.end();
    expect(out.map((r) => [r.row, r.cells.length])).toEqual([[1, 16384], [2, 1]]);
  });
});
