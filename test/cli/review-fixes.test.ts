import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIX, hasStackTrace, talks, tempDir } from '../helpers/cli.js';

const ROSTER = join(FIX, 'roster.xlsx');
const KPI = join(FIX, 'kpi.xlsx');
const TODAY = ['--today', '2026-11-24'];

describe('outputs are all checked before anything is written', () => {
  it.each([
    ['an .ics in a missing folder', (d: string) => ['-o', join(d, 'p.xlsx'), '--ics', join(d, 'nodir', 'w.ics')], /folder .*nodir does not exist/],
    ['a workbook name that is not .xlsx', (d: string) => ['-o', join(d, 'p.csv')], /must end in \.xlsx/],
    ['a workbook path that is a folder', (d: string) => ['-o', d], /is a folder/],
    ['an unknown time zone', (d: string) => ['-o', join(d, 'p.xlsx'), '--ics', join(d, 'w.ics'), '--tz', 'Mars/Base'], /is not a time zone/],
    ['an unknown calendar', (d: string) => ['-o', join(d, 'p.xlsx'), '--calendar', 'mars'], /--calendar mars: no such calendar or file/],
    ['a week already over', (d: string) => ['-o', join(d, 'p.xlsx'), '--week', '2026-11-02'], /the week of 2026-11-02 is over/],
  ])('%s: exit 2, nothing written', (_label, args, message) => {
    const dir = tempDir();
    const r = talks(['plan', ROSTER, '--kpi', KPI, ...TODAY, ...args(dir)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names --ics in the hint when the calendar file exists', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'w.ics'), 'old');
    const r = talks(['plan', ROSTER, '--kpi', KPI, ...TODAY, '-o', join(dir, 'p.xlsx'), '--ics', join(dir, 'w.ics')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('choose another file with --ics FILE');
    expect(existsSync(join(dir, 'p.xlsx'))).toBe(false);
  });

  it('says a missing input is missing even when the default output exists', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'talks-plan-2026-W48.xlsx'), 'old');
    const r = talks(['plan', 'nofile.csv', ...TODAY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nofile\.csv.*File not found/);
  });
});

describe('inputs that cannot give a plan or a ranking', () => {
  it('refuses a roster with a header and no rows', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.csv'), 'Agent ID,Hire Date\n');
    const r = talks(['plan', join(dir, 'r.csv'), ...TODAY, '-o', join(dir, 'p.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no agent rows/);
    expect(existsSync(join(dir, 'p.xlsx'))).toBe(false);
  });

  it('refuses to rank without KPI data', () => {
    const r = talks(['rank', ROSTER, '--sheet', 'Roster', '--kpi-sheet', 'Roster', ...TODAY]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no KPI data/i);
  });

  it('lists the sheets when --kpi-sheet names none of them', () => {
    const r = talks(['rank', ROSTER, '--kpi', KPI, '--kpi-sheet', 'Nope', ...TODAY]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`"Weekly KPI"`);
    expect(r.stderr).toContain('--kpi-sheet');
  });
});

describe('talks check shows every problem at once', () => {
  it('lists a duplicate id, a bad hire date and the missing optional columns together', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.csv'), 'Agent ID,Hire Date\nB1,2020-01-06\nB2,2020-01-06\nB2,2021-01-06\nB3,13/45/2020\n');
    const r = talks(['check', join(dir, 'r.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/row 4: Agent ID "B2" appears twice, in rows 3 and 4/);
    expect(r.stdout).toMatch(/row 5, column B \(Hire Date\): .*13\/45\/2020/);
    expect(r.stdout).toMatch(/note: .*no team-lead column/);
    expect(r.stdout).toContain('Roster: 2 agents');
  });

  it('writes counts in good English', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.csv'), 'Agent ID,Hire Date\nB1,2020-01-06\n');
    const r = talks(['plan', join(dir, 'r.csv'), ...TODAY, '-o', join(dir, 'p.xlsx')]);
    expect(r.stderr).toMatch(/: 1 talk, 0 in the backlog, \d+ notes \(Data check sheet\)\./);
  });
});

describe('a workbook open in Excel', () => {
  it('is not replaced, even with --force', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.xlsx'), 'old');
    writeFileSync(join(dir, '~$p.xlsx'), 'lock');
    const r = talks(['plan', ROSTER, '--kpi', KPI, ...TODAY, '-o', join(dir, 'p.xlsx'), '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is open in Excel/);
  });
});
