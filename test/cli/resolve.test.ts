import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { hasStackTrace, talks, tempDir } from '../helpers/cli.js';

/** An archive written by the previous release: shifts raised by A1, A2, A3; a skill issue of A1; A3's chair (no category). */
const V2 = resolve(__dirname, '..', 'fixtures', 'archive', 'v2-talks.db');

let dir: string;
let db: string;
const run = (...args: string[]) => talks([...args, '--history', db], { env: { COLUMNS: '300' } });

beforeEach(() => {
  dir = tempDir();
  db = join(dir, 'talks.db');
  copyFileSync(V2, db);
});

describe('talks resolve', () => {
  it('closes exactly the picked issues by Ref, and says so in Chinese', () => {
    const r = run('resolve', 'A3/2026-11-25/2', 'A1/2026-11-23/2', '--text', '换了新椅子；开了计费课程', '--on', '2026-12-01', '--lang', 'zh-CN');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('已记录所选 2 个问题的处理：“换了新椅子；开了计费课程”，自 2026-12-01 起。关闭 2 名坐席提出的 2 个问题：A1、A3。');
    const doc = JSON.parse(run('issues', '--today', '2026-12-02', '--format', 'json').stdout);
    const state = Object.fromEntries(doc.issues.map((i: { ref: string; state: string }) => [i.ref, i.state]));
    expect(state).toEqual({
      'A1/2026-11-23/1': 'open', 'A1/2026-11-23/2': 'resolved', 'A2/2026-11-24/1': 'open', 'A3/2026-11-25/1': 'open', 'A3/2026-11-25/2': 'resolved',
    });
    expect(doc.common.map((c: { category: string }) => c.category)).toEqual(['shift']);
    expect(doc.resolutions).toEqual([{ id: 1, on: '2026-12-01', category: null, text: '换了新椅子；开了计费课程', issues: ['A1/2026-11-23/2', 'A3/2026-11-25/2'], agents: ['A1', 'A3'] }]);
  });

  it('a category closes only the issues raised on or before --on', () => {
    const r = run('resolve', '--category', '排班/班次', '--text', 'Swaps within 2 days', '--on', '2026-11-24', '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).resolution).toEqual({ id: 1, on: '2026-11-24', category: 'shift', text: 'Swaps within 2 days', issues: ['A1/2026-11-23/1', 'A2/2026-11-24/1'], agents: ['A1', 'A2'] });
    const csv = run('issues', '--today', '2026-12-02', '--format', 'csv').stdout;
    expect(csv).toContain('A3/2026-11-25/1,A3,2026-11-26,shift,Workforce management,Swap requests ignored,false,open,');
    expect(csv).toContain('A1/2026-11-23/1,A1,2026-11-24,shift,Workforce management,Night shifts every week,false,resolved,2026-11-24');
  });

  it.each([
    { args: ['--text', 'x'], message: /Say which issues were resolved/ },
    { args: ['--category', 'shift'], message: /--text is required/ },
    { args: ['--category', 'shift', '--text', '  '], message: /--text is required/ },
    { args: ['--category', 'weather', '--text', 'x'], message: /--category must be one of skill, mood, shift, qa, pay, other \(got "weather"\)/ },
    { args: ['A1/2026-11-23/1', '--category', 'shift', '--text', 'x'], message: /either --category or issue refs/ },
    { args: ['--category', 'shift', '--text', 'x', '--on', '1.12.2026'], message: /--on must be a date written YYYY-MM-DD/ },
  ])('refuses bad usage with exit 2 and stores nothing: $args', ({ args, message }) => {
    const before = readFileSync(db);
    const r = run('resolve', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('refuses an unknown Ref or one already resolved with exit 1, storing nothing', () => {
    const unknown = run('resolve', 'A9/2026-11-23/1', 'A1/2026-11-23/1', '--text', 'x');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no raised issue A9/2026-11-23/1: nothing was recorded.');
    expect(unknown.stderr).toContain('Run "talks issues" to see each issue with its Ref');
    expect(JSON.parse(run('issues', '--today', '2026-12-02', '--format', 'json').stdout).resolutions).toEqual([]);
    expect(run('resolve', 'A1/2026-11-23/1', '--text', 'x').code).toBe(0);
    const again = run('resolve', 'A1/2026-11-23/1', '--text', 'y');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('A1/2026-11-23/1 is already resolved: nothing was recorded.');
  });
});

describe('talks issues --notice', () => {
  it('says there is nothing to publish before anything was resolved, and writes no file', () => {
    const out = join(dir, 'notice.md');
    const r = run('issues', '--notice', '-o', out, '--today', '2026-12-02');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('No issue was resolved from 2026-09-03 on: there is nothing to publish.');
    expect(existsSync(out)).toBe(false);
  });

  it('keeps one raiser anonymous: no count below 3 agents, no agent, no issue text', () => {
    expect(run('resolve', 'A3/2026-11-25/2', '--text', 'New chairs for the floor', '--on', '2026-12-01').code).toBe(0);
    const out = join(dir, 'notice.md');
    expect(run('issues', '--notice', '-o', out, '--today', '2026-12-02').code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('## Other — raised in one-on-one talks\nWhat we changed: New chairs for the floor\nFrom: 2026-12-01');
    expect(text).not.toMatch(/A3|Ben|Okafor|Chair broken|1 agent/);
  });

  it('refuses a notice without -o, of another type, over an existing file without --force, or over the archive', () => {
    expect(run('resolve', 'A3/2026-11-25/2', '--text', 'New chairs', '--on', '2026-12-01').code).toBe(0);
    expect(run('issues', '--notice').code).toBe(2);
    const docx = run('issues', '--notice', '-o', join(dir, 'notice.docx'));
    expect([docx.code, docx.stderr]).toEqual([2, expect.stringContaining('The notice is written as .md or .txt')]);
    const out = join(dir, 'notice.txt');
    writeFileSync(out, 'keep me');
    expect(run('issues', '--notice', '-o', out).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const archive = readFileSync(db);
    expect(run('issues', '--notice', '-o', db, '--force').code).toBe(2);
    expect(readFileSync(db).equals(archive)).toBe(true);
    expect(run('issues', '--notice', '-o', out, '--force', '--since', '2026-11-01').code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('What we changed: New chairs');
  });
});
