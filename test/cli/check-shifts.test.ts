import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { talks, tempDir } from '../helpers/cli.js';

interface CheckJson {
  inputs: { file: string; kind: string; rows: { used: number; skipped: number } }[];
  warnings: { code: string; file?: string; row?: number; column?: string; message: string }[];
}

/** A WFM export with a bad time, a day off, a name the config maps and one it does not. */
describe('talks check --shifts', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeFileSync(join(dir, 'talks.config.json'), JSON.stringify({ shifts: { 早班: ['07:00', '15:00'] } }));
    writeFileSync(join(dir, 'roster.csv'), 'Agent ID,Name,Hire Date\nA1,Ann,2023-01-01\nA2,Bo,2023-01-01\n');
    writeFileSync(
      join(dir, 'wfm.csv'),
      ['Agent ID,Date,Shift', 'A1,2026-11-23,09:00-18:00', 'A1,2026-11-24,早班', 'A2,2026-11-23,中班', 'A2,2026-11-24,休息'].join('\n') + '\n',
    );
    writeFileSync(join(dir, 'times.csv'), 'Agent ID,Date,Start,End\nA1,2026-11-23,09:00,18:00\nA2,2026-11-23,25:00,07:00\n');
  });

  it('reads the shifts file as plan does and lists its columns, rows and problems', () => {
    const r = talks(['check', 'roster.csv', '--shifts', 'wfm.csv', '--lang', 'en'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/wfm\.csv: shift schedule, header in row 1/);
    expect(r.stdout).toContain('"中班"');
    const plan = talks(['plan', 'roster.csv', '--shifts', 'wfm.csv', '--today', '2026-11-23', '--no-workbook', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(plan.code, plan.stderr).toBe(0);
    // Every problem plan finds in the file, check shows too.
    for (const w of JSON.parse(plan.stdout).warnings.filter((x: { file?: string }) => x.file?.endsWith('wfm.csv'))) expect(r.stdout).toContain(w.message.slice(0, 40));
  });

  it('carries the file and its warnings in JSON, with the row and column of a bad time', () => {
    const r = talks(['check', 'roster.csv', '--shifts', 'wfm.csv', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as CheckJson;
    expect(doc.inputs.map((i) => i.kind)).toEqual(['roster', 'shifts']);
    // Three shifts; the day off (休息) is none.
    expect(doc.inputs[1].rows.used).toBe(3);
    // 早班 is in the config; 中班 is not, and names its row.
    expect(doc.warnings.filter((w) => w.code === 'unknown-shift')).toMatchObject([{ file: 'wfm.csv', row: 4, message: expect.stringContaining('中班') }]);
    const times = JSON.parse(talks(['check', 'roster.csv', '--shifts', 'times.csv', '--format', 'json'], { cwd: dir }).stdout) as CheckJson;
    expect(times.warnings.filter((w) => w.file === 'times.csv')).toMatchObject([{ code: 'bad-value', row: 3, column: 'C (Start)', message: expect.stringContaining('25:00') }]);
  });

  it('speaks Chinese, and refuses a file without shift columns naming them', () => {
    const zh = talks(['check', 'roster.csv', '--shifts', 'wfm.csv', '--lang', 'zh-CN'], { cwd: dir });
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toMatch(/wfm\.csv：排班表，表头在第 1 行/);
    writeFileSync(join(dir, 'bad.csv'), 'Agent ID,Date,Hours\nA1,2026-11-23,8\n');
    const r = talks(['check', 'roster.csv', '--shifts', 'bad.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.csv');
  });
});
