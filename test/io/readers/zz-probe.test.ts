import { it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readTables } from '../../../src/io/tables.js';
import { loadInputs } from '../../../src/io/load.js';

it('probe', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('R');
  ws.addRow(['Roster']); ws.mergeCells('A1:E1');
  ws.addRow(['Agent ID', 'Hire Date', 'CSAT', 'AHT', 'F', 'R']);
  ws.addRow(['A1', new Date(Date.UTC(2025, 0, 1)), 0.92, 143/86400, { formula: 'C3*100', result: 92 }, { richText: [{ text: 'ab' }, { font: { bold: true }, text: 'cd' }] }]);
  ws.getCell('C3').numFmt = '0%';
  ws.getCell('D3').numFmt = 'h:mm:ss';
  const ws2 = wb.addWorksheet('KPI');
  ws2.addRow(['x']);
  const x = path.join(dir, 'a.xlsx');
  await wb.xlsx.writeFile(x);
  for await (const s of readTables(x)) for await (const r of s.rows) console.log(s.sheet, r.row, r.cells);
  const buf = fs.readFileSync(x);
  for (const frac of [0.05, 0.3, 0.5, 0.7, 0.9, 0.97, 0.99]) {
    const t = path.join(dir, `t${frac}.xlsx`);
    fs.writeFileSync(t, buf.subarray(0, Math.floor(buf.length * frac)));
    try { const r = await loadInputs(t, []); console.log(frac, 'no error', r.agents.length); } catch (e) { console.log(frac, 'ERR', (e as Error).message); }
  }
  const g = path.join(dir, 'g.xlsx');
  fs.writeFileSync(g, 'Agent ID,Hire Date\n1,2025-01-01\n');
  try { const r = await loadInputs(g, []); console.log('garbage no error', r.agents.length); } catch (e) { console.log('garbage ERR', (e as Error).message); }
});
