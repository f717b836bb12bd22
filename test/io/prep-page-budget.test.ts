import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayToUtcDate } from '../../src/model/day.js';
import { FIX, talks, tempDir } from '../helpers/cli.js';
import { pageBudget } from '../helpers/page-budget.js';

/** Below this a 10-point form prints under 8.5 points: too small to read in a talk. */
const MIN_SCALE = 0.85;
const LONG_NAME = 'Maximilian Alexander Fitzgerald-Worthington de la Cruz';

let dir: string;
const books: Record<string, ExcelJS.Workbook> = {};

async function read(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The bundled roster with A012 (already a swing-down) renamed long and flagged by the lead: the longest form. */
async function longRoster(): Promise<string> {
  const wb = await read(join(FIX, 'roster.xlsx'));
  const ws = wb.worksheets[0];
  for (let r = 5; r <= ws.rowCount; r++) {
    if (ws.getCell(r, 1).value !== 'A012') continue;
    ws.getCell(r, 2).value = LONG_NAME;
    ws.getCell(r, 9).value = 'Resignation intent';
    ws.getCell(r, 10).value = dayToUtcDate('2026-11-23');
  }
  const file = join(dir, 'roster-long.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

function plan(name: string, args: string[]): string {
  const out = join(dir, `${name}.xlsx`);
  const r = talks(['plan', ...args, '--today', '2026-11-24', '-o', out]);
  expect(r.code, r.stderr).toBe(0);
  return out;
}

beforeAll(async () => {
  dir = tempDir();
  books.en = await read(plan('en', [join(FIX, 'roster.xlsx'), '--kpi', join(FIX, 'kpi.xlsx')]));
  books.zh = await read(plan('zh', [join(FIX, 'roster-zh.csv'), '--kpi', join(FIX, 'kpi-zh.csv'), '--lang', 'zh-CN']));
  books.long = await read(plan('long', [await longRoster(), '--kpi', join(FIX, 'kpi.xlsx')]));
  books.longZh = await read(plan('long-zh', [await longRoster(), '--kpi', join(FIX, 'kpi.xlsx'), '--lang', 'zh-CN']));
}, 60_000);

const forms = (wb: ExcelJS.Workbook) => wb.worksheets.filter((w) => String(w.getCell('K1').value) === '@talk');

describe('every prep form prints on one A4 page (page budget, without LibreOffice)', () => {
  it.each(['en', 'zh', 'long', 'longZh'])('%s: A4 portrait, fit to one page wide and tall, readable at the scale that takes', (key) => {
    const list = forms(books[key]);
    expect(list.length).toBeGreaterThanOrEqual(8);
    for (const ws of list) {
      const { paperSize, orientation, fitToPage, fitToWidth, fitToHeight } = ws.pageSetup;
      expect({ paperSize, orientation, fitToPage, fitToWidth, fitToHeight }).toEqual({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
      const b = pageBudget(ws);
      const scale = Math.min(b.scale, (b.room / b.used) * b.scale);
      expect(scale, `${ws.name}: ${b.used.toFixed(0)} pt of ${b.room.toFixed(0)} pt at ${b.scale.toFixed(3)}`).toBeGreaterThanOrEqual(MIN_SCALE);
    }
  });

  it('the long name and the second talk reason are really on the long form', () => {
    const ws = forms(books.long).find((w) => w.name.startsWith('A012'))!;
    const text = ws.getSheetValues().flat().map(String).join('\n');
    expect(text).toContain(LONG_NAME);
    expect(text).toMatch(/Resignation intent/);
    expect(pageBudget(ws).used).toBeGreaterThan(pageBudget(forms(books.en).find((w) => w.name.startsWith('A012'))!).used);
  });

  it('the general advice is on its own sheet, not on the forms', () => {
    expect(books.en.getWorksheet('How to run a talk')).toBeDefined();
    for (const ws of forms(books.en)) expect(ws.getSheetValues().flat().map(String).join('\n')).not.toMatch(/Before the talk|During the talk/);
  });
});
