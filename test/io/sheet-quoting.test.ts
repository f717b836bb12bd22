import { rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { quoteSheetNamesInWorkbooks } from '../../src/io/write/workbook/defined-names.js';
import { ZipFile } from '../../src/io/read/xlsx/zip.js';
import { SCHEDULE_COLUMNS, SCHEDULE_HEADERS } from '../../src/text/labels.js';
import { FIX, talks, tempDir } from '../helpers/cli.js';

/** "James O'Neill" (A002 of the bundled sample centre) is due for his routine talk that week. */
const TODAY = '2027-03-01';
const ROSTER = join(FIX, 'roster.xlsx');
const KPI = join(FIX, 'kpi.xlsx');
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const unescapeXml = (s: string) =>
  s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

interface NameRef {
  name: string;
  sheetId: number;
  text: string;
}

/** The sheet names and defined names of a written workbook, straight from xl/workbook.xml. */
async function workbookXml(file: string): Promise<{ sheets: string[]; names: NameRef[] }> {
  const zip = await ZipFile.open(file);
  const xml = Buffer.from((await zip.latin1('xl/workbook.xml')) ?? '', 'latin1').toString('utf8');
  const sheets = [...xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => unescapeXml(m[1]));
  const names = [...xml.matchAll(/<definedName name="([^"]*)" localSheetId="(\d+)">([^<]*)<\/definedName>/g)].map((m) => ({
    name: m[1],
    sheetId: Number(m[2]),
    text: unescapeXml(m[3]),
  }));
  return { sheets, names };
}

/** Each range of a defined name must be `'<sheet name, apostrophes doubled>'!$A$1…` for its own sheet. */
function expectQuoted(sheets: string[], names: NameRef[]): void {
  for (const n of names) {
    const quoted = `'${sheets[n.sheetId].replace(/'/g, "''")}'!`;
    for (const range of n.text.split(',')) {
      expect(range.startsWith(quoted), `${n.name} ${n.text}`).toBe(true);
      expect(range.slice(quoted.length)).toMatch(/^\$[A-Z]*\$?\d*(:\$[A-Z]*\$?\d*)?$/);
    }
  }
}

/** The bundled roster cut down to its header and A002, so that he is the one on the schedule. */
async function oneillRoster(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(ROSTER);
  const ws = wb.worksheets[0];
  const header = ws.getRow(4).values as ExcelJS.CellValue[];
  const oneill = ws.getRow(6).values as ExcelJS.CellValue[];
  expect(oneill[1]).toBe('A002');
  const out = new ExcelJS.Workbook();
  out.addWorksheet('Roster').addRows([header.slice(1), oneill.slice(1)]);
  const file = join(dir, 'roster-oneill.xlsx');
  await out.xlsx.writeFile(file);
  return file;
}

describe('sheet names with an apostrophe', () => {
  const plan = join(dir, 'plan.xlsx');

  it('plan writes every print area and print title with the quote doubled', async () => {
    const r = talks(['plan', await oneillRoster(), '--kpi', KPI, '--today', TODAY, '-o', plan]);
    expect(r.code, r.stderr).toBe(0);
    const { sheets, names } = await workbookXml(plan);
    expect(sheets).toContain("A002 James O'Neill");
    const area = names.find((n) => n.name === '_xlnm.Print_Area' && sheets[n.sheetId] === "A002 James O'Neill");
    expect(area?.text).toMatch(/^'A002 James O''Neill'!\$A\$1:\$J\$\d+$/);
    expect(names.filter((n) => n.name === '_xlnm.Print_Titles').length).toBeGreaterThan(0);
    expectQuoted(sheets, names);
  });

  it('the plan reopens in exceljs with the print area on the right sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(plan);
    const ws = wb.getWorksheet("A002 James O'Neill");
    expect(ws?.pageSetup.printArea).toMatch(/^A1:J\d+$/);
  });

  it('talks record takes the plan back once O\'Neill\'s talk is filled in', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(plan);
    const ws = wb.getWorksheet('Schedule')!;
    const col = (c: (typeof SCHEDULE_COLUMNS)[number]) => SCHEDULE_COLUMNS.indexOf(c) + 1;
    let found = 0;
    ws.eachRow((row) => {
      if (row.getCell(col('agentId')).value !== 'A002') return;
      row.getCell(col('held')).value = 'Yes';
      row.getCell(col('category')).value = 'Skill';
      row.getCell(col('issue')).value = 'Hold music script';
      found++;
    });
    expect(found).toBe(1);
    expect(ws.getRow(1).getCell(col('held')).value).toBe(SCHEDULE_HEADERS.en.held);
    // Saved with the quotes doubled, as Excel saves it (plain exceljs would break the names again).
    quoteSheetNamesInWorkbooks();
    await wb.xlsx.writeFile(plan);
    const saved = await workbookXml(plan);
    expectQuoted(saved.sheets, saved.names);
    const db = join(dir, 'history.db');
    const r = talks(['record', plan, '--history', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Recorded 1 talk');
    const h = talks(['history', 'A002', '--history', db, '--format', 'json']);
    expect(h.stdout).toContain('Hold music script');
  });

  it('prep -o writes the quoted print area, and the sheet reopens', async () => {
    const file = join(dir, 'prep.xlsx');
    const r = talks(['prep', ROSTER, '--kpi', KPI, '--agent', 'A002', '--today', TODAY, '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    const { sheets, names } = await workbookXml(file);
    expect(sheets).toEqual(["A002 James O'Neill", 'How to run a talk']);
    expect(names.map((n) => n.text)).toContainEqual(expect.stringMatching(/^'A002 James O''Neill'!\$A\$1:\$J\$\d+$/));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet("A002 James O'Neill")?.pageSetup.printArea).toMatch(/^A1:J\d+$/);
  });
});
