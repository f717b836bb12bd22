import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIX, hasStackTrace, talks, tempDir } from '../helpers/cli.js';
import { SCHEDULE_HEADERS } from '../../src/text/labels.js';

let dir: string;
let planFile: string;

/** A copy of the real plan with the first Schedule row held, and its Agent ID set to `id` when given. */
async function filledIn(name: string, id?: string): Promise<{ file: string; was: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(planFile);
  const ws = wb.getWorksheet('Schedule')!;
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const col = (h: string) => headers.indexOf(h);
  const cell = ws.getRow(2).getCell(col(SCHEDULE_HEADERS.en.agentId));
  const was = String(cell.value);
  if (id !== undefined) cell.value = id;
  ws.getRow(2).getCell(col(SCHEDULE_HEADERS.en.held)).value = 'Yes';
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return { file, was };
}

beforeAll(() => {
  dir = tempDir();
  planFile = path.join(dir, 'plan.xlsx');
  const r = talks(['plan', path.join(FIX, 'roster.xlsx'), '--today', '2026-11-23', '-o', planFile]);
  expect(r.code, r.stderr).toBe(0);
});

describe('talks record with an Agent ID edited on the Schedule', () => {
  it('records the untouched plan (the control)', async () => {
    const { file } = await filledIn('control.xlsx');
    const db = path.join(dir, 'control.db');
    const r = talks(['record', file, '--history', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Recorded 1 talk');
  });

  it('refuses an ID in neither the plan nor the roster, naming the cell and the fix, and stores nothing', async () => {
    const { file, was } = await filledIn('edited.xlsx', 'A999');
    const db = path.join(dir, 'edited.db');
    const before = fs.readFileSync(file);
    const r = talks(['record', file, '--history', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('sheet "Schedule", row 2, column A (Agent ID)');
    expect(r.stderr).toContain('"A999" is not an agent this plan was made for');
    expect(r.stderr).toContain('Type back the Agent ID');
    expect(r.stderr).toContain('nothing was recorded');
    expect(was).not.toBe('A999');
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(fs.existsSync(db)).toBe(false);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('says so in Chinese under --lang zh-CN', async () => {
    const { file } = await filledIn('edited-zh.xlsx', 'A999');
    const r = talks(['record', file, '--history', path.join(dir, 'zh.db'), '--lang', 'zh-CN']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('工作表“Schedule”，第 2 行，列 A（Agent ID）');
    expect(r.stderr).toContain('“A999” 不是此计划中的坐席');
    expect(r.stderr).toContain('本次没有记录任何内容');
  });
});
