import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayToUtcDate } from '../../src/model/day.js';
import { FIX, talks, tempDir } from '../helpers/cli.js';
import { fillForm } from '../helpers/prep-form-fill.js';
import { pageBudget } from '../helpers/page-budget.js';

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

/** Every string in an agent's prep form (in a plan workbook, or the workbook `talks prep` writes). */
async function formOf(file: string, agentId: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return formText(wb, agentId);
}

const CHANGE = 'Shift swaps answered within 2 days; earlier starts on offer';

describe('follow-through, through the CLI only (issue 9 "Done when"): plan → prep form → record → lead feedback → follow-up → impact; a common issue resolved and published', () => {
  const w48 = () => join(dir, 'w48.xlsx');
  let later: string;

  it('plans week 48 and the manager fills in only the prep forms, A012 with a plan reviewed 3 weeks out; three agents raise shifts', async () => {
    expect(talks(['plan', join(FIX, 'roster.xlsx'), '--kpi', KPI, '--today', '2026-11-24', '--history', db, '-o', w48()]).code).toBe(0);
    await fillForm(w48(), 'A012', {
      held: 'Yes', heldOn: dayToUtcDate('2026-11-25'),
      'issue1.category': 'Skill', 'issue1.text': 'New billing screens',
      'issue2.category': 'Shift/schedule', 'issue2.text': 'Swaps take a week',
      'plan.goal': 'FCR back to normal', 'plan.metric': 'FCR', 'plan.target': '78%',
      'plan.actions': 'Two call reviews a week', 'plan.review': dayToUtcDate('2026-12-16'),
      leadNote: 'Pair Ryan with Mia for call reviews',
    });
    await fillForm(w48(), 'A009', { held: 'Yes', 'issue1.category': 'Shift/schedule', 'issue1.text': 'Always the late shift' });
    await fillForm(w48(), 'A034', { held: 'Yes', 'issue1.category': 'Shift/schedule', 'issue1.text': 'Cannot swap with colleagues' });
    const r = talks(['record', w48(), '--history', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^Recorded 3 talks: 3 added/);
    const t = JSON.parse(talks(['history', 'A012', '--history', db, '--format', 'json']).stdout).talks[0];
    expect(t).toMatchObject({ heldOn: '2026-11-25', plan: { metric: 'fcr', target: '78%', review: '2026-12-16' }, leadNote: 'Pair Ryan with Mia for call reviews' });
  });

  it('the team leads get their feedback: the note to the lead on that lead\'s own sheet, never what the agent raised in private', async () => {
    const json = talks(['feedback', '--since', '2026-11-23', '--today', '2026-11-30', '--history', db, '--format', 'json']);
    expect(json.code, json.stderr).toBe(0);
    const doc = JSON.parse(json.stdout) as { leads: { lead: string; talks: { agentId: string; held: boolean; leadNote: string | null; issues: unknown[] }[] }[] };
    const grace = doc.leads.find((l) => l.lead === 'Grace Lin')!;
    expect(grace.talks.find((t) => t.agentId === 'A012')).toMatchObject({ held: true, leadNote: 'Pair Ryan with Mia for call reviews', issues: [] });
    expect(doc.leads.find((l) => l.lead === 'Omar Haddad')!.talks.map((t) => t.agentId)).toContain('A034');
    expect(doc.leads.flatMap((l) => l.talks).filter((t) => t.agentId === 'A012')).toHaveLength(1);
    for (const lang of ['en', 'zh-CN']) {
      const file = join(dir, `feedback-${lang}.xlsx`);
      const r = talks(['feedback', '--since', '2026-11-23', '--today', '2026-11-30', '--history', db, '--lang', lang, '-o', file]);
      expect(r.code, r.stderr).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const sheet = wb.worksheets.find((w) => w.name.includes('Grace Lin'))!;
      const text = (sheet.getSheetValues() as ExcelJS.CellValue[][]).flat().filter((v) => typeof v === 'string').join('\n');
      expect(text).toContain('Pair Ryan with Mia for call reviews');
      expect(text).not.toContain('A034');
      const all = wb.worksheets.map((w) => (w.getSheetValues() as ExcelJS.CellValue[][]).flat().join('\n')).join('\n');
      for (const secret of ['New billing screens', 'Swaps take a week', 'Always the late shift', 'Cannot swap with colleagues']) expect(all).not.toContain(secret);
    }
  });

  it('the shift issue is common and open; talks resolve closes it for everyone and shows whom it closes', () => {
    const before = JSON.parse(talks(['issues', '--history', db, '--today', '2026-11-30', '--format', 'json']).stdout);
    expect(before.common).toEqual([{ category: 'shift', owner: 'Workforce management', count: 3, agents: ['A009', 'A012', 'A034'] }]);
    expect(before.issues.filter((i: { state: string }) => i.state === 'open')).toHaveLength(4);
    const r = talks(['resolve', '--category', 'shift', '--text', CHANGE, '--on', '2026-12-01', '--history', db], { env: { COLUMNS: '300' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Resolved the Shift/schedule issues: “${CHANGE}” from 2026-12-01. It closes 3 issues raised by 3 agents: A009, A012, A034.`);
    expect(r.stdout).toContain('A012/2026-11-26/2');
    const after = JSON.parse(talks(['issues', '--history', db, '--today', '2026-11-30', '--format', 'json']).stdout);
    expect(after.common).toEqual([]);
    expect(after.issues.map((i: { ref: string; state: string; resolvedOn: string | null }) => [i.ref, i.state, i.resolvedOn]).sort()).toEqual([
      ['A009/2026-11-24/1', 'resolved', '2026-12-01'],
      ['A012/2026-11-26/1', 'open', null],
      ['A012/2026-11-26/2', 'resolved', '2026-12-01'],
      ['A034/2026-11-24/1', 'resolved', '2026-12-01'],
    ]);
    // The same again finds nothing open: refused, nothing stored twice.
    const again = talks(['resolve', '--category', 'shift', '--text', CHANGE, '--on', '2026-12-01', '--history', db]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('There is no open Shift/schedule issue raised on or before 2026-12-01: nothing was recorded.');
  });

  it('publishes the notice to the team in English and in Chinese, naming no agent', () => {
    const md = join(dir, 'notice.md');
    const r = talks(['issues', '--notice', '-o', md, '--history', db, '--today', '2026-12-02']);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(md, 'utf8');
    expect(text).toContain('## Shift/schedule — raised by 3 agents');
    expect(text).toContain(`What we changed: ${CHANGE}\nFrom: 2026-12-01`);
    expect(text).not.toMatch(/A0\d\d|Ryan|Fletcher|Chloe|Jamal|swap with colleagues|late shift/);
    const txt = join(dir, 'notice-zh.txt');
    expect(talks(['issues', '--notice', '-o', txt, '--history', db, '--today', '2026-12-02', '--lang', 'zh-CN']).code).toBe(0);
    const zh = readFileSync(txt, 'utf8');
    expect(zh).toContain('排班/班次 — 3 名坐席提出');
    expect(zh).toContain('生效日期：2026-12-01');
    expect(zh).not.toMatch(/A0\d\d|##/);
  });

  it('three weeks later plans a follow-up talk for A012 by its review date; its prep form shows the change and asks about the shift change', async () => {
    later = await laterWeeks();
    const w51 = join(dir, 'w51.xlsx');
    const r = talks(['plan', join(FIX, 'roster.xlsx'), '--kpi', KPI, '--kpi', later, '--today', '2026-12-14', '--history', db, '-o', w51, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { talks: { agentId: string; rule: string; rules: string[]; date: string; due: string }[] };
    const a012 = doc.talks.find((t) => t.agentId === 'A012');
    expect(a012).toMatchObject({ rule: 'follow-up', due: '2026-12-16' });
    expect(a012!.date <= '2026-12-16').toBe(true);
    const form = await formOf(w51, 'A012');
    expect(form).toContain('Plan agreed on 2026-11-25: “FCR back to normal”, measured by FCR, target 78%; review 2026-12-16.');
    expect(form).toMatch(/FCR: 7\d(\.\d)?% before the talk → 79% since \(\+\d+(\.\d)?%\) · target 78%: met\./);
    expect(form).toContain(`You raised an issue (Shift/schedule); from 2026-12-01 we changed this: “${CHANGE}”. How is it working for you?`);
    expect(form).toContain('When we last talked we agreed a plan.');
    // The resolved shift issue is no longer listed as open; the skill one still is.
    expect(form).toContain('Skill: New billing screens');
    expect(form).not.toContain('Shift/schedule: Swaps take a week');
    // With the plan, its change and the question about the shift change, the form still prints on one readable page.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(w51);
    const b = pageBudget(wb.worksheets.find((w) => w.name.startsWith('A012 '))!);
    expect(Math.min(b.scale, (b.room / b.used) * b.scale)).toBeGreaterThanOrEqual(0.85);
  });

  it('the next prep form of another agent who raised it asks the same, in Chinese too', async () => {
    const file = join(dir, 'prep-a034.xlsx');
    const r = talks(['prep', join(FIX, 'roster.xlsx'), '--agent', 'A034', '--kpi', KPI, '--kpi', later, '--today', '2026-12-14', '--history', db, '-o', file, '--lang', 'zh-CN']);
    expect(r.code, r.stderr).toBe(0);
    expect(await formOf(file, 'A034')).toContain(`你提出过的问题（排班/班次），我们自 2026-12-01 起做了改变：“${CHANGE}”。这对你的效果如何？`);
  });

  it('talks impact reports the plan met for A012 (measured the same way as the form) and is honest about the rest', () => {
    const r = talks(['impact', join(FIX, 'roster.xlsx'), '--kpi', KPI, '--kpi', later, '--today', '2026-12-14', '--history', db, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    const a012 = doc.talks.find((t: { agentId: string }) => t.agentId === 'A012');
    expect(a012).toMatchObject({ date: '2026-11-25', rule: 'swing-down', basis: 'plan', verdict: 'better', partial: true });
    expect(a012.metrics).toMatchObject([{ metric: 'fcr', since: 79, target: 78, periodsSince: 2, periodsBefore: 4, verdict: 'better' }]);
    expect(a012.metrics[0].before).toBeLessThan(78);
    expect(doc.summary).toContainEqual({ rule: 'swing-down', basis: 'plan', agents: 1, better: 1, notYet: 0, tooRecent: 0, noData: 0, partial: 1 });
    expect(doc.talks.find((t: { agentId: string }) => t.agentId === 'A009')).toMatchObject({ rule: 'lead-flag', basis: 'none', verdict: 'no-metric', metrics: [] });
    const wide = { env: { COLUMNS: '300' } };
    const table = talks(['impact', join(FIX, 'roster.xlsx'), '--kpi', KPI, '--kpi', later, '--today', '2026-12-14', '--history', db], wide);
    expect(table.stdout).toContain("Swing down talks with a plan: 1 of 1 agents met their plan's target 4 weeks later (1 measured over fewer weeks so far).");
    expect(table.stdout).toContain('Lead flag talks: 1 agent, no metric to judge by');
    const zh = talks(['impact', join(FIX, 'roster.xlsx'), '--kpi', KPI, '--kpi', later, '--today', '2026-12-14', '--history', db, '--lang', 'zh-CN'], wide);
    expect(zh.stdout).toMatch(/（有改进计划）：1 名坐席中 1 名4 周后达到改进计划的目标/);
  });
});
