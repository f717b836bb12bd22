import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planOf, runPlan } from '../../src/cli/plan-run.js';
import { writePlanWorkbook } from '../../src/io/write/workbook/plan-workbook.js';
import { addPrepSheets } from '../../src/io/write/workbook/prep-sheets.js';
import { BOX, COLOURS, boldOf, fill } from '../../src/io/write/workbook/style.js';
import { addTableSheet, commitSheet, type ColumnSpec, type TableValue } from '../../src/io/write/workbook/table-sheet.js';
import type { TableRow } from '../../src/io/write/workbook/draft-row.js';
import type { Lang } from '../../src/text/labels.js';
import { FIX, tempDir } from '../helpers/cli.js';
import { differentParts, workbookParts as parts, writeBothWays } from './workbook-parts.js';

/**
 * The data rows of a streamed table are rendered to XML by row-writer.ts, not by exceljs's Row
 * and Cell objects: every part of the workbook must come out exactly as exceljs's own row writer
 * makes it. Random tables are written both ways and compared part by part, byte for byte.
 */

type Kind = NonNullable<ColumnSpec['kind']>;
const KINDS: Kind[] = ['text', 'date', 'weekday', 'time', 'number', 'int', 'wrap'];

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', 'A007', '王小明', 'Ünïcødé', '<b>&"\'</b>', 'line one\nline two', ' lead space', '=SUM(A1)', '1,234', 'x'.repeat(70), '客服中心第二组的组长'),
);
const value = (kind: Kind): fc.Arbitrary<TableValue> =>
  fc.oneof(
    { weight: 4, arbitrary: kind === 'date' || kind === 'weekday' ? fc.constantFrom('2026-11-23', '2026-02-28', '2027-01-01') : kind === 'time' ? fc.constantFrom('09:30', '7:05', '23:59', 'noon') : text },
    { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.constantFrom(0, -0, 0.1 + 0.2, 1e21, 5e-7)) },
    { weight: 1, arbitrary: fc.constantFrom<TableValue>(null, undefined, true, false, '') },
  );

const column: fc.Arbitrary<ColumnSpec> = fc.record(
  {
    header: fc.oneof(text, fc.constantFrom('Agent ID', 'Handle time (mm:ss)', '客户满意度得分')),
    kind: fc.constantFrom(...KINDS),
    min: fc.integer({ min: 3, max: 15 }),
    max: fc.integer({ min: 10, max: 40 }),
    numFmt: fc.constantFrom('0.0', '0%', '+0.0;-0.0;0', '[m]:ss'),
    input: fc.boolean(),
    list: fc.constantFrom(['Yes', 'No'], ['完成', '未完成']),
  },
  { requiredKeys: ['header'] },
);

interface Decoration {
  row: number;
  col: number;
  what: 'fill' | 'bold' | 'border' | 'align' | 'height' | 'top';
}
const decoration: fc.Arbitrary<Decoration> = fc.record({
  row: fc.nat(30),
  col: fc.integer({ min: 1, max: 8 }),
  what: fc.constantFrom('fill', 'bold', 'border', 'align', 'height', 'top'),
});

interface Table {
  columns: ColumnSpec[];
  rows: TableValue[][];
  decorations: Decoration[];
  fontSize?: number;
  minLines?: number;
}
const table: fc.Arbitrary<Table> = fc.array(column, { minLength: 1, maxLength: 8 }).chain((columns) =>
  fc.record(
    {
      columns: fc.constant(columns),
      // Some rows shorter than the table (their cells past the end are never made).
      rows: fc.array(fc.tuple(...columns.map((c) => value(c.kind ?? 'text'))).chain((r) => fc.nat(r.length).map((cut) => (cut === 0 ? r : r.slice(0, cut)))), { maxLength: 30 }),
      decorations: fc.array(decoration, { maxLength: 12 }),
      fontSize: fc.constantFrom(9, 11, 12),
      minLines: fc.constantFrom(1, 2),
    },
    { requiredKeys: ['columns', 'rows', 'decorations'] },
  ),
);

const THICK: Partial<ExcelJS.Border> = { style: 'medium', color: { argb: 'FF44546A' } };

function decorate(t: Table, planted: boolean): (row: TableRow, index: number) => void {
  return (row, i) => {
    for (const d of t.decorations) {
      if (d.row !== i || d.col > t.columns.length) continue;
      const cell = row.getCell(d.col);
      if (d.what === 'fill') cell.fill = fill(COLOURS.core);
      if (d.what === 'bold') cell.font = boldOf(cell.font);
      if (d.what === 'border') cell.border = BOX;
      if (d.what === 'top') cell.border = { ...cell.border, top: THICK };
      if (d.what === 'align') cell.alignment = { vertical: 'middle' };
      if (d.what === 'height') row.height = 20;
    }
    // A font without a name: the writer names it as it writes the cell.
    if (i === 1) row.getCell(1).font = { bold: true, size: t.fontSize };
    if (planted && i === 0) row.getCell(1).fill = fill(COLOURS.overdue);
  };
}

function writeBoth(tables: Table[], lang: Lang, plantInFast = false): Promise<string[]> {
  return writeBothWays(lang, (wb, fast) => {
    tables.forEach((t, n) => {
      const ws = addTableSheet(wb, `Sheet ${n + 1}`, t.columns, t.rows, {
        lang,
        fontSize: t.fontSize,
        minLines: t.minLines,
        blankRows: n,
        decorate: decorate(t, plantInFast && fast),
      });
      commitSheet(ws);
    });
  });
}

describe('table rows written straight to XML', () => {
  it('come out byte for byte as exceljs writes them, in every part, for random tables', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(table, { minLength: 1, maxLength: 3 }), fc.constantFrom<Lang>('en', 'zh-CN'), async (tables, lang) => {
        expect(await writeBoth(tables, lang)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('are told apart when one cell differs (the comparison sees a planted difference)', async () => {
    const t: Table = { columns: [{ header: 'Agent' }, { header: 'Score', kind: 'number' }], rows: [['A1', 1], ['A2', 2]], decorations: [] };
    expect(await writeBoth([t], 'en', true)).toEqual(['xl/styles.xml', 'xl/worksheets/sheet1.xml']);
  });

  it('give the same plan workbook as exceljs (the fixtures, en and zh-CN, with the prep sheets)', async () => {
    const dir = tempDir();
    const runs = [
      ['en', join(FIX, 'roster.xlsx'), join(FIX, 'kpi.xlsx')],
      ['zh-CN', join(FIX, 'roster-zh.csv'), join(FIX, 'kpi-zh.csv')],
    ] as const;
    for (const [lang, roster, kpi] of runs) {
      const plan = planOf(await runPlan({ roster, kpi: [kpi], today: '2026-11-24', lang, history: join(dir, `${lang}.sqlite`) }));
      const [a, b] = [join(dir, `${lang}-exceljs.xlsx`), join(dir, `${lang}-fast.xlsx`)];
      await writePlanWorkbook(a, plan, lang, addPrepSheets, { fastRows: false });
      await writePlanWorkbook(b, plan, lang, addPrepSheets);
      expect(await differentParts(a, b), lang).toEqual([]);
      expect((await parts(b)).size, lang).toBeGreaterThan(20);
    }
  }, 60_000);
});
