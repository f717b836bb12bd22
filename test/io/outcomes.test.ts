import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TalksError } from '../../src/errors.js';
import { readOutcomes } from '../../src/io/outcomes/outcomes.js';
import { dayToUtcDate, dayToExcelSerial } from '../../src/model/day.js';
import { SCHEDULE_COLUMNS, SCHEDULE_HEADERS, type Lang, type ScheduleColumn } from '../../src/text/labels.js';

type Cells = Partial<Record<ScheduleColumn, ExcelJS.CellValue>>;

let dir: string;
let n = 0;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talks-outcomes-'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const BASE: Cells = {
  agentId: 'A017', name: 'Wang Fang', team: 'Team 1', lead: 'Li Na', date: dayToUtcDate('2026-11-23'),
  start: '09:00', end: '09:30', location: 'Room 1', talkType: 'Lead flag', reasons: 'Mood change', due: dayToUtcDate('2026-11-24'), core: 'No',
};

async function plan(rows: Cells[], opts: { lang?: Lang; sheet?: string; titleRows?: string[]; before?: string } = {}): Promise<string> {
  const lang = opts.lang ?? 'en';
  const wb = new ExcelJS.Workbook();
  if (opts.before) wb.addWorksheet(opts.before).addRow(['Something else', 'entirely']);
  const ws = wb.addWorksheet(opts.sheet ?? (lang === 'en' ? 'Schedule' : '面谈安排'));
  for (const t of opts.titleRows ?? []) ws.addRow([t]);
  ws.addRow(SCHEDULE_COLUMNS.map((c) => SCHEDULE_HEADERS[lang][c]));
  for (const r of rows) ws.addRow(SCHEDULE_COLUMNS.map((c) => r[c] ?? null));
  const file = path.join(dir, `plan-${++n}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

async function refusal(file: string): Promise<TalksError> {
  try {
    await readOutcomes(file);
  } catch (e) {
    expect(e).toBeInstanceOf(TalksError);
    return e as TalksError;
  }
  throw new Error('expected a TalksError');
}

describe('readOutcomes', () => {
  it('reads the filled-in rows of an English plan and counts the rows not filled in', async () => {
    const file = await plan([
      { ...BASE, held: 'Yes', heldOn: dayToUtcDate('2026-11-24'), category: 'Mood/attitude', issue: 'Stressed', notes: 'Follow up' },
      { ...BASE, agentId: 'A018', name: 'Li Lei', talkType: 'Routine', held: 'No' },
      { ...BASE, agentId: 'A019', talkType: 'New hire' },
      {},
    ]);
    const out = await readOutcomes(file);
    expect(out.skipped).toBe(1);
    expect(out.sheet).toBe('Schedule');
    expect(out.rows).toEqual([
      { agentId: 'A017', name: 'Wang Fang', team: 'Team 1', lead: 'Li Na', date: '2026-11-23', rule: 'lead-flag', held: true,
        heldOn: '2026-11-24', issues: [{ category: 'mood', text: 'Stressed' }], notes: 'Follow up', plan: null, leadNote: null, nextStep: null },
      { agentId: 'A018', name: 'Li Lei', team: 'Team 1', lead: 'Li Na', date: '2026-11-23', rule: 'routine', held: false,
        heldOn: null, issues: [], notes: null, plan: null, leadNote: null, nextStep: null },
    ]);
  });

  it('reads a Chinese plan with text dates', async () => {
    const file = await plan(
      [{ ...BASE, name: '王芳', date: '2026-11-23', talkType: '组长反馈', held: '是', heldOn: '2026/11/25', category: '薪酬/职业发展', issue: '想晋升' }],
      { lang: 'zh-CN' },
    );
    const { rows } = await readOutcomes(file);
    expect(rows).toEqual([expect.objectContaining({ name: '王芳', date: '2026-11-23', rule: 'lead-flag', held: true, heldOn: '2026-11-25', issues: [{ category: 'pay', text: '想晋升' }] })]);
  });

  it('uses the cached result of formulas, plain text of rich text and serial dates', async () => {
    const file = await plan([
      {
        ...BASE,
        agentId: 1017,
        date: dayToExcelSerial('2026-11-23'),
        held: { formula: 'IF(TRUE,"Yes","No")', result: 'Yes' },
        category: { richText: [{ text: 'QA ' }, { text: 'standards', font: { bold: true } }] },
        issue: { richText: [{ text: 'Unclear ' }, { text: 'rubric' }] },
      },
    ]);
    const { rows } = await readOutcomes(file);
    expect(rows[0]).toMatchObject({ agentId: '1017', date: '2026-11-23', held: true, issues: [{ category: 'qa', text: 'Unclear rubric' }] });
  });

  it('finds the schedule headers on another sheet below title rows', async () => {
    const file = await plan([{ ...BASE, held: 'Y' }], { sheet: 'Week 48', titleRows: ['1:1 plan', ''], before: 'Notes' });
    const out = await readOutcomes(file);
    expect(out.sheet).toBe('Week 48');
    expect(out.rows).toHaveLength(1);
  });

  it.each<[ExcelJS.CellValue, boolean]>([
    ['Yes', true], ['No', false], ['yes', true], ['NO', false], ['是', true], ['否', false], ['Y', true], ['n', false], [true, true], [false, false],
  ])('reads Held %j as %s', async (held, expected) => {
    const { rows } = await readOutcomes(await plan([{ ...BASE, held }]));
    expect(rows[0].held).toBe(expected);
  });

  it.each([
    ['Skill', 'skill'], ['Mood/attitude', 'mood'], ['Shift/schedule', 'shift'], ['QA standards', 'qa'], ['Pay/career', 'pay'], ['Other', 'other'],
    ['技能', 'skill'], ['情绪/态度', 'mood'], ['排班/班次', 'shift'], ['质检标准', 'qa'], ['薪酬/职业发展', 'pay'], ['其他', 'other'],
  ])('reads category %s as %s', async (category, expected) => {
    const { rows } = await readOutcomes(await plan([{ ...BASE, held: 'Yes', category }]));
    expect(rows[0].issues[0].category).toBe(expected);
  });
});

describe('readOutcomes refuses bad cells', () => {
  it.each<[string, Cells, string]>([
    ['a bad planned date', { date: 'next Monday' }, 'column E (Date): "next Monday" is not a date'],
    ['an impossible held-on date', { heldOn: '2026-02-30' }, 'column N (Held on): "2026-02-30" is not a date'],
    ['an unknown category', { category: 'Weather' }, 'column O (Issue category): "Weather" is not an issue category'],
    ['a Held value that is not yes/no', { held: 'maybe' }, 'column M (Held): "maybe" is not Yes or No'],
    ['an unknown talk type', { talkType: 'Chat' }, 'column I (Talk type): "Chat" is not a talk type'],
    ['an empty agent id', { agentId: null }, 'column A (Agent ID): is empty'],
  ])('%s: one error naming sheet, row and column', async (_what, bad, expected) => {
    const file = await plan([{ ...BASE, held: 'Yes' }, { ...BASE, agentId: 'A020', held: 'Yes', ...bad }]);
    const e = await refusal(file);
    expect(e.code).toBe('bad-outcomes');
    expect(e.exitCode).toBe(1);
    expect(e.file).toBe(file);
    expect(e.message).toContain(`sheet "Schedule", row 3, ${expected}`);
    expect(e.message).toContain('nothing was recorded');
    expect(e.hint).toMatch(/run "talks record" again/);
  });

  it('lists every problem of the workbook in one error', async () => {
    const file = await plan([
      { ...BASE, held: 'maybe' },
      { ...BASE, agentId: 'A2', held: 'Yes', category: 'Weather', heldOn: 'soon' },
    ]);
    const e = await refusal(file);
    expect(e.message).toMatch(/^3 cells need fixing/);
    expect(e.message.split('\n').filter((l) => l.startsWith('  sheet'))).toHaveLength(3);
  });

  it('lists at most 20 problems and counts the rest', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ ...BASE, agentId: `A${i}`, held: 'maybe' }));
    const e = await refusal(await plan(rows));
    expect(e.message).toContain('…and 5 more.');
    expect(e.message.split('\n').filter((l) => l.startsWith('  sheet'))).toHaveLength(20);
  });

  it('refuses the same talk twice', async () => {
    const e = await refusal(await plan([{ ...BASE, held: 'Yes' }, { ...BASE, held: 'No' }]));
    expect(e.message).toContain('row 3, column A (Agent ID): this talk (same agent, date and talk type) is already in row 2');
  });

  it('refuses a workbook that is not a talks plan', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Roster').addRow(['Agent ID', 'Name', 'Hire Date']);
    const file = path.join(dir, 'roster.xlsx');
    await wb.xlsx.writeFile(file);
    const e = await refusal(file);
    expect(e.code).toBe('not-a-plan');
    expect(e.message).toContain('"Held"');
  });

  it('refuses a file that is not a workbook, and a missing file', async () => {
    const file = path.join(dir, 'fake.xlsx');
    fs.writeFileSync(file, 'Agent ID,Held\nA1,Yes\n');
    expect((await refusal(file)).code).toBe('not-xlsx');
    expect((await refusal(path.join(dir, 'nope.xlsx'))).code).toBe('file-missing');
  });
});
