import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { talks, tempDir } from '../helpers/cli.js';
import { workbookJson } from '../helpers/workbook-json.js';

/** The bundled Chinese roster (GBK) with a 经理 column: A001–A020 under 经理甲, the rest under 经理乙. */
function rosterWithManagers(dir: string): string {
  const lines = iconv.decode(readFileSync('fixtures/roster-zh.csv'), 'gbk').replace(/\r/g, '').split('\n');
  const out = lines.map((line, i) => {
    if (i === 0 || line === '') return line;
    if (i === 1) return `${line},经理`;
    return `${line},${Number(line.slice(1, 4)) <= 20 ? '经理甲' : '经理乙'}`;
  });
  const file = join(dir, 'roster.csv');
  writeFileSync(file, iconv.encode(out.join('\n'), 'gbk'));
  return file;
}

describe("each manager's Swings sheet", () => {
  it("lists that manager's agents only (A012 swings under 经理甲, A037 under 经理乙)", async () => {
    const dir = tempDir();
    const r = talks(['plan', rosterWithManagers(dir), '--kpi', join(process.cwd(), 'fixtures/kpi-zh.csv'), '--today', '2026-11-23', '--lang', 'zh-CN'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const listed = async (manager: string) => {
      const sheets = await workbookJson(join(dir, `talks-plan-2026-W48-${manager}.xlsx`));
      const swings = sheets[5];
      return swings.rows.slice(1).map((row) => String(row[0]));
    };
    expect(await listed('经理甲')).toEqual(['A012']);
    expect(await listed('经理乙')).toEqual(['A037']);
  });
});
