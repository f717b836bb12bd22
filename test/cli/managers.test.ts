import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, talks, tempDir } from '../helpers/cli.js';
import { workbookJson } from '../helpers/workbook-json.js';

const TODAY = ['--today', '2026-11-24'];

interface TalkJson { agentId: string; lead: string; date: string | null; start: string | null; location: string | null }
interface ManagerJson {
  manager: string;
  week: { start: string; end: string };
  talks: TalkJson[];
  backlog: TalkJson[];
  warnings: { code: string; message: string }[];
  coverage: { agents: number; needPerWeek: number; capacity: number; short: boolean; firstPassing: string | null; weeks: unknown[] };
}

/** 24 agents under two managers ("Wang Li" and "Site A/B"), two team leads each, last talks long ago. */
function roster(dir: string, header = 'Agent ID,Name,Team,Team Lead,Manager,Hire Date,Last Talk'): string {
  const lines = [header];
  for (let i = 1; i <= 24; i++) {
    const manager = i <= 12 ? 'Wang Li' : 'Site A/B';
    const lead = `${manager === 'Wang Li' ? 'W' : 'S'}-lead-${i % 2}`;
    const row = [`C${String(i).padStart(3, '0')}`, `Agent ${i}`, `Team ${lead}`, lead, manager, '2023-03-01', `2026-0${1 + (i % 5)}-10`];
    lines.push(header.includes('Team Lead') ? row.join(',') : [...row.slice(0, 3), ...row.slice(4)].join(','));
  }
  const file = join(dir, 'roster.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('talks plan with a manager column', () => {
  let dir: string;
  let doc: { week: unknown; managers: ManagerJson[]; warnings: unknown[] };
  beforeAll(() => {
    dir = tempDir();
    writeFileSync(
      join(dir, 'talks.config.json'),
      JSON.stringify({ managers: { 'Wang Li': { capacity: 3, rooms: ['Room 7'] }, 'Site A/B': { capacity: 5, rooms: ['Room 7', 'Quiet room'] }, 'Nobody Here': { capacity: 2 } } }),
    );
    const r = talks(['plan', roster(dir), ...TODAY, '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    doc = JSON.parse(r.stdout);
  });

  it("plans each manager's week within that manager's capacity, managers by name", () => {
    expect(doc.managers.map((m) => [m.manager, m.talks.length, m.backlog.length])).toEqual([
      ['Site A/B', 5, 7],
      ['Wang Li', 3, 9],
    ]);
    for (const m of doc.managers) expect(m.week).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(doc.managers[1].talks.every((t) => Number(t.agentId.slice(1)) <= 12)).toBe(true);
  });

  it('two managers sharing Room 7 never book it at the same time', () => {
    const room7 = doc.managers.flatMap((m) => m.talks).filter((t) => t.location === 'Room 7').map((t) => `${t.date} ${t.start}`);
    expect(room7.length).toBeGreaterThan(3);
    expect(new Set(room7).size).toBe(room7.length);
  });

  it("carries each manager's cadence forecast, and warns when capacity falls short", () => {
    const wang = doc.managers[1];
    expect(wang.coverage).toMatchObject({ agents: 12, capacity: 3, short: false });
    expect(wang.coverage.weeks).toHaveLength(13);
    expect(doc.warnings).toContainEqual(expect.objectContaining({ code: 'config-manager-unknown' }));
  });

  it('writes one workbook per manager with a safe file name, each with its own agents and a Coverage sheet', async () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort();
    expect(files).toEqual(['talks-plan-2026-W48-Site-A_B.xlsx', 'talks-plan-2026-W48-Wang-Li.xlsx']);
    const wb = await workbookJson(join(dir, 'talks-plan-2026-W48-Wang-Li.xlsx'));
    expect(wb.map((s) => s.name).slice(0, 8)).toEqual(['Schedule', 'Week', 'Team leads', 'Backlog', 'Ranking', 'Swings', 'Data check', 'Coverage']);
    const coverage = wb.find((s) => s.name === 'Coverage')!;
    expect(coverage.rows[0]).toEqual(['Week of', 'To', 'Talks expected', 'Past due at week end', 'Passing due date', 'Agents who pass their due date']);
    expect(coverage.rows).toHaveLength(1 + 13 + 2);
    expect(JSON.stringify(coverage.rows.at(-1))).toContain('12 agents need about');
    const ranking = wb.find((s) => s.name === 'Ranking')!;
    expect(ranking.rows.slice(1).every((r) => Number(String(r[1]).slice(1)) <= 12)).toBe(true);
  });

  it('prints a centre summary on a terminal table, and --manager plans one manager', () => {
    const r = talks(['plan', roster(dir), ...TODAY, '--force'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Week of 2026-11-23: 2 managers, 0 short of the 6-month cadence');
    expect(r.stdout).toMatch(/Wang Li\s*│\s*12\s*│\s*3\s*│\s*9/);
    expect(r.stderr).toContain('Wrote 2 workbooks (one per manager)');

    const one = tempDir();
    const r1 = talks(['plan', roster(one), ...TODAY, '--manager', 'Wang Li', '--capacity', '2', '--format', 'json'], { cwd: one });
    expect(r1.code, r1.stderr).toBe(0);
    expect(JSON.parse(r1.stdout).managers.map((m: ManagerJson) => [m.manager, m.talks.length])).toEqual([['Wang Li', 2]]);
    expect(readdirSync(one).filter((f) => f.endsWith('.xlsx'))).toEqual(['talks-plan-2026-W48-Wang-Li.xlsx']);
  });

  it('an unknown --manager is a usage error naming the managers', () => {
    const r = talks(['plan', roster(dir), ...TODAY, '--manager', 'Wang', '--force'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--manager Wang: no agent in the roster has that manager.');
    expect(r.stderr).toContain('Site A/B, Wang Li');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('short capacity: the warning gives the numbers, in Chinese too', () => {
    const zh = tempDir();
    writeFileSync(join(zh, 'talks.config.json'), JSON.stringify({ rules: { routineMonths: 1 } }));
    const r = talks(['plan', roster(zh), ...TODAY, '--capacity', '1', '--per-day', '1', '--lang', 'zh-CN', '--manager', 'Wang Li', '--force'], { cwd: zh });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/12 名坐席每周约需 \d+ 场例行面谈 \+ \d+ 场事件面谈；每周容量 1 场：每周约多 \d+ 名坐席超过 1 个月未面谈；首位在 2026-1\d-\d\d/);
  });
});

describe('a roster whose only manager-like column is "Manager"', () => {
  it('keeps it as the team lead and keeps today\'s JSON shape, plus coverage', () => {
    const dir = tempDir();
    const r = talks(['plan', roster(dir, 'Agent ID,Name,Team,Manager,Hire Date,Last Talk'), ...TODAY, '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['week', 'talks', 'backlog', 'warnings', 'coverage']);
    expect(doc.talks[0].lead).toMatch(/^(Wang Li|Site A\/B)$/);
    expect(doc.coverage).toMatchObject({ agents: 24, capacity: 10 });
  });
});

const HR = join(__dirname, '..', '..', '..', 'shared', 'data', 'hr_dataset_v14.csv');

describe.skipIf(!existsSync(HR))('the public HR dump with a manager column added (../shared/data/hr_dataset_v14.csv)', () => {
  it("plans each manager's week with a forecast that says whether six-monthly talks are reachable", async () => {
    const { readFileSync } = await import('node:fs');
    const dir = tempDir();
    // Our own copy with an "Operations Manager" column, one per department, written at test time.
    const lines = readFileSync(HR, 'utf8').split('\n');
    const dept = lines[0].split(',').indexOf('Department');
    const copy = lines.map((line, i) => {
      if (i === 0) return `${line},Operations Manager`;
      const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
      return `${line},Ops ${cells[dept].trim()}`;
    });
    const file = join(dir, 'hr.csv');
    writeFileSync(file, copy.join('\n'));
    const r = talks(['plan', file, ...TODAY, '--capacity', '4', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { managers: ManagerJson[] };
    const production = doc.managers.find((m) => m.manager === 'Ops Production')!;
    expect(doc.managers.length).toBe(6);
    expect(doc.managers.reduce((n, m) => n + m.coverage.agents, 0)).toBe(207);
    expect(production.talks).toHaveLength(4);
    // 126 active agents every 26 weeks: about 5 a week, more than 4.
    expect(production.coverage).toMatchObject({ agents: 126, short: true });
    expect(production.warnings.find((w) => w.code === 'coverage-short')?.message).toMatch(/^126 agents need about 5 routine \+ 0 event talks a week; capacity 4: about 1 more agent pass 6 months each week/);
    // The team lead is still ManagerName.
    expect(production.talks.every((t) => t.lead !== '')).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.xlsx'))).toHaveLength(6);
  });
});
