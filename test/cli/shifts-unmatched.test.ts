import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { talks, tempDir } from '../helpers/cli.js';

interface Doc {
  inputs?: { file: string; kind: string; rows: { used: number; skipped: number; reasons: Record<string, number> } }[];
  warnings: { code: string; file?: string; row?: number; message: string }[];
}

const unmatched = (doc: Doc) => doc.warnings.filter((w) => w.code === 'shifts-unmatched');

/** A WFM export with rows for agents the roster does not have: a shift, a day off, and a dozen rows of one ID. */
describe('shift rows for agents not in the roster', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeFileSync(join(dir, 'roster.csv'), 'Agent ID,Name,Hire Date\nA1,Ann,2023-01-01\nA2,Bo,2023-01-01\n');
    const rows = ['A1,2026-11-23,09:00-18:00', 'X9,2026-11-23,09:00-18:00', 'A2,2026-11-23,09:00-18:00', 'X9,2026-11-24,22:00-07:00', 'Y7,2026-11-24,休息'];
    writeFileSync(join(dir, 'wfm.csv'), ['Agent ID,Date,Shift', ...rows].join('\n') + '\n');
    const many = Array.from({ length: 12 }, (_, i) => `Z1,2026-11-${String(10 + i).padStart(2, '0')},08:00-17:00`);
    writeFileSync(join(dir, 'many.csv'), ['Agent ID,Date,Shift', 'A1,2026-11-23,09:00-18:00', ...many].join('\n') + '\n');
  });

  it('check counts them, names the IDs and their rows, and leaves them out of the rows used (JSON)', () => {
    const r = talks(['check', 'roster.csv', '--shifts', 'wfm.csv', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.inputs?.[1]).toMatchObject({ kind: 'shifts', rows: { used: 2, skipped: 3, reasons: { 'unknown-agent': 3 } } });
    expect(unmatched(doc)).toMatchObject([{ file: 'wfm.csv', row: 3 }]);
    expect(unmatched(doc)[0].message).toBe(
      '3 rows of the shifts file (rows 3, 5, 6) are for 2 agent IDs not in the roster, so they are not used: "X9", "Y7". ' +
        "Add the agents to the roster, or check that the shifts file uses the roster's agent IDs.",
    );
  });

  it('plan warns about them too, in English and in Chinese, and still plans the roster agents', () => {
    const run = (lang: string) => talks(['plan', 'roster.csv', '--shifts', 'wfm.csv', '--today', '2026-11-23', '--no-workbook', '--lang', lang], { cwd: dir });
    const en = run('en');
    expect(en.code, en.stderr).toBe(0);
    expect(en.stderr).toContain('wfm.csv, row 3: 3 rows of the shifts file (rows 3, 5, 6) are for 2 agent IDs not in the roster');
    const zh = run('zh-CN');
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stderr).toContain('排班表中有 3 行（第 3、5、6 行）的工号（2 个）在花名册中找不到对应坐席，未被使用："X9", "Y7"');
    expect(zh.stderr).not.toContain('rows of the shifts file');
    const json = JSON.parse(talks(['plan', 'roster.csv', '--shifts', 'wfm.csv', '--today', '2026-11-23', '--no-workbook', '--format', 'json'], { cwd: dir }).stdout) as Doc & {
      talks: { agentId: string }[];
    };
    expect(unmatched(json)).toHaveLength(1);
    expect(json.talks.map((t) => t.agentId).sort()).toEqual(['A1', 'A2']);
  });

  it('says how many rows there are when it lists only the first ten, in one warning, in Chinese too', () => {
    const doc = JSON.parse(talks(['check', 'roster.csv', '--shifts', 'many.csv', '--format', 'json'], { cwd: dir }).stdout) as Doc;
    expect(unmatched(doc)).toMatchObject([{ row: 3 }]);
    expect(unmatched(doc)[0].message).toMatch(/^12 rows of the shifts file \(rows 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, …\) are for 1 agent ID not in the roster, so they are not used: "Z1"\./);
    const zh = talks(['check', 'roster.csv', '--shifts', 'many.csv', '--lang', 'zh-CN'], { cwd: dir });
    expect(zh.stdout).toContain('排班表中有 12 行（第 3、4、5、6、7、8、9、10、11、12、… 行）的工号（1 个）');
  });

  it('without a roster, check cannot tell and says nothing of it', () => {
    writeFileSync(join(dir, 'kpi.csv'), 'Agent ID,Week,CSAT\nA1,2026-11-16,90\n');
    const r = talks(['check', '--kpi', 'kpi.csv', '--shifts', 'wfm.csv', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.inputs?.find((i) => i.kind === 'shifts')?.rows.used).toBe(4);
    expect(unmatched(doc)).toEqual([]);
  });
});
