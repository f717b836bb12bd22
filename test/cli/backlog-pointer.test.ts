import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { talks, tempDir } from '../helpers/cli.js';

// 40 active agents, none talked to yet: 10 talks fit the week, 30 wait in the backlog, of which
// the terminal shows 15. The line under the backlog says where the other 15 are.
const ROSTER = [
  'Agent ID,Name,Team,Team Lead,Hire Date,Status',
  ...Array.from({ length: 40 }, (_, i) => `A${i + 1},Agent ${i + 1},T${(i % 4) + 1},Lead ${(i % 4) + 1},2023-0${(i % 9) + 1}-15,Active`),
].join('\n');

function plan(extra: string[], lang: 'en' | 'zh-CN') {
  const dir = tempDir();
  writeFileSync(join(dir, 'roster.csv'), `${ROSTER}\n`);
  const r = talks(['plan', 'roster.csv', '--today', '2026-11-23', '--lang', lang, ...extra], { cwd: dir, env: { COLUMNS: '200' } });
  expect(r.code, r.stderr).toBe(0);
  const more = r.stdout.split('\n').filter((l) => /^(… and \d+ more|……另有 \d+ 条)/.test(l));
  expect(more, r.stdout).toHaveLength(1);
  return { line: more[0], files: readdirSync(dir) };
}

describe('talks plan: the line under a long backlog', () => {
  it('points to the workbook’s Backlog sheet when a workbook is written', () => {
    const en = plan([], 'en');
    expect(en.files.some((f) => f.endsWith('.xlsx'))).toBe(true);
    expect(en.line).toBe('… and 15 more: see the Backlog sheet of the workbook.');
    expect(plan([], 'zh-CN').line).toBe('……另有 15 条，见工作簿的“待办”表。');
  });

  it('with --no-workbook, points to --format json, not to a workbook that was not written', () => {
    const en = plan(['--no-workbook'], 'en');
    expect(en.files.some((f) => f.endsWith('.xlsx'))).toBe(false);
    expect(en.line).toBe('… and 15 more: --format json lists the whole backlog.');
    expect(plan(['--no-workbook'], 'zh-CN').line).toBe('……另有 15 条，使用 --format json 可列出全部待办。');
  });

  it('and --format json does list the whole backlog of 30', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'roster.csv'), `${ROSTER}\n`);
    const r = talks(['plan', 'roster.csv', '--today', '2026-11-23', '--lang', 'en', '--no-workbook', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { talks: unknown[]; backlog: { agentId: string }[] };
    expect(out.talks).toHaveLength(10);
    expect(new Set(out.backlog.map((t) => t.agentId)).size).toBe(30);
  });

  it('on a narrow terminal, says which format holds what the tables left out', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'roster.csv'), `${ROSTER}\n`);
    // The notes wrap at the terminal's width: read them as one text.
    const notes = (extra: string[]) => {
      const r = talks(['plan', 'roster.csv', '--today', '2026-11-23', '--lang', 'en', ...extra], { cwd: dir, env: { COLUMNS: '50' } });
      expect(r.code, r.stderr).toBe(0);
      const text = r.stdout.split('\n').filter((l) => !/^[│├┌└]/.test(l)).join(' ');
      return [...text.matchAll(/Left out to fit the terminal: ([^(]+) \(([^)]+)\)/g)].map((m) => `${m[1]}: ${m[2]}`);
    };
    expect(notes(['--no-workbook'])).toEqual(['Where, Team, Due: a wider terminal or --format csv shows them', 'Team: a wider terminal or --format json shows them']);
    expect(notes(['-o', 'p.xlsx', '--force'])).toEqual(['Where, Team, Due: the workbook has them', 'Team: the workbook has them']);
  });
});
