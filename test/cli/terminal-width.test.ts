import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIX, talks, tempDir } from '../helpers/cli.js';
import { textWidth } from '../../src/text/width.js';

const EN = [join(FIX, 'roster.xlsx'), '--kpi', join(FIX, 'kpi.xlsx')];
const ZH = [join(FIX, 'roster-zh.csv'), '--kpi', join(FIX, 'kpi-zh.csv'), '--lang', 'zh-CN'];
const TODAY = ['--today', '2026-11-24'];
const NARROW = { env: { COLUMNS: '80' } };

function wideLines(stdout: string, width = 80): string[] {
  return stdout.split('\n').filter((l) => textWidth(l) > width);
}

/** Every talk held, with a long issue and long notes, so the archive's tables have text to wrap. */
async function fillAll(plan: string, filled: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(plan);
  const ws = wb.getWorksheet('Schedule')!;
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (typeof row.getCell(1).value !== 'string') continue;
    row.getCell(13).value = 'Yes';
    row.getCell(14).value = row.getCell(5).value;
    row.getCell(15).value = r % 2 ? 'Shift/schedule' : 'Skill';
    row.getCell(16).value = 'Wants to swap the late shift on Thursdays because of a childcare arrangement that changed';
    row.getCell(17).value = 'Agreed to ask workforce management and to follow up with the team lead next week';
  }
  await wb.xlsx.writeFile(filled);
}

describe('tables fit an 80-column terminal', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = tempDir();
    db = join(dir, 'talks.db');
    const plan = join(dir, 'plan.xlsx');
    expect(talks(['plan', ...EN, ...TODAY, '-o', plan]).code).toBe(0);
    await fillAll(plan, join(dir, 'filled.xlsx'));
    expect(talks(['record', join(dir, 'filled.xlsx'), '--history', db]).code).toBe(0);
  });

  it.each([
    ['plan', ['plan', ...EN, ...TODAY, '-o', 'plan-en.xlsx']],
    ['plan (Chinese)', ['plan', ...ZH, ...TODAY, '-o', 'plan-zh.xlsx']],
    ['rank', ['rank', ...EN, ...TODAY]],
  ])('%s', (_label, args) => {
    const r = talks(args.map((a) => (a.endsWith('.xlsx') && !a.includes('/') ? join(dir, a) : a)), NARROW);
    expect(r.code, r.stderr).toBe(0);
    expect(wideLines(r.stdout)).toEqual([]);
    expect(r.stdout).toMatch(/Left out to fit the terminal|为适应终端宽度未显示/);
  });

  it('check: the column lines, samples cut', () => {
    const r = talks(['check', ...EN], NARROW);
    expect(r.code, r.stderr).toBe(0);
    expect(wideLines(r.stdout.split('\n').filter((l) => l.startsWith('  ')).join('\n'))).toEqual([]);
  });

  it.each([
    ['history', ['history', '--history']],
    ['history (Chinese)', ['history', '--lang', 'zh-CN', '--history']],
    ['issues', ['issues', '--today', '2026-11-30', '--history']],
    ['issues (Chinese)', ['issues', '--lang', 'zh-CN', '--today', '2026-11-30', '--history']],
  ])('%s', (_label, args) => {
    const r = talks([...args, db], NARROW);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('A009');
    expect(wideLines(r.stdout)).toEqual([]);
  });

  it('keeps every column on a wide terminal', () => {
    const r = talks(['rank', ...EN, ...TODAY], { env: { COLUMNS: '200' } });
    expect(r.stdout).toContain('Adherence');
    expect(r.stdout).not.toContain('Left out');
  });
});
