import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formSheetOf } from '../../src/io/write/workbook/form-sheet.js';
import { FormWriter, type Cell, type Span } from '../../src/io/write/workbook/prep-form.js';
import { prepPrintArea, prepSheetOptions } from '../../src/io/write/workbook/prep-page.js';
import { BOLD, DATE_VALUE, HEADING, INPUT, PLAIN, RIGHT, SUBTITLE, TITLE, lineStyle, tableStyle, type Style } from '../../src/io/write/workbook/prep-styles.js';
import { BOX, COLOURS, fill, font } from '../../src/io/write/workbook/style.js';
import { addTableSheet, commitSheet } from '../../src/io/write/workbook/table-sheet.js';
import type { Lang } from '../../src/text/labels.js';
import { writeBothWays } from './workbook-parts.js';

/**
 * In a streamed workbook the prep forms' rows (FormWriter) go straight to XML (form-sheet.ts),
 * not through exceljs's Row and Cell objects: merged cells, heights, validations, shared strings
 * and styles must come out exactly as exceljs writes them. Random forms are written both ways
 * and every part of the two workbooks compared byte for byte.
 */

const WIDTHS = [17, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 15];

const text = fc.oneof(
  fc.string({ maxLength: 14 }),
  fc.constantFrom('', 'A007 王小明', 'Ünïcødé', '<b>&"\'</b>', 'line one\nline two', '=SUM(A1)', '客服中心第二组的组长'.repeat(3), 'x'.repeat(90)),
);
const value: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -1e5, max: 1e5 }), fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.constantFrom(0, -0, 0.1 + 0.2, 1e21)) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const dated: fc.Arbitrary<Cell | Date> = fc.oneof(value, fc.constantFrom(new Date(Date.UTC(2026, 10, 23)), new Date(Date.UTC(2027, 0, 1, 12))));
const style: fc.Arbitrary<Style> = fc.oneof(
  fc.constantFrom(BOLD, TITLE, SUBTITLE, HEADING, RIGHT, DATE_VALUE, INPUT, PLAIN),
  fc.record({ bold: fc.boolean(), italic: fc.boolean(), small: fc.boolean(), indent: fc.nat(2), notice: fc.boolean() }).map(lineStyle),
  fc.tuple(fc.boolean(), fc.constantFrom(undefined, '0.0%', '[m]:ss', '#,##0'), fc.boolean(), fc.boolean()).map(([first, f, bold, grey]) => tableStyle(first, f, { bold, grey })),
);
const validation: fc.Arbitrary<ExcelJS.DataValidation | undefined> = fc.constantFrom(
  undefined,
  { type: 'list', allowBlank: true, formulae: ['"Yes,No"'], showErrorMessage: true, errorTitle: 'Held', error: 'Yes / No' },
  { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(Date.UTC(2000, 0, 1))], showErrorMessage: true, errorTitle: 'Review', error: 'YYYY-MM-DD' },
);

/** The spans of one row: 1–10 cut into pieces at random points. */
const spans: fc.Arbitrary<Span[]> = fc.uniqueArray(fc.integer({ min: 2, max: 10 }), { maxLength: 5 }).map((cuts) => {
  const starts = [1, ...cuts.sort((a, b) => a - b)];
  return starts.map((from, i) => ({ from, to: (starts[i + 1] ?? 11) - 1 }));
});

interface Piece {
  span: Span;
  value: Cell | Date;
  style: Style;
  input: boolean;
  validation?: ExcelJS.DataValidation;
}
const piece = (span: Span): fc.Arbitrary<Piece> =>
  fc.record({ span: fc.constant(span), value: dated, style, input: fc.boolean(), validation }, { requiredKeys: ['span', 'value', 'style', 'input'] });

type Op =
  | { op: 'row'; pieces: Piece[]; lines: number; mark?: string; numFmt?: number; ref?: string }
  | { op: 'title'; text: string; subtitle: string }
  | { op: 'heading'; text: string; height?: number }
  | { op: 'line'; text: string; bold: boolean; notice: boolean; indent: number }
  | { op: 'numbered'; items: string[] }
  | { op: 'table'; values: Cell[]; bold: boolean; grey: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: spans.chain((s) => fc.record({ op: fc.constant('row' as const), pieces: fc.tuple(...s.map(piece)), lines: fc.constantFrom(1, 1.3, 1.7), mark: fc.option(fc.constantFrom('held', 'plan.goal'), { nil: undefined }), numFmt: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }), ref: fc.option(text, { nil: undefined }) }, { requiredKeys: ['op', 'pieces', 'lines'] })) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('title' as const), text, subtitle: text }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('heading' as const), text, height: fc.constantFrom(15, 28) }, { requiredKeys: ['op', 'text'] }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('line' as const), text, bold: fc.boolean(), notice: fc.boolean(), indent: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('numbered' as const), items: fc.array(text, { maxLength: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('table' as const), values: fc.array(value, { minLength: 1, maxLength: 10 }), bold: fc.boolean(), grey: fc.boolean() }) },
);

interface Form {
  key?: string;
  ops: Op[];
  /** A table sheet before the form: the two share the workbook's styles and strings. */
  table: boolean;
}
const form: fc.Arbitrary<Form> = fc.record({ key: fc.option(text, { nil: undefined }), ops: fc.array(op, { maxLength: 25 }), table: fc.boolean() }, { requiredKeys: ['ops', 'table'] });

