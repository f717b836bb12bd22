import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { talks, tempDir } from '../helpers/cli.js';

/** Input that used to be taken in silence: now each is said, and every output stays valid. */
describe('odd roster values', () => {
  const dir = tempDir();
  const roster = join(dir, 'roster.csv');
  const long = 'N'.repeat(1_000_000);
  writeFileSync(
    roster,
    [
      'Agent ID,Name,Team,Team Lead,Hire Date,Status,Leaving Date,Last Talk',
      'A1,Ann\u0001 Lee,North,Li Na,2024-01-01,Active,,2026-01-01',
      `A2,${long},North,Li Na,2024-01-01,Active,,2026-01-01`,
      'A3,Bo Chen,North,Li Na,2025-06-01,Active,2025-03-01,2026-01-01',
    ].join('\r\n'),
  );

  it('plan warns of each, names the row and column, and writes a workbook and calendar that open', async () => {
    const out = join(dir, 'plan.xlsx');
    const ics = join(dir, 'week.ics');
    const r = talks(['plan', roster, '--today', '2026-11-24', '-o', out, '--ics', ics, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const warnings = (JSON.parse(r.stdout) as { warnings: { code: string; row?: number; column?: string; message: string }[] }).warnings;
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'text-too-long', row: 3, column: 'B (Name)', message: expect.stringContaining('1000000 characters') }),
        expect.objectContaining({ code: 'leaving-before-hire', row: 4, column: 'G (Leaving Date)', message: expect.stringContaining('2025-03-01 is before the hire date 2025-06-01') }),
      ]),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names: string[] = [];
    wb.getWorksheet('Schedule')!.eachRow((row, n) => {
      if (n > 1 && typeof row.getCell(2).value === 'string') names.push(row.getCell(2).value as string);
    });
    expect(names).toContain('Ann Lee');
    expect(Math.max(...names.map((n) => n.length))).toBe(32767);
    // eslint-disable-next-line no-control-regex
    expect(readFileSync(ics, 'utf8')).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('the warnings are in Chinese under --lang zh-CN', () => {
    const r = talks(['check', roster, '--lang', 'zh-CN']);
    expect(r.stdout).toContain('离职日期 2025-03-01 早于入职日期 2025-06-01');
    expect(r.stdout).toContain('只保留了前 32767 个');
  });
});
