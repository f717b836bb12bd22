import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `talks prep` through the real CLI (needs `npm run build` first). */
const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'talks.js');
const ROSTER = join(ROOT, 'fixtures', 'roster.xlsx');
const KPI = join(ROOT, 'fixtures', 'kpi.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'talks-prep-cli-'));
const run = promisify(execFile);

interface Result {
  code: number;
  stderr: string;
}

async function talks(args: string[]): Promise<Result> {
  try {
    const { stderr } = await run(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', LC_MESSAGES: '' } });
    return { code: 0, stderr };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
  }
}

function prep(agent: string, ...more: string[]): Promise<Result> {
  return talks(['prep', ROSTER, '--kpi', KPI, '--today', '2026-11-24', '--agent', agent, ...more]);
}

async function sheetLines(file: string): Promise<{ names: string[]; text: string; ws: ExcelJS.Worksheet }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, file));
  const ws = wb.worksheets[0];
  const out: string[] = [];
  ws.eachRow((row) => {
    const values: string[] = [];
    row.eachCell((c) => {
      if (c.value !== null && (!c.isMerged || c.master.address === c.address)) values.push(String(c.value));
    });
    out.push(values.join(' | '));
  });
  return { names: wb.worksheets.map((w) => w.name), text: out.join('\n'), ws };
}

const results: Record<string, Result> = {};

beforeAll(async () => {
  writeFileSync(join(dir, 'taken.xlsx'), 'x');
  const jobs: [string, Promise<Result>][] = [
    ['scheduled', prep('A012')],
    ['core', prep('A007', '-o', 'a007.xlsx')],
    ['guard', prep('A031', '-o', 'a031.xlsx')],
    ['leave', prep('A016', '-o', 'a016.xlsx')],
    ['left', prep('A033', '-o', 'a033.xlsx')],
    ['unknown', prep('a12x')],
    ['exists', prep('A012', '-o', 'taken.xlsx')],
    ['zh', talks(['prep', join(ROOT, 'fixtures', 'roster-zh.csv'), '--kpi', join(ROOT, 'fixtures', 'kpi-zh.csv'), '--today', '2026-11-24', '--agent', 'A009', '--lang', 'zh-CN', '-o', 'a009.xlsx'])],
  ];
  for (let i = 0; i < jobs.length; i += 2) {
    const batch = jobs.slice(i, i + 2);
    const done = await Promise.all(batch.map(([, p]) => p));
    batch.forEach(([key], j) => (results[key] = done[j]));
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('talks prep', () => {
  it('writes a scheduled agent’s prep sheet to talks-prep-<ID>.xlsx and says so in one line', async () => {
    const r = results.scheduled;
    expect(r.code).toBe(0);
    expect(r.stderr.trim()).toBe('Wrote talks-prep-A012.xlsx: prep sheet for A012 Ryan Fletcher, Swing down talk on Thu 2026-11-26 10:00–10:45 in Break room.');
    const { names, text, ws } = await sheetLines('talks-prep-A012.xlsx');
    expect(names).toEqual(['A012 Ryan Fletcher', 'How to run a talk']);
    expect(text).toContain('FCR fell from 80.5% to 63.5% in week 47; usual range 80.2–80.7%.');
    expect(text).not.toContain('No talk is planned');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
  });

  it('renders an unscheduled core agent and says when the next talk is due', async () => {
    expect(results.core.code).toBe(0);
    expect(results.core.stderr).toContain('Next talk due 2027-01-13 (top performer).');
    const { text } = await sheetLines('a007.xlsx');
    expect(text).toContain('No talk is planned this week: not due yet. Next talk due 2027-01-13 (top performer).');
    expect(text).toContain('Top performer · ★ Core staff: focus on retention');
    expect(text).toContain('Date | –');
    expect(text).toContain('Ranked 1 of 38 on the overall KPI score (100 of 100).');
    expect(text).toContain('Do your pay and your position fit the work you do');
    expect(text).toMatch(/Metric \| W40 .* \| W47 \| Trend/);
  });

  it('respects the frequency guard when saying when the next talk is due', async () => {
    expect(results.guard.code).toBe(0);
    expect((await sheetLines('a031.xlsx')).text).toContain('Next talk due 2027-02-04 (top performer).');
  });

  it('explains a backlog talk (on leave) and an agent who has left', async () => {
    expect((await sheetLines('a016.xlsx')).text).toContain('No talk is planned this week: it is in the backlog (on leave this week).');
    const left = await sheetLines('a033.xlsx');
    expect(left.text).toContain('No talk is planned this week: the agent left on 2026-10-30.');
    expect(left.text).toContain('How are things going at work at the moment?');
  });

  it('writes Chinese sheets for Chinese rosters, named after the agent', async () => {
    expect(results.zh.code).toBe(0);
    const { names, text } = await sheetLines('a009.xlsx');
    expect(names).toEqual(['A009 周婷', '面谈须知']);
    expect(text).toContain('面谈准备表：A009 周婷');
    expect(text).toContain('组长于 2026-11-20 反馈其情绪有明显变化（4 天前）。');
    expect(text).toContain('绝不评论、议论或否定组长的管理');
    expect(results.zh.stderr).toMatch(/^已写入 a009\.xlsx：A009 周婷 的面谈准备表/);
  });

  it('rejects an unknown agent with exit 1 and close IDs', () => {
    expect(results.unknown.code).toBe(1);
    expect(results.unknown.stderr).toContain('No agent with the ID "a12x" in the roster.');
    expect(results.unknown.stderr).toMatch(/Close IDs: A012, /);
    expect(existsSync(join(dir, 'talks-prep-a12x.xlsx'))).toBe(false);
  });

  it('does not overwrite an existing file without --force', () => {
    expect(results.exists.code).toBe(2);
    expect(results.exists.stderr).toContain('taken.xlsx already exists.');
  });
});
