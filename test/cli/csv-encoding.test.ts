import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { talks, tempDir } from '../helpers/cli.js';
import { workbookJson } from '../helpers/workbook-json.js';

/**
 * A UTF-8 roster export whose bytes are not all UTF-8: one damaged byte early on must not make
 * the whole file GBK, and bad bytes anywhere (also past the first 64 KiB) are named by row and column.
 */
const dir = tempDir();
const HEADER = '工号,姓名,组别,组长,入职日期';
const row = (i: number, name = `张伟${i}`) => `A${i},${name},一组,李娜,2024-01-01\n`;
const utf8 = (from: number, to: number) => Buffer.from(Array.from({ length: to - from }, (_, k) => row(from + k)).join(''));

function roster(name: string, parts: Buffer[]): string {
  const file = join(dir, name);
  writeFileSync(file, Buffer.concat([Buffer.from(`${HEADER}\n`), ...parts]));
  return file;
}

interface Json {
  warnings: { code: string; row?: number; column?: string; message: string }[];
}
const undecodable = (stdout: string) => (JSON.parse(stdout) as Json).warnings.filter((w) => w.code === 'undecodable-bytes');

/** The lines of `check`'s table that carry this warning. */
const checkLines = (out: string) => out.split('\n').filter((l) => l.includes('Some bytes here are not valid'));

/** Rows 2–2001 in UTF-8, with the bytes of row 6's name replaced by 0xFF 0xFE (never text in UTF-8). */
const earlyBad = () => {
  const body = utf8(1, 2001);
  const at = body.indexOf(Buffer.from('张伟5,'));
  body[at] = 0xff;
  body[at + 1] = 0xfe;
  return body;
};
/** 2,000 UTF-8 rows (past 64 KiB), then one name written in GBK (row 2002), then more UTF-8. */
const lateGbk = () => [utf8(1, 2001), Buffer.from('A2001,'), iconv.encode('王芳', 'gbk'), Buffer.from(',二组,李娜,2024-01-01\n'), utf8(2002, 2100)];

describe('CSV bytes that are not text in the file encoding', () => {
  it('one bad byte in the first 64 KiB keeps a UTF-8 file UTF-8, and is named by row and column', () => {
    const file = roster('early.csv', [earlyBad()]);
    const r = talks(['check', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('2,000 data rows');
    expect(r.stdout).toContain('e.g. "张伟1"');
    expect(checkLines(r.stdout)).toEqual([expect.stringContaining('early.csv, row 6, column B (姓名): Some bytes here are not valid UTF-8 text')]);
  });

  it('a GBK run after the first 64 KiB is warned of in plan, its report and its Data check sheet', async () => {
    const parts = lateGbk();
    expect(Buffer.concat(parts.slice(0, 2)).length).toBeGreaterThan(64 * 1024);
    const file = roster('late.csv', parts);
    const out = join(dir, 'plan.xlsx');
    const r = talks(['plan', file, '--today', '2026-11-24', '-o', out, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(undecodable(r.stdout)).toEqual([expect.objectContaining({ row: 2002, column: 'B (姓名)' })]);
    const check = (await workbookJson(out)).find((s) => s.name === 'Data check')!;
    expect(JSON.stringify(check.rows)).toContain('not valid UTF-8 text');
    const table = talks(['plan', file, '--today', '2026-11-24', '-o', join(dir, 'plan2.xlsx')]);
    expect(table.stdout + table.stderr).toMatch(/late\.csv, row 2002, column B \(姓名\): Some bytes here are not valid UTF-8 text/);
  });

  it('is said in Chinese under --lang zh-CN', () => {
    const file = roster('late-zh.csv', lateGbk());
    const r = talks(['check', file, '--lang', 'zh-CN']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/第 2002 行，列 B \(姓名\): 此处有不是有效 UTF-8 文本的字节/);
  });

  it('a clean UTF-8 file and a clean GBK file give no such warning', () => {
    const clean = roster('clean.csv', [utf8(1, 2001)]);
    const gbk = join(dir, 'gbk.csv');
    writeFileSync(gbk, iconv.encode(`${HEADER}\n${Array.from({ length: 2000 }, (_, i) => row(i)).join('')}`, 'gbk'));
    for (const file of [clean, gbk]) {
      const r = talks(['check', file]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('2,000 data rows');
      expect(r.stdout).toContain('e.g. "张伟');
      expect(checkLines(r.stdout)).toEqual([]);
    }
  });
});
