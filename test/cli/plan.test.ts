import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIX, hasStackTrace, talks, tempDir } from '../helpers/cli.js';
import { validationOf, workbookJson } from '../helpers/workbook-json.js';

const ROSTER = join(FIX, 'roster.xlsx');
const KPI = join(FIX, 'kpi.xlsx');
const TODAY = ['--today', '2026-11-24'];

interface TalkJson {
  agentId: string;
  rule: string;
  rules: string[];
  due: string;
  overdueDays: number;
  core: boolean;
  date: string | null;
  start: string | null;
  end: string | null;
  location: string | null;
  why?: string;
}
interface PlanJson {
  week: { start: string; end: string };
  talks: TalkJson[];
  backlog: TalkJson[];
  warnings: { code: string; message: string }[];
}

describe('talks plan on the bundled English fixtures', () => {
  let dir: string;
  let plan: PlanJson;
  let out: string;
  beforeAll(() => {
    dir = tempDir();
    out = join(dir, 'plan.xlsx');
    const r = talks(['plan', ROSTER, '--kpi', KPI, ...TODAY, '-o', out, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    plan = JSON.parse(r.stdout) as PlanJson;
  });

  it('plans the ISO week of today', () => {
    expect(plan.week).toEqual({ start: '2026-11-23', end: '2026-11-29' });
  });

  it.each([
    ['A009', 'lead-flag'],
    ['A028', 'lead-flag'],
    ['A024', 'exit'],
    ['A040', 'new-hire'],
    ['A012', 'swing-down'],
    ['A037', 'swing-up'],
    ['A013', 'top-performer'],
    ['A039', 'routine'],
    ['A029', 'routine'],
    ['A034', 'routine'],
  ])('schedules %s for %s', (agentId, rule) => {
    const t = plan.talks.find((x) => x.agentId === agentId);
    expect(t, `${agentId} not scheduled`).toBeDefined();
    expect(t!.rule).toBe(rule);
    expect(t!.date! >= '2026-11-24' && t!.date! <= '2026-11-27').toBe(true);
  });

  it('puts the on-leave agent and the overflow in the backlog with the reason', () => {
    const byId = new Map(plan.backlog.map((t) => [t.agentId, t]));
    expect([...byId.keys()].sort()).toEqual(['A005', 'A016', 'A020']);
    expect(byId.get('A016')!.why).toMatch(/^On leave/);
    expect(byId.get('A020')!.why).toMatch(/slots are full/);
  });

  it('leaves out agents who left and agents inside the frequency guard', () => {
    const all = [...plan.talks, ...plan.backlog].map((t) => t.agentId);
    expect(all).not.toContain('A033');
    expect(all).not.toContain('A031');
  });

  it('marks core staff and merges findings most urgent first', () => {
    expect(plan.talks.find((t) => t.agentId === 'A013')!.core).toBe(true);
    const flag = plan.talks.find((t) => t.agentId === 'A009')!;
    expect(flag.rules[0]).toBe('lead-flag');
    expect(flag.rules).toContain('routine');
  });

  it('never overlaps, never exceeds capacity or 3 a day, never before today', () => {
    expect(plan.talks.length).toBeLessThanOrEqual(10);
    const perDay = new Map<string, number>();
    for (const t of plan.talks) perDay.set(t.date!, (perDay.get(t.date!) ?? 0) + 1);
    for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(3);
    const slots = plan.talks.map((t) => `${t.date} ${t.start}`);
    expect(new Set(slots).size).toBe(slots.length);
    expect(plan.talks.every((t) => t.date! >= '2026-11-24')).toBe(true);
    expect(plan.talks.every((t) => t.location === 'Meeting room' || t.location === 'Break room')).toBe(true);
  });

  it('writes the workbook with the fixed sheets first, values only', async () => {
    const sheets = await workbookJson(out);
    expect(sheets.slice(0, 7).map((s) => s.name)).toEqual(['Schedule', 'Week', 'Team leads', 'Backlog', 'Ranking', 'Swings', 'Data check']);
    for (const s of sheets) expect(s.formulas, s.name).toBe(0);
    const schedule = sheets[0];
    expect(schedule.rows[0]).toEqual([
      'Agent ID', 'Name', 'Team', 'Team lead', 'Date', 'Start', 'End', 'Location', 'Talk type',
      'Reasons', 'Due', 'Core', 'Held', 'Held on', 'Issue category', 'Issue', 'Notes',
    ]);
    expect(schedule.rows.length - 1).toBe(plan.talks.length);
    expect(schedule.rows.slice(1).map((r) => r[0])).toEqual(plan.talks.map((t) => t.agentId));
    expect(schedule.rows[1][4]).toBe(plan.talks[0].date);
    expect(schedule.frozen).toBe(true);
    expect(schedule.autoFilter).toBeTruthy();
    expect(schedule.pageSetup.fitToWidth).toBe(1);
    expect(schedule.pageSetup.paperSize).toBe(9);
  });

  it('offers drop-downs for Held and Issue category', async () => {
    const held = await validationOf(out, 'Schedule', 'M2');
    expect(held?.type).toBe('list');
    expect(held?.formulae).toEqual(['"Yes,No"']);
    const cat = await validationOf(out, 'Schedule', 'O2');
    expect(cat?.formulae).toEqual(['"Skill,Mood/attitude,Shift/schedule,QA standards,Pay/career,Other"']);
    const heldOn = await validationOf(out, 'Schedule', 'N2');
    expect(heldOn?.type).toBe('date');
  });

  it('lists the swings and the ranking', async () => {
    const sheets = await workbookJson(out);
    const swings = sheets.find((s) => s.name === 'Swings')!;
    expect(swings.rows.slice(1).map((r) => r[0]).sort()).toEqual(['A012', 'A037']);
    const ranking = sheets.find((s) => s.name === 'Ranking')!;
    expect(ranking.rows[1].slice(0, 2)).toEqual([1, 'A007']);
  });
});

describe('talks plan output and safety', () => {
  it('gives the same plan from the Chinese fixtures', () => {
    const dir = tempDir();
    const en = talks(['plan', ROSTER, '--kpi', KPI, ...TODAY, '-o', join(dir, 'en.xlsx'), '--format', 'json']);
    const zh = talks(['plan', join(FIX, 'roster-zh.csv'), '--kpi', join(FIX, 'kpi-zh.csv'), ...TODAY, '-o', join(dir, 'zh.xlsx'), '--format', 'json', '--lang', 'zh-CN']);
    expect(zh.code, zh.stderr).toBe(0);
    const key = (p: PlanJson) => p.talks.map((t) => [t.agentId, t.rule, t.date, t.start]);
    expect(key(JSON.parse(zh.stdout))).toEqual(key(JSON.parse(en.stdout)));
  });

  it('writes Chinese sheet names and rooms with --lang zh-CN', async () => {
    const dir = tempDir();
    const out = join(dir, 'zh.xlsx');
    const r = talks(['plan', join(FIX, 'roster-zh.csv'), '--kpi', join(FIX, 'kpi-zh.csv'), ...TODAY, '-o', out, '--lang', 'zh-CN']);
    expect(r.code, r.stderr).toBe(0);
    const sheets = await workbookJson(out);
    expect(sheets.slice(0, 7).map((s) => s.name)).toEqual(['面谈安排', '周视图', '组长清单', '待办', '排名', '波动', '数据检查']);
    expect(sheets[0].rows[0][0]).toBe('工号');
    expect(['会议室', '休息室']).toContain(sheets[0].rows[1][7]);
  });

  it('prints a table without colour when not on a terminal', () => {
    const dir = tempDir();
    const r = talks(['plan', ROSTER, '--kpi', KPI, ...TODAY, '-o', join(dir, 'p.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('A009 Chloe Bennett');
    expect(r.stdout.includes('\u001b[')).toBe(false);
    expect(r.stderr).toContain('p.xlsx');
  });

  it('writes the default file name into the current folder', () => {
    const dir = tempDir();
    const r = talks(['plan', ROSTER, '--kpi', KPI, ...TODAY], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'talks-plan-2026-W48.xlsx'))).toBe(true);
  });

  it('refuses to overwrite an existing workbook without --force, and replaces it with --force', () => {
    const dir = tempDir();
    const out = join(dir, 'plan.xlsx');
    writeFileSync(out, 'keep me');
    const r = talks(['plan', ROSTER, '--kpi', KPI, ...TODAY, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const f = talks(['plan', ROSTER, '--kpi', KPI, ...TODAY, '-o', out, '--force']);
    expect(f.code, f.stderr).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(1000);
  });

  it('never writes over an input file', () => {
    const before = readFileSync(KPI);
    const r = talks(['plan', ROSTER, '--kpi', KPI, ...TODAY, '-o', KPI, '--force']);
    expect(r.code).toBe(2);
    expect(readFileSync(KPI).equals(before)).toBe(true);
  });

  it('neutralises formula-like text in CSV and keeps it as text in the workbook', async () => {
    const dir = tempDir();
    const roster = join(dir, 'roster.csv');
    writeFileSync(
      roster,
      'Agent ID,Name,Team,Hire Date,Last Talk\nB1,=HYPERLINK("http://x"),@team,2020-01-06,2026-01-05\nB2,+Plain,-Team,2020-01-06,2026-01-05\n',
    );
    const out = join(dir, 'plan.xlsx');
    const r = talks(['plan', roster, ...TODAY, '-o', out, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split(/\r\n/);
    expect(lines[0]).toBe('agentId,name,team,lead,rule,rules,due,overdueDays,core,date,start,end,location,why');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(lines[1]).toContain(",'@team,");
    expect(lines[2]).toContain(",'+Plain,'-Team,");
    expect(lines[1]).toMatch(/,false,2026-11-2\d,/);
    const sheets = await workbookJson(out);
    expect(sheets[0].rows[1][1]).toBe('=HYPERLINK("http://x")');
    expect(sheets.every((s) => s.formulas === 0)).toBe(true);
  });

  it('notes missing optional columns in the Data check sheet', async () => {
    const dir = tempDir();
    const roster = join(dir, 'roster.csv');
    writeFileSync(roster, 'Agent ID,Hire Date\nB1,2020-01-06\n');
    const out = join(dir, 'plan.xlsx');
    const r = talks(['plan', roster, ...TODAY, '-o', out, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const codes = (JSON.parse(r.stdout) as PlanJson).warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['note-no-leaving-date', 'note-no-team-lead', 'note-no-kpi']));
    const check = (await workbookJson(out)).find((s) => s.name === 'Data check')!;
    expect(check.rows.length).toBeGreaterThan(3);
  });
});

describe('talks plan errors', () => {
  it.each([
    [['plan', 'nope.xlsx'], 1, /nope\.xlsx.*File not found/],
    [['plan', ROSTER, '--today', '2026-13-01'], 2, /--today must be a date/],
    [['plan', ROSTER, '--bogus'], 2, /unknown option '--bogus'/],
    [['plan'], 2, /missing required argument/],
    [['plan', ROSTER, '--format', 'xml'], 2, /Allowed choices are table, json, csv/],
    [['plan', ROSTER, '--capacity', '0'], 2, /--capacity must be a whole number/],
    [['plan', ROSTER, '--lang', 'fr'], 2, /--lang must be en or zh-CN/],
  ])('talks %j exits %i with a clear message', (args, code, message) => {
    const dir = tempDir();
    const r = talks([...args, '-o', join(dir, 'x.xlsx')].filter((a) => a !== undefined) as string[]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  it('refuses a truncated workbook with one message and writes nothing', () => {
    const dir = tempDir();
    const broken = join(dir, 'roster.xlsx');
    const bytes = readFileSync(ROSTER);
    writeFileSync(broken, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const r = talks(['plan', broken, ...TODAY, '-o', join(dir, 'out.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/roster\.xlsx.*cannot be read/);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });

  it('names the missing column and the accepted headers', () => {
    const dir = tempDir();
    const roster = join(dir, 'roster.csv');
    writeFileSync(roster, 'Agent ID,Name,Team\nB1,Ann,North\n');
    const r = talks(['plan', roster, ...TODAY, '-o', join(dir, 'x.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/hire date/i);
    expect(r.stderr).toContain('"Agent ID"');
    expect(r.stderr).toContain('入职日期');
  });

  it('names a duplicate agent id and both rows', () => {
    const dir = tempDir();
    const roster = join(dir, 'roster.csv');
    writeFileSync(roster, 'Title of the export\nAgent ID,Hire Date\nB1,2020-01-06\nB2,2020-01-06\nB1,2021-03-01\n');
    const r = talks(['plan', roster, ...TODAY, '-o', join(dir, 'x.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/"B1".*rows 3 and 5/);
  });
});