function run(f: FormWriter, o: Op): void {
  if (o.op === 'title') f.title(o.text, o.subtitle);
  if (o.op === 'heading') f.heading(o.text, o.height);
  if (o.op === 'line') f.line(o.text, { bold: o.bold, notice: o.notice, indent: o.indent });
  if (o.op === 'numbered') f.numbered(o.items, 3);
  if (o.op === 'table') f.tableRow(o.values, { bold: o.bold, grey: o.grey, formats: o.values.map((_, i) => (i % 2 ? '0.0%' : undefined)) });
  if (o.op !== 'row') return;
  for (const p of o.pieces) {
    if (p.input) f.input(p.span, p.validation, p.value);
    else f.put(p.span, p.value instanceof Date ? null : p.value, p.style);
  }
  if (o.mark) f.mark(o.mark, o.pieces[0].span.from);
  if (o.numFmt) f.sheet.getCell(f.row, o.numFmt).numFmt = 'yyyy-mm-dd';
  if (o.ref !== undefined) f.sheet.getCell(f.row, 12).value = o.ref;
  f.next(o.pieces.flatMap((p) => (typeof p.value === 'string' ? [{ text: p.value, span: p.span }] : [])), o.lines);
}

function writeBoth(forms: Form[], lang: Lang, plantInFast = false): Promise<string[]> {
  return writeBothWays(lang, (wb, fast) => {
    forms.forEach((x, n) => {
      if (x.table) commitSheet(addTableSheet(wb, `Table ${n}`, [{ header: 'Agent' }, { header: 'Score', kind: 'number', input: true }], [['A1', 1], ['王小明', null]], { lang }));
      const ws = wb.addWorksheet(`Form ${n}`, prepSheetOptions({ title: `Form ${n}`, date: '2026-11-23', lang }));
      const f = new FormWriter(ws, WIDTHS);
      if (x.key !== undefined) f.key(x.key);
      for (const o of x.ops) run(f, o);
      if (plantInFast && fast && n === 0) f.put({ from: 1, to: 2 }, 'planted', { fill: fill(COLOURS.core) });
      if (plantInFast && n === 0) f.next();
      prepPrintArea(ws, Math.max(1, f.row - 1), f.lastCol);
      commitSheet(ws);
    });
  });
}

/** A row as the team-lead pages add them: values from column 1, maybe merged across, styled, a page break. */
interface PageRow {
  values: (Cell | Date)[];
  merge: boolean;
  bold: boolean;
  input: number;
  height: number;
  pageBreak: boolean;
}
const pageRow: fc.Arbitrary<PageRow> = fc.record({
  values: fc.array(dated, { minLength: 1, maxLength: 10 }),
  merge: fc.boolean(),
  bold: fc.boolean(),
  input: fc.integer({ min: 0, max: 9 }),
  height: fc.constantFrom(0, 18, 43.5),
  pageBreak: fc.boolean(),
});

/** The team-lead pages' way of writing (addRow, eachCell, addPageBreak) on a sheet with column styles, both ways. */
function writePages(pages: PageRow[][], lang: Lang): Promise<string[]> {
  return writeBothWays(lang, (wb) => {
    pages.forEach((rows, n) => {
      const ws = wb.addWorksheet(`Leads ${n}`, { views: [{ showGridLines: false }] });
      for (let c = 1; c <= 9; c++) {
        const col = ws.getColumn(c);
        col.width = 8 + c;
        col.font = font(lang, { size: 11 });
        if (c % 3 === 0) col.alignment = { vertical: 'top', wrapText: true };
        if (c === 4) col.numFmt = 'ddd mm-dd';
      }
      const sheet = formSheetOf(ws);
      for (const p of rows) {
        const row = sheet.addRow(p.merge ? p.values.slice(0, 1) : p.values);
        if (p.merge) sheet.mergeCells(row.number, 1, row.number, 9);
        if (p.bold) row.eachCell((cell) => (cell.font = font(lang, { bold: true })));
        if (p.input) {
          row.getCell(p.input).fill = fill(COLOURS.input);
          row.getCell(p.input).border = BOX;
        }
        if (p.height) row.height = p.height;
        if (p.pageBreak) row.addPageBreak();
        row.commit();
      }
      commitSheet(ws);
    });
  });
}

describe('prep forms written straight to XML', () => {
  it('come out byte for byte as exceljs writes them, in every part, for random forms', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(form, { minLength: 1, maxLength: 3 }), fc.constantFrom<Lang>('en', 'zh-CN'), async (forms, lang) => {
        expect(await writeBoth(forms, lang)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('and rows added as the team-lead pages add them come out as exceljs writes them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(pageRow, { maxLength: 12 }), { minLength: 1, maxLength: 2 }), fc.constantFrom<Lang>('en', 'zh-CN'), async (pages, lang) => {
        expect(await writePages(pages, lang)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('refuse to merge a merged cell again, as exceljs does, and merge the next row', async () => {
    const thrown: string[] = [];
    await writeBothWays('en', (wb) => {
      const sheet = formSheetOf(wb.addWorksheet('Form'));
      sheet.mergeCells(1, 1, 1, 3);
      sheet.mergeCells(1, 5, 1, 6);
      for (const [left, right] of [[3, 4], [2, 2], [6, 9]]) {
        try {
          sheet.mergeCells(1, left, 1, right);
        } catch (e) {
          thrown.push((e as Error).message);
        }
      }
      sheet.mergeCells(1, 7, 1, 8);
      sheet.mergeCells(2, 1, 2, 3);
    });
    expect(thrown).toEqual(Array(6).fill('Cannot merge already merged cells'));
  });

  it('are told apart when one merged cell differs (the comparison sees a planted difference)', async () => {
    const forms: Form[] = [{ ops: [{ op: 'title', text: 'A007 王小明', subtitle: 'Routine' }], table: false }];
    expect(await writeBoth(forms, 'en', true)).toEqual(['xl/sharedStrings.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']);
  });
});
