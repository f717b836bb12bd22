import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkInputFile } from '../../../src/io/read/tables.js';
import { loadInputs } from '../../../src/io/load/index.js';
import { dayToUtcDate } from '../../../src/model/day.js';
import { readTables } from '../../../src/io/read/tables.js';
import { canCountOpenFiles, readAll, stillOpen, talksError, tempDir } from './helpers.js';

const file = tempDir();

async function rosterWorkbook(path: string, rows = 300): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Roster');
  ws.addRow(['Agent ID', 'Name', 'Hire Date']);
  for (let i = 0; i < rows; i++) ws.addRow([`A${1000 + i}`, `Agent number ${i} with a longer name`, dayToUtcDate('2024-01-15')]);
  await wb.xlsx.writeFile(path);
  return fs.readFileSync(path);
}

describe('checkInputFile', () => {
  it.each([
    ['a missing file', 'nope.csv', null, 'file-missing', /not found/],
    ['an empty file', 'empty.csv', '', 'file-empty', /empty/],
    ['an empty workbook file', 'empty.xlsx', '', 'file-empty', /empty/],
    ['a legacy .xls workbook', 'old.xls', '\xd0\xcf\x11\xe0', 'file-xls', /\.xls/],
    ['an unknown type', 'data.json', '{}', 'file-type', /\.json/],
    ['no extension', 'roster', 'a,b', 'file-type', /no extension/],
  ])('%s → %s', async (_name, name, content, code, message) => {
    const f = file(name);
    if (content !== null) fs.writeFileSync(f, content, 'latin1');
    const err = await talksError(() => checkInputFile(f));
    expect(err).toMatchObject({ code, file: f, exitCode: 1 });
    expect(err.message).toMatch(message);
    if (code !== 'file-empty') expect(err.hint ?? '').not.toBe('');
  });

  it('a folder', async () => {
    const err = await talksError(() => checkInputFile(file('')));
    expect(err.code).toBe('file-is-folder');
  });

  it.each(['ok.csv', 'ok.txt', 'ok.tsv', 'OK.CSV', 'ok.xlsx', 'ok.xlsm'])('%s passes', (name) => {
    const f = file(name);
    fs.writeFileSync(f, 'x');
    expect(() => checkInputFile(f)).not.toThrow();
  });

  it('loadInputs checks the file before reading', async () => {
    const err = await talksError(() => loadInputs(file('missing-roster.xlsx'), []));
    expect(err.code).toBe('file-missing');
  });
});

describe('broken workbooks', () => {
  it.each([0.1, 0.5, 0.9])('a workbook cut to %s of its bytes → file-unreadable, no stack in the message', async (share) => {
    const whole = await rosterWorkbook(file(`whole-${share}.xlsx`));
    const cut = file(`cut-${share}.xlsx`);
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * share)));
    const err = await talksError(() => loadInputs(cut, []));
    expect(err).toMatchObject({ code: 'file-unreadable', file: cut, exitCode: 1 });
    expect(err.message).toMatch(/^The file cannot be read as an Excel workbook/);
    expect(err.message).not.toMatch(/\n\s*at /);
    expect(err.hint).toMatch(/save it again as \.xlsx/);
  });

  it('a CSV saved with an .xlsx name → file-unreadable', async () => {
    const f = file('really-csv.xlsx');
    fs.writeFileSync(f, 'Agent ID,Hire Date\n1,2024-01-01\n');
    const err = await talksError(() => readAll(f));
    expect(err.code).toBe('file-unreadable');
  });
});

describe('sheets', () => {
  it('--sheet picks a sheet; a sheet that is not there is a TalksError naming it', async () => {
    const f = file('sheets.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('First').addRow(['x']);
    wb.addWorksheet('Second').addRow(['y']);
    await wb.xlsx.writeFile(f);
    expect((await readAll(f, { sheet: 'Second' })).map((t) => [t.sheet, t.rows[0].cells])).toEqual([['Second', ['y']]]);
    const err = await talksError(() => readAll(f, { sheet: 'Third' }));
    expect(err).toMatchObject({ code: 'sheet-missing', file: f });
    expect(err.message).toContain('"Third"');
    expect(err.hint).toMatch(/talks check/);
  });
});

describe.skipIf(!canCountOpenFiles)('workbooks are closed', () => {
  it('after a truncated workbook, a missing sheet and a reader that stops early', async () => {
    await rosterWorkbook(file('closing.xlsx'));
    fs.writeFileSync(file('closing-cut.xlsx'), fs.readFileSync(file('closing.xlsx')).subarray(0, 4000));
    expect((await talksError(() => loadInputs(file('closing-cut.xlsx'), []))).code).toBe('file-unreadable');
    expect((await talksError(() => loadInputs(file('closing.xlsx'), [], { sheet: 'Nope' }))).code).toBe('sheet-missing');
    for await (const table of readTables(file('closing.xlsx'))) {
      for await (const row of table.rows) {
        expect(row.row).toBe(1);
        break;
      }
      break;
    }
    expect(await stillOpen('closing-cut.xlsx')).toBe(0);
    expect(await stillOpen('closing.xlsx')).toBe(0);
  });
});
