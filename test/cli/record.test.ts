import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Out } from '../../src/cli/output.js';
import { dayToUtcDate } from '../../src/model/day.js';
import { SCHEDULE_COLUMNS, SCHEDULE_HEADERS, type ScheduleColumn } from '../../src/text/labels.js';

type Cells = Partial<Record<ScheduleColumn, ExcelJS.CellValue>>;

let dir: string;
let n = 0;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talks-record-'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const res = { stdout: '', stderr: '' };
  const out: Out = {
    data: (t) => (res.stdout += t.endsWith('\n') ? t : `${t}\n`),
    message: (t) => (res.stderr += t.endsWith('\n') ? t : `${t}\n`),
    progress: () => undefined,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const code = await main(['node', 'talks', ...args], out);
  return { code, ...res };
}

const row = (agentId: string, over: Cells = {}): Cells => ({
  agentId, name: `Name ${agentId}`, team: 'Team 1', lead: 'Li Na', date: dayToUtcDate('2026-11-23'), start: '09:00', end: '09:30',
  location: 'Room 1', talkType: 'Routine', reasons: 'Six months', due: dayToUtcDate('2026-11-25'), core: 'No', ...over,
});

async function plan(rows: Cells[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Schedule');
  ws.addRow(SCHEDULE_COLUMNS.map((c) => SCHEDULE_HEADERS.en[c]));
  for (const r of rows) ws.addRow(SCHEDULE_COLUMNS.map((c) => r[c] ?? null));
  const file = path.join(dir, `talks-plan-${++n}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

const WEEK_48 = [
  row('A1', { held: 'Yes', category: 'Skill', issue: 'Billing codes' }),
  row('A2', { held: 'Yes', heldOn: dayToUtcDate('2026-11-24'), category: 'Skill', issue: 'New CRM screens' }),
  row('A3', { held: 'Yes', category: 'Skill', issue: 'Refund rules', talkType: 'Lead flag' }),
  row('A4', { held: 'Yes', category: 'Pay/career', issue: 'Asks about promotion', notes: 'Discuss with HR' }),
  row('A5', { held: 'No' }),
  row('A6'),
];

describe('talks record → history → issues', () => {
  let db: string;
  let first: string;

  beforeAll(async () => {
    db = path.join(dir, 'flow.db');
    first = await plan(WEEK_48);
  });

  it('records a filled-in plan and says what it did', async () => {
    const r = await run('record', first, '--history', db);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toBe('Recorded 5 talks: 5 added, 0 updated, 0 unchanged; 1 row not filled in yet (Held is empty).\n');
  });

  it('changes nothing when the same workbook is recorded again', async () => {
    const before = fs.readFileSync(db);
    const r = await run('record', first, '--history', db);
    expect(r.stderr).toContain('Recorded 5 talks: 0 added, 0 updated, 5 unchanged;');
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });

  it('updates the same talks from a corrected workbook', async () => {
    const fixed = await plan(WEEK_48.map((r) => (r.agentId === 'A5' ? { ...r, held: 'Yes', category: 'Shift/schedule', issue: 'Wants early shifts' } : r)));
    const r = await run('record', fixed, '--history', db);
    expect(r.stderr).toBe('Recorded 5 talks: 0 added, 1 updated, 4 unchanged; 1 row not filled in yet (Held is empty).\n');
  });

  it('lists the history as JSON, newest first, per agent', async () => {
    const r = await run('history', 'A4', '--history', db, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      talks: [{
        agentId: 'A4', name: 'Name A4', team: 'Team 1', lead: 'Li Na', date: '2026-11-23', heldOn: null, rule: 'routine', held: true,
        category: 'pay', issue: 'Asks about promotion', issues: [{ category: 'pay', text: 'Asks about promotion' }], notes: 'Discuss with HR',
        plan: null, leadNote: null, nextStep: null,
      }],
    });
    const all = JSON.parse((await run('history', '--history', db, '--format', 'json')).stdout);
    expect(all.talks.map((t: { agentId: string }) => t.agentId)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
  });

  it('lists the history as CSV and as a table', async () => {
    const csv = (await run('history', 'A5', '--history', db, '--format', 'csv')).stdout;
    expect(csv).toBe(
      'agentId,name,date,heldOn,rule,held,category,issue,notes,leadNote,nextStep,issues,plan.goal,plan.metric,plan.target,plan.actions,plan.review,plan.support\r\n' +
        'A5,Name A5,2026-11-23,,routine,true,shift,Wants early shifts,,,,Shift/schedule: Wants early shifts,,,,,,\r\n',
    );
    const table = (await run('history', '--history', db)).stdout;
    expect(table).toContain('Shift/schedule');
    expect(table).toContain('Lead flag');
  });

  it('lists issues by owner with common ones first (JSON)', async () => {
    const r = await run('issues', '--history', db, '--format', 'json', '--today', '2026-11-30');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.common).toEqual([{ category: 'skill', owner: 'QA & training', count: 3, agents: ['A1', 'A2', 'A3'] }]);
    expect(doc.issues.map((i: { agentId: string; category: string }) => `${i.agentId}:${i.category}`)).toEqual([
      'A2:skill', 'A1:skill', 'A3:skill', 'A5:shift', 'A4:pay',
    ]);
    expect(doc.issues[0]).toMatchObject({ agentId: 'A2', date: '2026-11-24', category: 'skill', owner: 'QA & training', text: 'New CRM screens', state: 'open', resolvedOn: null });
  });

  it('leaves out issues older than --since, and older than 90 days by default', async () => {
    const since = JSON.parse((await run('issues', '--history', db, '--format', 'json', '--since', '2026-11-24')).stdout);
    expect(since.issues.map((i: { agentId: string }) => i.agentId)).toEqual(['A2']);
    expect(since.common).toEqual([]);
    const late = JSON.parse((await run('issues', '--history', db, '--format', 'json', '--today', '2027-02-22')).stdout);
    expect(late.issues.map((i: { agentId: string }) => i.agentId)).toEqual(['A2']);
  });

  it('prints a table for people with the common issues marked', async () => {
    const r = await run('issues', '--history', db, '--today', '2026-11-30');
    expect(r.stdout).toContain('★ Common issues since 2026-09-01');
    expect(r.stdout).toContain('★ Skill');
    expect(r.stdout).toContain('Workforce management');
  });
});

describe('talks record refuses', () => {
  it('a workbook with bad cells, storing nothing and naming row and column', async () => {
    const db = path.join(dir, 'bad.db');
    const good = await plan([row('A1', { held: 'Yes' })]);
    expect((await run('record', good, '--history', db)).code).toBe(0);
    const before = fs.readFileSync(db);
    const bad = await plan([row('A1', { held: 'Yes', category: 'Weather' }), row('A2', { held: 'maybe' }), row('A3', { held: 'Yes', date: '23.11.2026' })]);
    const r = await run('record', bad, '--history', db);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('row 2, column O (Issue category): "Weather" is not an issue category');
    expect(r.stderr).toContain('row 3, column M (Held): "maybe" is not Yes or No');
    expect(r.stderr).toContain('row 4, column E (Date): "23.11.2026" is not a date');
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });

  it('a bad workbook without creating the archive', async () => {
    const db = path.join(dir, 'never.db');
    const bad = await plan([row('A1', { held: 'maybe' })]);
    expect((await run('record', bad, '--history', db)).code).toBe(1);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('a foreign --history file, leaving it untouched', async () => {
    const db = path.join(dir, 'crm.db');
    const foreign = new Database(db);
    foreign.exec('CREATE TABLE customers (id INTEGER)');
    foreign.close();
    const before = fs.readFileSync(db);
    const r = await run('record', await plan([row('A1', { held: 'Yes' })]), '--history', db);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not a talks archive');
    expect(r.stderr).toContain('--history');
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });

  it.each([
    ['the plan as the archive', (p: string) => ['record', p, '--history', p]],
    ['a non-xlsx plan', () => ['record', 'plan.csv']],
    ['a workbook as the archive', (p: string) => ['record', p, '--history', 'other.xlsx']],
    ['a missing plan argument', () => ['record']],
  ])('%s as a usage error', async (_what, args) => {
    const p = path.join(dir, 'talks-plan-x.xlsx');
    expect((await run(...args(p))).code).toBe(2);
  });
});

describe('reading commands', () => {
  it('read a missing archive as empty without creating it', async () => {
    const db = path.join(dir, 'missing.db');
    expect(JSON.parse((await run('history', '--history', db, '--format', 'json')).stdout)).toEqual({ talks: [] });
    expect(JSON.parse((await run('issues', '--history', db, '--format', 'json')).stdout)).toEqual({ issues: [], common: [], resolutions: [] });
    const table = await run('history', '--history', db);
    expect(table.stderr).toContain('No talks archived');
    expect(fs.existsSync(db)).toBe(false);
  });

  it('refuse a damaged archive with exit 1', async () => {
    const db = path.join(dir, 'damaged.db');
    fs.writeFileSync(db, 'garbage');
    const r = await run('issues', '--history', db);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('damaged');
    expect(fs.readFileSync(db, 'utf8')).toBe('garbage');
  });

  it('refuse a bad --since as a usage error', async () => {
    expect((await run('issues', '--since', '2026-13-01')).code).toBe(2);
  });
});
