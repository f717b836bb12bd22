import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayToUtcDate } from '../../src/model/day.js';
import { FIX, hasStackTrace, talks, tempDir } from '../helpers/cli.js';
import { fillForm } from '../helpers/prep-form-fill.js';

/** `talks feedback` from a real archive, recorded from a plan workbook filled in as a manager would. */
let dir: string;
let db: string;
const PRIVATE = 'Private: going through a divorce';

beforeAll(async () => {
  dir = tempDir();
  const plan = join(dir, 'w48.xlsx');
  expect(talks(['plan', join(FIX, 'roster.xlsx'), '--kpi', join(FIX, 'kpi.xlsx'), '--today', '2026-11-24', '-o', plan]).code).toBe(0);
  await fillForm(plan, 'A012', {
    held: 'Yes', heldOn: dayToUtcDate('2026-11-26'),
    'issue1.category': 'Mood/attitude', 'issue1.text': 'Feels left out of the team chat',
    'issue2.category': 'Pay/career', 'issue2.text': 'Asked about the raise',
    leadNote: 'Pair him with Mia on FCR calls', nextStep: 'Review FCR on 12-16', notes: PRIVATE,
  });
  await fillForm(plan, 'A009', { held: 'No', nextStep: 'Rebook next week' });
  await fillForm(plan, 'A028', { held: 'Yes', 'issue1.category': 'Mood/attitude', 'issue1.text': 'Thinks the team lead ignores him', notes: 'Private: wants to leave' });
  db = join(dir, 'talks.db');
  const r = talks(['record', plan, '--history', db]);
  expect(r.code, r.stderr).toBe(0);
});

async function sheets(file: string): Promise<Map<string, string[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, string[][]>();
  for (const ws of wb.worksheets) {
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push(Array.from((row.values as ExcelJS.CellValue[]).slice(1), (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? '' : String(v)))));
    out.set(ws.name, rows);
  }
  return out;
}

describe('talks feedback', () => {
  it('writes one sheet per team lead with their agents’ talks, the note, the lead’s issues and next steps, and never the private notes', async () => {
    const file = join(dir, 'feedback.xlsx');
    const r = talks(['feedback', '--history', db, '--today', '2026-11-30', '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Wrote ${file}: 2 team leads, 3 talks, one sheet per lead (no private notes).`);
    const book = await sheets(file);
    expect([...book.keys()]).toEqual(['Grace Lin', 'Omar Haddad']);
    expect(book.get('Grace Lin')).toEqual([
      ['Planned', 'Held on', 'Agent ID', 'Name', 'Team', 'Talk type', 'Held', 'Note for you', 'Next step', 'Issues for you to follow up'],
      ['2026-11-24', '', 'A009', 'Chloe Bennett', 'Team North', 'Lead flag', 'No', '', 'Rebook next week'],
      ['2026-11-26', '2026-11-26', 'A012', 'Ryan Fletcher', 'Team North', 'Swing down', 'Yes', 'Pair him with Mia on FCR calls', 'Review FCR on 12-16', 'Mood/attitude: Feels left out of the team chat'],
    ]);
    expect(book.get('Omar Haddad')!.slice(1).map((row) => row[2])).toEqual(['A028']);
    const everything = JSON.stringify([...book.values()]);
    expect(everything).not.toContain('divorce');
    expect(everything).not.toContain('wants to leave');
    // Routed to HR, not to the lead.
    expect(everything).not.toContain('raise');
  });

  it('prints the same as JSON and CSV, without the private notes', () => {
    const json = talks(['feedback', '--history', db, '--today', '2026-11-30', '--format', 'json']);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout);
    expect(doc.since).toBe('2026-11-16');
    expect(doc.leads.map((l: { lead: string }) => l.lead)).toEqual(['Grace Lin', 'Omar Haddad']);
    expect(doc.leads[0].talks[1]).toEqual({
      agentId: 'A012', name: 'Ryan Fletcher', team: 'Team North', date: '2026-11-26', heldOn: '2026-11-26', rule: 'swing-down', held: true,
      leadNote: 'Pair him with Mia on FCR calls', nextStep: 'Review FCR on 12-16', issues: [{ category: 'mood', text: 'Feels left out of the team chat' }],
    });
    expect(json.stdout).not.toMatch(/divorce|wants to leave|notes/);
    const csv = talks(['feedback', '--history', db, '--today', '2026-11-30', '--format', 'csv']);
    expect(csv.stdout.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('lead,agentId,name,team,date,heldOn,rule,held,leadNote,nextStep,issues');
    expect(csv.stdout).not.toMatch(/divorce|wants to leave/);
  });

  it('writes the workbook in Chinese with --lang zh-CN', async () => {
    const file = join(dir, 'feedback-zh.xlsx');
    const r = talks(['feedback', '--history', db, '--today', '2026-11-30', '-o', file, '--lang', 'zh-CN']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('已写入');
    const grace = (await sheets(file)).get('Grace Lin')!;
    expect(grace[0]).toEqual(['计划日期', '面谈日期', '工号', '姓名', '班组', '面谈类型', '是否已面谈', '告知组长', '下一步', '需要您跟进的问题']);
    expect(grace[2][9]).toBe('情绪/态度：Feels left out of the team chat');
  });

  it('says so and writes nothing when no talk falls after --since; refuses -o with --format json', () => {
    const file = join(dir, 'none.xlsx');
    const r = talks(['feedback', '--history', db, '--today', '2026-11-30', '--since', '2026-12-01', '-o', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('No talks since 2026-12-01');
    expect(existsSync(file)).toBe(false);
    const bad = talks(['feedback', '--history', db, '--format', 'json', '-o', file]);
    expect(bad.code).toBe(2);
    expect(hasStackTrace(bad.stderr)).toBe(false);
  });
});
