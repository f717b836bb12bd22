import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildZip } from '../helpers/zip-build.js';
import { afterAll, describe, expect, it } from 'vitest';
import { realFile, realSkip } from '../helpers/real-data.js';
import type { CellValue } from '../../src/columns/cell.js';
import { TalksError } from '../../src/errors.js';
import type { RawRow } from '../../src/io/read/raw.js';
import { readTables } from '../../src/io/read/tables.js';
import { RowScanner } from '../../src/io/read/xlsx/sheet.js';
import { readXlsxFast } from '../../src/io/read/xlsx/read.js';
import { readXlsxWithExcelJs } from '../bench/exceljs-read.js';

const dir = mkdtempSync(join(tmpdir(), 'talks-xlsx-fast-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utc = (y: number, m: number, d: number, h = 0, mi = 0, s = 0) => new Date(Date.UTC(y, m - 1, d, h, mi, s));
/** A time of day as Excel stores it, as a fraction of a day. */
const time = (h: number, m: number, s: number) => (h * 3600 + m * 60 + s) / 86_400;

type Read = typeof readXlsxFast;
interface Sheet {
  sheet?: string;
  rows: RawRow[];
}

async function readAll(read: Read, file: string, sheet?: string): Promise<Sheet[]> {
  const out: Sheet[] = [];
  for await (const s of read(file, { sheet })) {
    const rows: RawRow[] = [];
    for await (const r of s.rows) rows.push(r);
    out.push({ sheet: s.sheet, rows });
  }
  return out;
}

async function bothReaders(file: string): Promise<{ fast: Sheet[]; reference: Sheet[] }> {
  return { fast: await readAll(readXlsxFast, file), reference: await readAll(readXlsxWithExcelJs, file) };
}

// ---------------------------------------------------------------------------------------------
// Workbooks written by exceljs: both readers must give the same cells.

async function kitchenSink(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const roster = wb.addWorksheet('Roster');
  roster.addRow(['Team roster — 2026 Q4']);
  roster.mergeCells('A1:H1');
  roster.addRow(['Agent ID', 'Name', 'Hire Date', 'Start', 'AHT', 'CSAT', 'Active', 'Note']);
  roster.addRow(['A001', '张伟', utc(2024, 3, 1), utc(2024, 3, 1, 8, 30), time(0, 2, 23), 0.925, true, 'R&D <east> "A" \'B\'']);
  roster.addRow(['A002', { richText: [{ text: 'Li ' }, { font: { bold: true }, text: 'Na' }] }, utc(1999, 12, 31), null, time(1, 0, 0), 0.5, false, { error: '#N/A' }]);
  roster.addRow([]);
  roster.addRow(['A003', 'O’Brien', utc(2026, 2, 28), utc(2026, 2, 28, 23, 59, 59), 143, { formula: 'F3/2', result: 0.4625 }, { formula: 'C3+1', result: 2 }, { formula: 'B3&"!"', result: '张伟!' }]);
  roster.getCell('J6').value = 'far right';
  roster.getCell('A9').value = 'after a gap';
  roster.getCell('C3').numFmt = 'yyyy-mm-dd';
  roster.getCell('C4').numFmt = 'd-mmm-yy';
  roster.getCell('C6').numFmt = '[$-409]mmmm d, yyyy;@';
  roster.getCell('D3').numFmt = 'm/d/yyyy h:mm';
  roster.getCell('D6').numFmt = 'yyyy"年"m"月"d"日" hh:mm:ss';
  roster.getCell('E3').numFmt = 'h:mm:ss';
  roster.getCell('E4').numFmt = '[h]:mm';
  roster.getCell('E6').numFmt = '"sec" 0';
  roster.getCell('F3').numFmt = '0.0%';
  roster.getCell('F6').numFmt = '0%';

  const kpi = wb.addWorksheet('KPI 周报');
  kpi.addRow(['工号', '日期', '通话量', '满意度']);
  for (let i = 0; i < 50; i++) {
    const row = kpi.addRow([`B${String(i).padStart(3, '0')}`, utc(2026, 11, 1 + (i % 28)), i * 3, i / 50]);
    row.getCell(2).numFmt = i % 2 ? 'yyyy/mm/dd' : '14';
  }
  kpi.addRow(['合计', null, 3675, { formula: 'AVERAGE(D2:D51)', result: 0.49 }]);
  wb.addWorksheet('Empty');
  const file = join(dir, 'kitchen-sink.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

/** exceljs's streaming writer without shared strings: strings inline (t="str"), styles on. */
async function inlineStrings(rows: number): Promise<string> {
  const file = join(dir, `inline-${rows}.xlsx`);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet('Daily');
  ws.columns = [
    { header: 'Agent ID', key: 'id' },
    { header: 'Date', key: 'date', style: { numFmt: 'yyyy-mm-dd' } },
    { header: 'Calls', key: 'calls' },
    { header: 'CSAT', key: 'csat', style: { numFmt: '0%' } },
    { header: 'Note', key: 'note' },
  ];
  for (let i = 0; i < rows; i++) {
    ws.addRow({
      id: `AG${i}`,
      date: utc(2026, 1, 1 + (i % 300)),
      calls: i % 7 === 0 ? null : i,
      csat: (i % 1000) / 1000 + 0.0001,
      note: i % 5 === 0 ? `long note ${'x'.repeat(i % 300)} & more ${i}` : undefined,
    }).commit();
  }
  ws.commit();
  await wb.commit();
  return file;
}

describe('readXlsxFast against exceljs', () => {
  it('gives the same sheets and cells for a workbook with every kind of cell', async () => {
    const file = await kitchenSink();
    const { fast, reference } = await bothReaders(file);
    expect(fast.map((s) => s.sheet)).toEqual(['Roster', 'KPI 周报', 'Empty']);
    expect(fast).toEqual(reference);
  });

  it('reads each kind of cell as the rest of the program expects', async () => {
    const [roster] = await readAll(readXlsxFast, await kitchenSink(), 'Roster');
    const cells = new Map(roster.rows.map((r) => [r.row, r.cells]));
    expect(cells.get(1)).toEqual(['Team roster — 2026 Q4']);
    expect(cells.get(3)).toEqual(['A001', '张伟', utc(2024, 3, 1), utc(2024, 3, 1, 8, 30), utc(1899, 12, 30, 0, 2, 23), 0.925, true, 'R&D <east> "A" \'B\'']);
    expect(cells.get(4)).toEqual(['A002', 'Li Na', utc(1999, 12, 31), null, utc(1899, 12, 30, 1), 0.5, false, null]);
    expect(cells.get(6)).toEqual(['A003', 'O’Brien', utc(2026, 2, 28), utc(2026, 2, 28, 23, 59, 59), 143, 0.4625, 2, '张伟!', null, 'far right']);
    expect(cells.get(9)).toEqual(['after a gap']);
    expect([...cells.keys()]).toEqual([1, 2, 3, 4, 6, 9]);
  });

  it('gives the same cells for inline strings over many inflate chunks', async () => {
    const { fast, reference } = await bothReaders(await inlineStrings(20_000));
    expect(fast[0].rows).toHaveLength(20_001);
    expect(fast).toEqual(reference);
  });

  it('reads only the sheet asked for, and nothing for an unknown sheet', async () => {
    const file = await kitchenSink();
    const kpi = await readAll(readXlsxFast, file, 'KPI 周报');
    expect(kpi.map((s) => s.sheet)).toEqual(['KPI 周报']);
    expect(kpi[0].rows).toHaveLength(52);
    expect(await readAll(readXlsxFast, file, 'Nope')).toEqual([]);
  });

  it('reads the next sheet whole when the caller abandons a sheet after a few rows', async () => {
    const file = await kitchenSink();
    const seen: Sheet[] = [];
    for await (const s of readXlsxFast(file)) {
      const rows: RawRow[] = [];
      for await (const r of s.rows) {
        rows.push(r);
        if (s.sheet === 'Roster' && rows.length === 2) break;
      }
      seen.push({ sheet: s.sheet, rows });
    }
    const reference = await readAll(readXlsxWithExcelJs, file);
    expect(seen[0].rows).toEqual(reference[0].rows.slice(0, 2));
    expect(seen.slice(1)).toEqual(reference.slice(1));
  });

  it.each([
    ['fast', readXlsxFast],
    ['exceljs', readXlsxWithExcelJs],
  ] as const)('hands the same rows over in batches (%s), and reads on after a sheet abandoned mid-batch', async (_name, read) => {
    const file = await kitchenSink();
    const reference = await readAll(read, file);
    const whole: Sheet[] = [];
    for await (const s of read(file)) {
      const rows: RawRow[] = [];
      for await (const batch of s.rows.batches()) rows.push(...batch);
      whole.push({ sheet: s.sheet, rows });
    }
    expect(whole).toEqual(reference);
    const seen: Sheet[] = [];
    for await (const s of read(file)) {
      const rows: RawRow[] = [];
      for await (const batch of s.rows.batches()) {
        if (s.sheet === 'Roster') {
          rows.push(batch[0]);
          break;
        }
        rows.push(...batch);
      }
      seen.push({ sheet: s.sheet, rows });
    }
    expect(seen[0].rows).toEqual(reference[0].rows.slice(0, 1));
    expect(seen.slice(1)).toEqual(reference.slice(1));
  });

  it('leaves unread sheets unopened: sheets handed over without reading their rows cost nothing', async () => {
    const names: (string | undefined)[] = [];
    for await (const s of readXlsxFast(await kitchenSink())) names.push(s.sheet);
    expect(names).toEqual(['Roster', 'KPI 周报', 'Empty']);
  });
});

// ---------------------------------------------------------------------------------------------
// The public sample files.

const PWC = realFile('pwc_call_center.xlsx');
const INEURON = realFile('ineuron_agent_performance.xlsx');

describe(`real exports (${realSkip()})`, () => {
  it.skipIf(!existsSync(PWC))('pwc_call_center.xlsx: sparse rows and h:mm:ss times agree cell for cell', async () => {
    const { fast, reference } = await bothReaders(PWC);
    expect(fast[0].rows).toHaveLength(5001);
    expect(fast[0].rows[1].cells[3]).toEqual(utc(1899, 12, 30, 9, 12, 58));
    expect(fast).toEqual(reference);
  });

  it.skipIf(!existsSync(INEURON))('ineuron_agent_performance.xlsx: a title row and a wrong <dimension> agree cell for cell', async () => {
    const { fast, reference } = await bothReaders(INEURON);
    expect(fast[0].rows[0].cells).toEqual(['Agent Performance Report']);
    expect(fast[0].rows.length).toBeGreaterThan(2000);
    expect(fast).toEqual(reference);
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-written parts, for what exceljs does not write, or reads differently: exceljs gives a
// formula's cached boolean as 1, its cached error as NaN and its cached date as a serial, keeps
// only the last run of an inline rich string, and reads t="d" cells as numbers.

/** A zip archive of deflated entries, with their CRCs. */
const zip = (files: Record<string, string>) => buildZip(Object.entries(files).map(([name, data]) => ({ name, data })));

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function handWritten(name: string, sheets: Record<string, string>, opts: { sharedStrings?: string; styles?: string; workbookPr?: string } = {}): string {
  const names = Object.keys(sheets);
  const files: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook ${NS}>${opts.workbookPr ?? ''}<sheets>${names
      .map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="/xl/worksheets/s${i + 1}.xml"/>`)
      .join('')}<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/sharedStrings.xml': opts.sharedStrings ?? `<sst ${NS}/>`,
    'xl/styles.xml':
      opts.styles ??
      `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="&quot;Day&quot; 0"/><numFmt numFmtId="165" formatCode="[Red]yyyy\\-mm\\-dd"/></numFmts>` +
        '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="21"/></cellXfs></styleSheet>',
  };
  names.forEach((n, i) => {
    files[`xl/worksheets/s${i + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><dimension ref="A1"/><sheetData>${sheets[n]}</sheetData><mergeCells count="0"/></worksheet>`;
  });
  const file = join(dir, name);
  writeFileSync(file, zip(files));
  return file;
}

describe('readXlsxFast on hand-written parts', () => {
  it('counts positions when r is missing and honours it when present', async () => {
    const file = handWritten('no-refs.xlsx', {
      S: '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>' +
        '<row r="4" spans="1:3"><c t="str"><v>x</v></c></row><row><c/><c><v>7</v></c></row><row r="9"/>',
    });
    const [sheet] = await readAll(readXlsxFast, file);
    expect(sheet.rows).toEqual([
      { row: 1, cells: [1, 2, null, null, 5, 6] },
      { row: 4, cells: ['x'] },
      { row: 5, cells: [null, 7] },
      { row: 9, cells: [] },
    ]);
  });

  it.each<[string, string, CellValue]>([
    ['a shared string', '<c r="A1" t="s"><v>1</v></c>', 'second'],
    ['a rich shared string, phonetic runs left out', '<c r="A1" t="s"><v>2</v></c>', 'Tokyo 東京'],
    ['an inline string with runs', '<c r="A1" t="inlineStr"><is><r><t>in</t></r><r><rPr><b/></rPr><t xml:space="preserve">line </t></r></is></c>', 'inline '],
    ['entities', '<c r="A1" t="str"><v>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#65;&#x42;&#x4E2D;</v></c>', '<a> & "b" \'c\' AB中'],
    ['Excel escapes', '<c r="A1" t="str"><v>one_x000D_two</v></c>', 'one\rtwo'],
    ['UTF-8 text', '<c r="A1" t="str"><v>坐席 ✓ café</v></c>', '坐席 ✓ café'],
    ['single-quoted attributes', "<c r='A1' t='str'><v>q</v></c>", 'q'],
    ['a boolean', '<c r="A1" t="b"><v>1</v></c>', true],
    ['a false boolean', '<c r="A1" t="b"><v>0</v></c>', false],
    ['an error', '<c r="A1" t="e"><v>#DIV/0!</v></c>', null],
    ['a formula error', '<c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c>', null],
    ['a formula boolean', '<c r="A1" t="b"><f>TRUE()</f><v>1</v></c>', true],
    ['a formula without a cached value', '<c r="A1"><f>A2</f></c>', null],
    ['a number', '<c r="A1"><v>-12.5</v></c>', -12.5],
    ['a long number', '<c r="A1"><v>0.30000000000000004</v></c>', 0.30000000000000004],
    ['an exponent', '<c r="A1"><v>1.5E-3</v></c>', 0.0015],
    ['a serial with a built-in date format', '<c r="A1" s="1"><v>46349</v></c>', utc(2026, 11, 23)],
    ['a serial with a custom format in brackets and escapes', '<c r="A1" s="3"><v>46349.5</v></c>', utc(2026, 11, 23, 12)],
    ['a number whose format has letters only in quotes', '<c r="A1" s="2"><v>46349</v></c>', 46349],
    ['a time of day', '<c r="A1" s="4"><v>0.5</v></c>', utc(1899, 12, 30, 12)],
    ['a formula date keeps its date format', '<c r="A1" s="1"><f>TODAY()</f><v>46349</v></c>', utc(2026, 11, 23)],
    ['an ISO date (t="d")', '<c r="A1" t="d"><v>2026-11-23T08:30:00</v></c>', utc(2026, 11, 23, 8, 30)],
    ['an ISO day (t="d")', '<c r="A1" t="d"><v>2026-11-23</v></c>', utc(2026, 11, 23)],
  ])('reads %s', async (what, cell, expected) => {
    const sharedStrings = `<sst ${NS}><si><t>first</t></si><si><t>second</t></si><si><r><t>Tokyo </t></r><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si></sst>`;
    const file = handWritten(`cell-${what.replace(/\W+/g, '-')}.xlsx`, { S: `<row r="1">${cell}</row>` }, { sharedStrings });
    const [sheet] = await readAll(readXlsxFast, file);
    expect(sheet.rows[0].cells).toEqual([expected]);
  });

  it('reads dates of the 1904 system', async () => {
    const file = handWritten('d1904.xlsx', { S: '<row r="1"><c r="A1" s="1"><v>44887</v></c></row>' }, { workbookPr: '<workbookPr date1904="1"/>' });
    const [sheet] = await readAll(readXlsxFast, file);
    expect(sheet.rows[0].cells).toEqual([utc(2026, 11, 23)]);
  });

  it('lists sheets in workbook order whatever their file names', async () => {
    const file = handWritten('order.xlsx', { Zeta: '<row r="1"><c r="A1"><v>1</v></c></row>', 'R&amp;D': '<row r="1"><c r="A1"><v>2</v></c></row>' });
    const sheets = await readAll(readXlsxFast, file);
    expect(sheets.map((s) => [s.sheet, s.rows[0].cells[0]])).toEqual([['Zeta', 1], ['R&D', 2]]);
  });
});

describe('RowScanner', () => {
  const xml =
    '<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>a&amp;b</v></c><c r="C1"><v>3.25</v></c></row>' +
    '<row r="2"><c r="A2" t="inlineStr"><is><t>坐席 x</t></is></c><c r="B2" s="1"><v>46349</v></c></row><row r="3"/>' +
    '<row r="5" spans="1:2"><c r="B5" t="b"><v>1</v></c></row></sheetData><rowBreaks><brk id="1"/></rowBreaks></worksheet>';
  const ctx = { shared: [], dateStyles: [false, true], date1904: false };
  const scan = (size: number) => {
    const scanner = new RowScanner(ctx);
    const rows: RawRow[] = [];
    const bytes = Buffer.from(xml, 'utf8');
    for (let i = 0; i < bytes.length; i += size) scanner.feed(bytes.subarray(i, i + size), rows);
    scanner.end();
    return rows;
  };

  it.each([1, 2, 3, 5, 7, 11, 64, 10_000])('gives the same rows when fed in chunks of %i bytes', (size) => {
    expect(scan(size)).toEqual([
      { row: 1, cells: ['a&b', null, 3.25] },
      { row: 2, cells: ['坐席 x', utc(2026, 11, 23)] },
      { row: 3, cells: [] },
      { row: 5, cells: [null, true] },
    ]);
  });

  it('throws when the XML stops inside a row', () => {
    const scanner = new RowScanner(ctx);
    scanner.feed(Buffer.from('<sheetData><row r="1"><c r="A1"><v>1</v>'), []);
    expect(() => scanner.end()).toThrow(/middle of a row/);
  });
});

describe('broken files', () => {
  it.each([0.02, 0.3, 0.6, 0.9, 0.99])('a workbook cut at %f of its length fails with a clear error', async (fraction) => {
    const whole = readFileSync(await inlineStrings(3_000));
    const file = join(dir, `cut-${fraction}.xlsx`);
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length * fraction)));
    const read = async () => {
      for await (const s of readTables(file)) for await (const _ of s.rows) void _;
    };
    await expect(read()).rejects.toThrow(TalksError);
    await expect(read()).rejects.toMatchObject({ code: 'file-unreadable', file });
  });

  it('a damaged entry fails with a clear error', async () => {
    const whole = Buffer.from(readFileSync(await inlineStrings(3_000)));
    const at = whole.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length + 200;
    whole.fill(0x55, at, at + 64);
    const file = join(dir, 'damaged.xlsx');
    writeFileSync(file, whole);
    const read = async () => {
      for await (const s of readTables(file)) for await (const _ of s.rows) void _;
    };
    await expect(read()).rejects.toMatchObject({ code: 'file-unreadable' });
  });

  it('a text file named .xlsx fails with a clear error', async () => {
    const file = join(dir, 'text.xlsx');
    writeFileSync(file, 'Agent ID,Hire Date\nA1,2025-01-01\n');
    await expect(readAll(readXlsxFast, file)).rejects.toThrow(/not a zip archive/);
  });
});
