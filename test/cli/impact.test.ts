import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayToUtcDate } from '../../src/model/day.js';
import { FIX, hasStackTrace, talks, tempDir } from '../helpers/cli.js';
import { fillForm } from '../helpers/prep-form-fill.js';

const KPI = join(FIX, 'kpi.xlsx');
const ROSTER = join(FIX, 'roster.xlsx');
let dir: string;
let db: string;
let later: string;

/** Four more KPI weeks: everyone as in week 46 (before A012's drop). */
async function laterWeeks(weeks: string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(KPI);
  const ws = wb.worksheets[0];
  const out = new ExcelJS.Workbook();
  const sheet = out.addWorksheet('Weekly KPI');
  sheet.addRow((ws.getRow(1).values as ExcelJS.CellValue[]).slice(1));
  const w46: ExcelJS.CellValue[][] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const v = (ws.getRow(r).values as ExcelJS.CellValue[]).slice(1);
    if ((v[1] as Date).toISOString().startsWith('2026-11-09')) w46.push(v);
  }
  for (const week of weeks) for (const v of w46) sheet.addRow([v[0], dayToUtcDate(week), ...v.slice(2)]);
  const file = join(dir, 'kpi-later.xlsx');
  await out.xlsx.writeFile(file);
  return file;
}

beforeAll(async () => {
  dir = tempDir();
  db = join(dir, 'talks.db');
  const w48 = join(dir, 'w48.xlsx');
  expect(talks(['plan', ROSTER, '--kpi', KPI, '--today', '2026-11-24', '--history', db, '-o', w48]).code).toBe(0);
  // The swing talks held, no plan agreed: they are judged by the metrics whose swing led to them.
  await fillForm(w48, 'A012', { held: 'Yes' });
  await fillForm(w48, 'A037', { held: 'Yes' });
  expect(talks(['record', w48, '--history', db]).code).toBe(0);
  later = await laterWeeks(['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21']);
});

describe('talks impact through the CLI', () => {
  it('judges a swing-down talk by the metrics that dropped, against the normal range before the swing', () => {
    const r = talks(['impact', ROSTER, '--kpi', KPI, '--kpi', later, '--today', '2026-12-28', '--history', db, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ periodKind: 'week', afterPeriods: 4 });
    const a012 = doc.talks.find((t: { agentId: string }) => t.agentId === 'A012');
    expect(a012).toMatchObject({ rule: 'swing-down', basis: 'swing', partial: false, verdict: 'better' });
    expect(a012.metrics.length).toBeGreaterThan(0);
    for (const m of a012.metrics) {
      expect(m).toMatchObject({ periodsBefore: 4, periodsSince: 4, verdict: 'better' });
      expect(m.low).toBeLessThanOrEqual(m.high);
    }
    expect(doc.talks.find((t: { agentId: string }) => t.agentId === 'A037')).toMatchObject({ rule: 'swing-up', basis: 'swing' });
    expect(doc.summary).toContainEqual({ rule: 'swing-down', basis: 'swing', agents: 1, better: 1, notYet: 0, tooRecent: 0, noData: 0, partial: 0 });
  });

  it('the table sums up per talk type in English and in Chinese; CSV has a row per talk and metric', () => {
    const args = ['impact', ROSTER, '--kpi', KPI, '--kpi', later, '--today', '2026-12-28', '--history', db];
    const wide = { env: { COLUMNS: '300' } };
    expect(talks(args, wide).stdout).toContain('Swing down talks: 1 of 1 agents back within their normal range 4 weeks later.');
    expect(talks([...args, '--lang', 'zh-CN'], wide).stdout).toContain('1 名坐席中 1 名4 周后回到正常范围');
    const csv = talks([...args, '--format', 'csv']).stdout.split(/\r?\n/);
    expect(csv[0]).toBe('agentId,name,team,date,rule,basis,verdict,partial,metric,before,after,periodsBefore,periodsAfter,low,high,usual,target,metricVerdict');
    expect(csv.filter((l) => l.startsWith('A012,')).length).toBeGreaterThan(0);
  });

  it('says the talks are too recent to judge when no KPI period began since', () => {
    const r = talks(['impact', ROSTER, '--kpi', KPI, '--today', '2026-11-27', '--history', db], { env: { COLUMNS: '300' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Swing down talks: 1 agent; 1 too recent to judge (no KPI period since the talk yet).');
  });

  it('needs KPI data (exit 1 without any, 2 without roster and --kpi) and says when no talk was held (exit 0)', () => {
    const none = talks(['impact', ROSTER, '--history', db]);
    expect([none.code, hasStackTrace(none.stderr)]).toEqual([1, false]);
    const bare = talks(['impact', '--history', db]);
    expect(bare.code).toBe(2);
    const empty = talks(['impact', '--kpi', KPI, '--history', join(dir, 'none.db')]);
    expect(empty.code).toBe(0);
    expect(empty.stderr).toContain('No talk held since');
  });
});
