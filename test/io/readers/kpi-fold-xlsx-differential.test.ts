import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowStream, scannedStream } from '../../../src/io/read/raw.js';
import { RowScanner } from '../../../src/io/read/xlsx/sheet.js';
import { SheetRows } from '../../../src/io/read/xlsx/sheet-rows.js';
import type { Agent } from '../../../src/model/types.js';
import { each, fold, sameCellAnswers } from './fold-helpers.js';

/**
 * Differential test of the two ways the KPI fold reads an xlsx row: in place from the scanner's
 * batch (numbers in a typed array, other values beside them, no array per row) and as the
 * arrays of cells every other consumer gets. Random KPI sheets (shared and inline strings,
 * numbers, dates, booleans, errors, empty cells, gaps and cells out of order, empty rows), cut
 * into chunks anywhere, must answer every cell question alike and fold to the same result.
 */
const SHARED = ['Agent ID', 'Date', 'Calls', 'AHT', 'CSAT', 'A1', 'A2', ' A1 ', 'Total', '', 'Li Wei', '12', '2026-01-05', 'N/A', '0.5', ' '];
const ctx = { shared: SHARED, dateStyles: [false, true], date1904: false };
const HEADER = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>';
const VALUE = fc.oneof(
  fc.constantFrom(5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15).map((i) => ['s', `<v>${i}</v>`]),
  fc.constantFrom('12', '0.5', '0', '-3', '1e3', '46027', '46028.5', '', '100', '4.25').map((v) => ['', `<v>${v}</v>`]),
  fc.constantFrom('46027', '46028', '46034').map((v) => ['date', `<v>${v}</v>`]),
  fc.constantFrom('<is><t>A3</t></is>', '<is><t> 7 </t></is>', '<is><t></t></is>').map((v) => ['inlineStr', v]),
  fc.constantFrom(['b', '<v>1</v>'], ['e', '<v>#N/A</v>'], ['str', '<v>8</v>'], ['', ''], ['', '<f>A1</f>']),
);
const sheetXml = fc
  .array(
    fc.array(fc.tuple(fc.nat({ max: 6 }), VALUE), { maxLength: 7 }),
    { minLength: 1, maxLength: 30 },
  )
  .map((rows) => {
    const body = rows.map((cells, r) => {
      if (cells.length === 0) return `<row r="${r + 2}"/>`;
      const cs = cells.map(([col, [t, inner]]) => {
        const ref = `${'ABCDEFG'[col]}${r + 2}`;
        const attrs = t === 'date' ? ' s="1"' : t ? ` t="${t}"` : '';
        return inner === '' ? `<c r="${ref}"${attrs}/>` : `<c r="${ref}"${attrs}>${inner}</c>`;
      });
      return `<row r="${r + 2}">${cs.join('')}</row>`;
    });
    return `<worksheet><sheetData>${HEADER}${body.join('')}</sheetData></worksheet>`;
  });
const withCuts = sheetXml.chain((xml) => fc.tuple(fc.constant(xml), fc.array(fc.nat({ max: xml.length }), { maxLength: 5 })));

function scan(xml: string, cuts: number[]): SheetRows[] {
  const scanner = new RowScanner(ctx);
  const bytes = Buffer.from(xml, 'utf8');
  const out: SheetRows[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length].sort((a, b) => a - b)) {
    const rows = new SheetRows();
    scanner.feedRows(bytes.subarray(from, cut), rows);
    out.push(rows);
    from = cut;
  }
  scanner.end();
  return out;
}

describe('the KPI fold, xlsx rows read in place against the same rows as arrays', () => {
  it('answers every cell question alike', () => {
    fc.assert(
      fc.property(withCuts, ([xml, cuts]) => {
        for (const batch of scan(xml, cuts)) sameCellAnswers(batch, [...SHARED, 12, 0.5, true]);
      }),
      { numRuns: 150 },
    );
  });

  it('folds to the same store, table and warnings', async () => {
    const roster: Agent[] = [{ id: 'R1', name: 'Li Wei' } as Agent];
    await fc.assert(
      fc.asyncProperty(withCuts, fc.boolean(), async ([xml, cuts], named) => {
        const batches = scan(xml, cuts);
        const agents = named ? roster : 'none';
        const inPlace = await fold({ file: 'kpi.xlsx', sheet: 'KPI', rows: scannedStream(each(batches)) }, agents);
        const arrays = await fold({ file: 'kpi.xlsx', sheet: 'KPI', rows: rowStream(each(batches.map((b) => b.toRows()))) }, agents);
        expect(inPlace).toEqual(arrays);
      }),
      { numRuns: 300 },
    );
  });

  it('is not a comparison of two empty results', async () => {
    const xml = `<worksheet><sheetData>${HEADER}<row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2" s="1"><v>46027</v></c><c r="C2"><v>10</v></c><c r="E2"><v>0.5</v></c></row><row r="3"/><row r="4"><c r="B4" s="1"><v>46027</v></c><c r="C4"><v>3</v></c></row></sheetData></worksheet>`;
    const r = await fold({ file: 'kpi.xlsx', sheet: 'KPI', rows: scannedStream(each(scan(xml, [200]))) }, 'none');
    expect(r.sums).toEqual([['A1', 1, [['2026-01-05', { calls: 10, csat: 50 }, 1]]]]);
    expect(r.table?.skipped).toEqual({ 'missing-id': 1 });
  });
});
