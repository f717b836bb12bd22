import { writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TalksError } from '../../../src/errors.js';
import { CsvScanner } from '../../../src/io/read/csv-scan.js';
import type { RawRow } from '../../../src/io/read/raw.js';
import { readAll, tempDir } from './helpers.js';

/**
 * Differential test: our CSV scanner (the hot path, several times faster than csv-parse) against
 * csv-parse itself, read with the options our scanner follows (relax_quotes, relax_column_count,
 * the file's first line break as its record delimiter). Thousands of random documents, fed to
 * our scanner in chunks cut anywhere, must give the same records cell for cell, or both refuse.
 */
const DELIMITERS = [',', ';', '\t'] as const;
/** Pieces documents are made of: text, quotes, doubled quotes, every kind of line break, every delimiter. */
const PIECES = ['a', 'Zé', '7', ' ', '张', '"', '""', ',', ';', '\t', '\n', '\r\n', '\r', '.5'];

type Outcome = string[][] | 'refused';

function reference(text: string, delimiter: string): Outcome {
  try {
    return parse(text, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][];
  } catch {
    return 'refused';
  }
}

function scanned(text: string, delimiter: string, cuts: number[]): Outcome {
  const scanner = new CsvScanner(delimiter);
  const rows: RawRow[] = [];
  try {
    let from = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      scanner.feed(text.slice(from, cut), rows);
      from = cut;
    }
    scanner.feed(text.slice(from), rows);
    scanner.end(rows);
  } catch (e) {
    if (e instanceof TalksError) return 'refused';
    throw e;
  }
  return rows.map((r) => r.cells as string[]);
}

/** A field as a writer quotes it: only when it must, with quotes doubled. */
const quoted = (s: string, d: string) => (/["\r\n]/.test(s) || s.includes(d) ? `"${s.replace(/"/g, '""')}"` : s);

const junk = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));
const written = (d: string) =>
  fc
    .array(fc.array(junk, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 })
    .chain((records) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => records.map((r) => r.map((f) => quoted(f, d)).join(d)).join(eol) + eol));

const withCuts = (doc: fc.Arbitrary<string>) => doc.chain((text) => fc.tuple(fc.constant(text), fc.array(fc.nat({ max: text.length }), { maxLength: 6 })));

describe('CSV scanner against csv-parse (differential)', () => {
  it.each(DELIMITERS)('agrees on random text, cut into chunks anywhere (delimiter %j)', (d) => {
    fc.assert(
      fc.property(withCuts(junk), ([text, cuts]) => {
        expect(scanned(text, d, cuts)).toEqual(reference(text, d));
      }),
      { numRuns: 1500 },
    );
  });

  it.each(DELIMITERS)('agrees on lines without quotes cut anywhere, a CRLF split between chunks too (delimiter %j)', (d) => {
    // Such lines are the KPI exports' rows: a line cut by a chunk's edge is ended from the start of the next chunk.
    const plain = fc.array(fc.constantFrom(...PIECES.filter((p) => !p.includes('"'))), { maxLength: 60 }).map((p) => p.join(''));
    const lines = fc
      .tuple(fc.array(plain, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom('', '"q"', 'x"y'))
      .map(([ls, eol, tail]) => ls.join(eol) + eol + tail);
    fc.assert(
      fc.property(withCuts(lines), ([text, cuts]) => {
        expect(scanned(text, d, cuts)).toEqual(reference(text, d));
      }),
      { numRuns: 1500 },
    );
    const crlf = `a${d}b\r\nc${d}d\r\ne\r\n`;
    for (let cut = 0; cut <= crlf.length; cut++) expect(scanned(crlf, d, [cut])).toEqual(reference(crlf, d));
  });

  it.each(DELIMITERS)('agrees on documents as spreadsheet programs write them, cut anywhere (delimiter %j)', (d) => {
    fc.assert(
      fc.property(withCuts(written(d)), ([text, cuts]) => {
        const ours = scanned(text, d, cuts);
        expect(ours).toEqual(reference(text, d));
        expect(ours).not.toBe('refused');
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees through the whole reader on files with a BOM, every delimiter detected', async () => {
    const file = tempDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...DELIMITERS), fc.boolean(), fc.array(fc.array(fc.stringMatching(/^[a-z0-9 ."\n]{0,8}$/), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }), async (d, bom, body) => {
        const records = [['Agent ID', 'Name', 'Team'], ...body];
        const text = records.map((r) => r.map((f) => quoted(f, d)).join(d)).join('\r\n') + '\r\n';
        const f = file(`bom-${n++}.csv`);
        writeFileSync(f, (bom ? '\ufeff' : '') + text);
        const [table] = await readAll(f);
        expect(table.rows.map((r) => r.cells)).toEqual(parse(text, { delimiter: d, relax_quotes: true, relax_column_count: true }));
      }),
      { numRuns: 150 },
    );
  });
});
