import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayToUtcDate } from '../../src/model/day.js';
import { FIX, talks, tempDir } from '../helpers/cli.js';
import { fillForm } from '../helpers/prep-form-fill.js';

const KPI = join(FIX, 'kpi.xlsx');
const NEW_WEEKS = ['2026-11-23', '2026-11-30', '2026-12-07'];

let dir: string;
let db: string;

/** Three more weeks of KPI after the talk, as the next exports bring them: everyone as in W46, A012's FCR back up. */
async function laterWeeks(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(KPI);
  const ws = wb.worksheets[0];
  const header = ws.getRow(1).values as ExcelJS.CellValue[];
  const rows = new Map<string, ExcelJS.CellValue[]>();
  for (let r = 2; r <= ws.rowCount; r++) {
    const v = ws.getRow(r).values as ExcelJS.CellValue[];
    if ((v[2] as Date).toISOString().startsWith('2026-11-09')) rows.set(String(v[1]), v);
  }
  const out = new ExcelJS.Workbook();
  const sheet = out.addWorksheet('Weekly KPI');
  sheet.addRow(header.slice(1));
  for (const week of NEW_WEEKS) {
    for (const [id, v] of rows) {
      const row = v.slice(1);
      row[1] = dayToUtcDate(week);
      if (id === 'A012') row[6] = 0.79;
      sheet.addRow(row);
    }
  }
  const file = join(dir, 'kpi-later.xlsx');
  await out.xlsx.writeFile(file);
  return file;
}

function formText(wb: ExcelJS.Workbook, agentId: string): string {
  const ws = wb.worksheets.find((w) => w.name.startsWith(`${agentId} `))!;
  return (ws.getSheetValues() as ExcelJS.CellValue[][]).flat().filter((v) => typeof v === 'string').join('\n');
}

beforeAll(() => {
  dir = tempDir();
  db = join(dir, 'talks.db');
});

describe('follow-through, through the CLI only: plan → prep form → record → follow-up with the measured change', () => {
  const w48 = () => join(dir, 'w48.xlsx');

  it('plans week 48 and the manager fills in only the prep form, with a plan reviewed 3 weeks out', async () => {
    expect(talks(['plan', join(FIX, 'roster.xlsx'), '--kpi', KPI, '--today', '2026-11-24', '--history', db, '-o', w48()]).code).toBe(0);
    await fillForm(w48(), 'A012', {
      held: 'Yes', heldOn: dayToUtcDate('2026-11-25'),
      'issue1.category': 'Skill', 'issue1.text': 'New billing screens',
      'plan.goal': 'FCR back to normal', 'plan.metric': 'FCR', 'plan.target': '78%',
      'plan.actions': 'Two call reviews a week', 'plan.review': dayToUtcDate('2026-12-16'),
      leadNote: 'Pair Ryan with Mia for call reviews',
    });
    const r = talks(['record', w48(), '--history', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^Recorded 1 talk: 1 added/);
    const t = JSON.parse(talks(['history', 'A012', '--history', db, '--format', 'json']).stdout).talks[0];
    expect(t).toMatchObject({ heldOn: '2026-11-25', plan: { metric: 'fcr', target: '78%', review: '2026-12-16' }, leadNote: 'Pair Ryan with Mia for call reviews' });
  });

  it('three weeks later plans a follow-up talk for A012 by its review date, and its prep form shows the change', async () => {
    const later = await laterWeeks();
    const w51 = join(dir, 'w51.xlsx');
    const r = talks(['plan', join(FIX, 'roster.xlsx'), '--kpi', KPI, '--kpi', later, '--today', '2026-12-14', '--history', db, '-o', w51, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { talks: { agentId: string; rule: string; rules: string[]; date: string; due: string }[] };
    const a012 = doc.talks.find((t) => t.agentId === 'A012');
    expect(a012).toMatchObject({ rule: 'follow-up', due: '2026-12-16' });
    expect(a012!.date <= '2026-12-16').toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(w51);
    const form = formText(wb, 'A012');
    expect(form).toContain('Plan agreed on 2026-11-25: “FCR back to normal”, measured by FCR, target 78%; review 2026-12-16.');
    expect(form).toMatch(/FCR: 7\d(\.\d)?% before the talk → 79% since \(\+\d+(\.\d)?%\) · target 78%: met\./);
    expect(form).toContain('When we last talked we agreed a plan.');
  });
});
