import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvLines } from '../../../src/io/read/csv-lines.js';
import { CsvScanner } from '../../../src/io/read/csv-scan.js';
import { scannedStream, rowStream } from '../../../src/io/read/raw.js';
import type { Agent } from '../../../src/model/types.js';
import { each, fold, sameCellAnswers } from './fold-helpers.js';

/**
 * Differential test of the two ways the KPI fold reads a row: a csv file's records read in
 * place (LineCells over the scanner's field bounds, no string per cell) and the same records as
 * arrays of cells (ArrayCells, as every other reader hands them over). Random KPI exports with
 * awkward cells, cut into chunks anywhere, must fold to the same store, the same table summary
 * and the same warnings.
 */
const HEADERS = ['Agent ID,Date,Calls,AHT,CSAT,QA', 'Agent,Week,Calls,Handle time,FCR', 'Name,Date,CSAT,Adherence', 'Agent ID,Date,Call ID,Answered,Rating'];
const IDS = ['A1', 'A2', 'A3', ' A1 ', 'a1', 'Total', '合计', '', ' ', 'NO_SERVER', '"A,4"', '"A1"', 'A10', 'Zoë Li', 'Li Wei', '12', '\u00a0'];
const DAYS = ['2026-01-05', '2026-01-06', '2026/01/07', '2026-01-12', '', 'bad', '05.01.2026', '2026-W02', '46027', '"2026-01-05"', ' 2026-01-06'];
const VALUES = ['12', '0.5', '7', ' 7 ', '1,5', '-', 'N/A', '1e3', '', '12345678901234567', '"42"', '95%', '00:03:20', '4.25', '0', '100', '5', 'yes', 'no', '.5', '3.', '01.50', '\u00a0', '#DIV/0!', '1234567890.123456'];
const ROSTER: Agent[] = ['Zoë Li', 'Li Wei'].map((name, i) => ({ id: `R${i}`, name }) as Agent);

const row = (width: number) => fc.array(fc.constantFrom(...VALUES), { minLength: Math.max(0, width - 2), maxLength: width + 1 });
const doc = fc
  .record({
    header: fc.constantFrom(...HEADERS),
    rows: fc.array(fc.tuple(fc.constantFrom(...IDS), fc.constantFrom(...DAYS), row(4)), { minLength: 1, maxLength: 40 }),
    eol: fc.constantFrom('\n', '\r\n'),
    title: fc.boolean(),
  })
  .map(({ header, rows, eol, title }) => (title ? `KPI export${eol}${eol}` : '') + [header, ...rows.map(([id, day, vs]) => [id, day, ...vs].join(','))].join(eol) + eol);
const withCuts = doc.chain((text) => fc.tuple(fc.constant(text), fc.array(fc.nat({ max: text.length }), { maxLength: 5 })));

/** The scanner's records of `text`, fed in the pieces `cuts` make. */
function scan(text: string, cuts: number[]): CsvLines[] {
  const scanner = new CsvScanner(',');
  const out: CsvLines[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length].sort((a, b) => a - b)) {
    const lines = new CsvLines();
    scanner.feedLines(text.slice(from, cut), lines);
    out.push(lines);
    from = cut;
  }
  const lines = new CsvLines();
  scanner.endLines(lines);
  out.push(lines);
  return out;
}

describe('the KPI fold, csv records read in place against the same records as arrays', () => {
  it('answers every cell question alike', () => {
    fc.assert(
      fc.property(withCuts, ([text, cuts]) => {
        for (const lines of scan(text, cuts)) sameCellAnswers(lines, IDS);
      }),
      { numRuns: 150 },
    );
  });

  it('folds to the same store, table and warnings', async () => {
    await fc.assert(
      fc.asyncProperty(withCuts, fc.boolean(), async ([text, cuts], roster) => {
        const lines = scan(text, cuts);
        const agents = roster ? ROSTER : 'none';
        const inPlace = await fold({ file: 'kpi.csv', rows: scannedStream(each(lines)) }, agents);
        const arrays = await fold({ file: 'kpi.csv', rows: rowStream(each(lines.map((l) => l.toRows()))) }, agents);
        expect(inPlace).toEqual(arrays);
      }),
      { numRuns: 400 },
    );
  });

  it('is not a comparison of two empty results', async () => {
    const text = 'Agent ID,Date,Calls,AHT\nA1,2026-01-05,10,300\nA2,2026-01-05,1,5%\n,2026-01-05,3,3\n';
    const r = await fold({ file: 'kpi.csv', rows: scannedStream(each(scan(text, [17]))) }, 'none');
    expect(r.rows).toBe(2);
    expect(r.sums).toEqual([
      ['A1', 1, [['2026-01-05', { calls: 10, aht: 300 }, 1]]],
      ['A2', 1, [['2026-01-05', { calls: 1 }, 1]]],
    ]);
    expect(r.table?.skipped).toEqual({ 'missing-id': 1 });
    expect(r.warnings?.map((w) => [w.code, w.row, w.column])).toEqual([
      ['bad-value', 3, 'D (AHT)'],
      ['missing-id', 4, 'A (Agent ID)'],
    ]);
  });
});
