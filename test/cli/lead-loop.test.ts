import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayToUtcDate } from '../../src/model/day.js';
import { FIX, hasStackTrace, talks, tempDir } from '../helpers/cli.js';
import { fillForm, formCell } from '../helpers/prep-form-fill.js';
import { cellMap, writeLeadQuestions } from '../helpers/lead-questions.js';

/**
 * The team-lead loop through the real CLI: leads write questions in the Team leads sheet,
 * `talks prep PLAN.xlsx` brings them onto the prep forms and keeps everything typed.
 */
let dir: string;
let planEn: string;
let planZh: string;

beforeAll(() => {
  dir = tempDir();
  planEn = join(dir, 'w48.xlsx');
  planZh = join(dir, 'w48-zh.xlsx');
  expect(talks(['plan', join(FIX, 'roster.xlsx'), '--kpi', join(FIX, 'kpi.xlsx'), '--today', '2026-11-24', '-o', planEn]).code).toBe(0);
  const zh = ['plan', join(FIX, 'roster-zh.csv'), '--kpi', join(FIX, 'kpi-zh.csv'), '--lang', 'zh-CN', '--calendar', 'cn', '--today', '2026-11-24', '-o', planZh];
  expect(talks(zh).code).toBe(0);
});

function copy(from: string, name: string): string {
  const file = join(dir, name);
  copyFileSync(from, file);
  return file;
}

async function form(file: string, agentId: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.find((w) => w.name.startsWith(`${agentId} `))!;
}

const lead = (ws: ExcelJS.Worksheet) => formCell(ws, 'leadQuestions');

describe('talks prep PLAN.xlsx', () => {
  it('writes the questions a lead typed onto that agent’s prep form and keeps every outcome already typed', async () => {
    const file = copy(planEn, 'typed.xlsx');
    await writeLeadQuestions(file, { A012: '1. Ask about the new headset\nHow is the night shift going?', A009: 'Does she want to join the mentoring group?' });
    await fillForm(file, 'A012', { held: 'Yes', heldOn: dayToUtcDate('2026-11-26'), 'plan.goal': 'FCR back to 80%', leadNote: 'Pair him with Mia' }, { Notes: 'spoke at lunch' });
    const before = readFileSync(file);
    const cellsBefore = await cellMap(file);

    const r = talks(['prep', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Wrote ${file}: the team leads' questions are on 2 prep forms (A009 Chloe Bennett, A012 Ryan Fletcher); 8 forms have none.`);
    expect(r.stderr).toContain(`The workbook as it was before: ${join(dir, 'typed.backup.xlsx')}.`);
    expect(readFileSync(join(dir, 'typed.backup.xlsx')).equals(before)).toBe(true);

    const a012 = await form(file, 'A012');
    expect(lead(a012).value).toBe('Questions from the team lead:\n1. Ask about the new headset\n2. How is the night shift going?');
    expect(a012.getRow(Number(lead(a012).row)).height).toBe(42);
    expect(lead(await form(file, 'A013')).value).toBe('Questions from the team lead: none yet (Team leads sheet, then talks prep PLAN.xlsx)');
    // Nothing else changed: every other cell of every sheet holds what it held.
    const after = await cellMap(file);
    const changed = [...new Set([...cellsBefore.keys(), ...after.keys()])].filter((k) => cellsBefore.get(k) !== after.get(k));
    const a009 = Number(lead(await form(file, 'A009')).row);
    expect(changed.sort()).toEqual([`A009 Chloe Bennett!A${a009}`, `A009 Chloe Bennett!L${a009}`, 'A012 Ryan Fletcher!A27', 'A012 Ryan Fletcher!L27']);
    expect(formCell(a012, 'leadNote').value).toBe('Pair him with Mia');

    // The rewritten workbook still records, with the outcome typed before.
    const db = join(dir, 'typed.db');
    const rec = talks(['record', file, '--history', db]);
    expect(rec.code, rec.stderr).toBe(0);
    const doc = JSON.parse(talks(['history', 'A012', '--history', db, '--format', 'json']).stdout);
    expect(doc.talks[0]).toMatchObject({ held: true, heldOn: '2026-11-26', leadNote: 'Pair him with Mia', notes: 'spoke at lunch', plan: { goal: 'FCR back to 80%' } });

    // Run again: nothing to change, nothing written. A lead who changes a question: the form follows.
    expect(talks(['prep', file]).stderr).toContain('Nothing to change');
    await writeLeadQuestions(file, { A012: 'Only this one now' });
    expect(talks(['prep', file]).code).toBe(0);
    expect(lead(await form(file, 'A012')).value).toBe('Questions from the team lead:\n1. Only this one now');
  });

  it('refuses, naming the cell, when the lead-questions cell of a form was changed by hand, and writes nothing', async () => {
    const file = copy(planEn, 'hand.xlsx');
    await writeLeadQuestions(file, { A012: 'Ask about the headset' });
    await fillForm(file, 'A012', { leadQuestions: 'my own reminder: ask about the bonus' });
    const before = readFileSync(file);
    const r = talks(['prep', file]);
    expect(r.code).toBe(1);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stderr).toContain('sheet "A012 Ryan Fletcher", cell A27: my own reminder: ask about the bonus');
    expect(r.stderr).toContain('nothing was written');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(join(dir, 'hand.backup.xlsx'))).toBe(false);
  });

  it('writes to -o FILE and leaves the plan workbook as it is', async () => {
    const file = copy(planEn, 'out-src.xlsx');
    await writeLeadQuestions(file, { A028: 'Has he talked to HR yet?' });
    const before = readFileSync(file);
    const out = join(dir, 'out-new.xlsx');
    const r = talks(['prep', file, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(lead(await form(out, 'A028')).value).toBe('Questions from the team lead:\n1. Has he talked to HR yet?');
    expect(talks(['prep', file, '-o', out]).code).toBe(2);
  });

  it('works on the Chinese workbook, in Chinese', async () => {
    const file = copy(planZh, 'zh.xlsx');
    await writeLeadQuestions(file, { A012: '问问他新耳机用得怎么样\n夜班适应吗？' });
    const r = talks(['prep', file, '--lang', 'zh-CN']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('张面谈准备表上有组长的问题');
    expect(lead(await form(file, 'A012')).value).toBe('组长提出的问题：\n1. 问问他新耳机用得怎么样\n2. 夜班适应吗？');
  });

  it('asks for --agent with a roster, and refuses --agent with a plan workbook (exit 2)', () => {
    const roster = talks(['prep', join(FIX, 'roster.xlsx'), '--kpi', join(FIX, 'kpi.xlsx')]);
    expect(roster.code).toBe(2);
    expect(roster.stderr).toContain('talks prep needs --agent ID with a roster');
    const both = talks(['prep', planEn, '--agent', 'A012']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('a plan workbook already has every prep form');
  });
});
