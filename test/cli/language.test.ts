import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIX, talks, tempDir } from '../helpers/cli.js';

/** Messages follow --lang, then the config's language, then LC_ALL, LC_MESSAGES, LANG. */
const MISSING_EN = 'File not found.';
const MISSING_ZH = '找不到此文件。';

describe('the language of messages', () => {
  it.each([
    ['--lang zh-CN', ['check', 'none.xlsx', '--lang', 'zh-CN'], {}, MISSING_ZH],
    ['--lang=zh-CN on plan', ['plan', 'none.xlsx', '--lang=zh-CN'], {}, MISSING_ZH],
    ['--lang en beats LC_ALL', ['check', 'none.xlsx', '--lang', 'en'], { LC_ALL: 'zh_CN.UTF-8' }, MISSING_EN],
    ['LC_ALL beats LANG', ['check', 'none.xlsx'], { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, MISSING_ZH],
    ['LC_MESSAGES', ['rank', 'none.xlsx'], { LC_MESSAGES: 'zh_CN.UTF-8' }, MISSING_ZH],
    ['LANG', ['prep', 'none.xlsx', '--agent', 'A1'], { LANG: 'zh_CN.UTF-8' }, MISSING_ZH],
    ['the default', ['check', 'none.xlsx'], {}, MISSING_EN],
  ])('%s', (_, args, env, words) => {
    const r = talks(args, { env, cwd: tempDir() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(words);
  });

  it('the config file\'s language comes before the system locale', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'talks.config.json'), '{"language": "zh-CN"}');
    expect(talks(['check', 'none.xlsx'], { cwd: dir }).stderr).toContain(MISSING_ZH);
    expect(talks(['check', 'none.xlsx', '--lang', 'en'], { cwd: dir }).stderr).toContain(MISSING_EN);
  });

  it('check speaks Chinese: columns, periods and the verdict', () => {
    const r = talks(['check', join(FIX, 'roster-zh.csv'), '--kpi', join(FIX, 'kpi-zh.csv'), '--lang', 'zh-CN']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('花名册，表头在第 2 行');
    expect(r.stdout).toContain('入职日期');
    expect(r.stdout).toContain('KPI周期：12 周');
    expect(r.stdout).not.toMatch(/data row|KPI periods|No problems/);
  });

  it('rank has --lang', () => {
    const r = talks(['rank', join(FIX, 'roster-zh.csv'), '--kpi', join(FIX, 'kpi-zh.csv'), '--today', '2026-11-24', '--lang', 'zh-CN']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('按最近 4 个周期排名');
    expect(r.stdout).toContain('综合得分');
  });

  it('an error while writing a workbook is in Chinese too', () => {
    const r = talks(['plan', join(FIX, 'roster.xlsx'), '--kpi', join(FIX, 'kpi.xlsx'), '-o', join(tempDir(), 'no', 'such', 'p.xlsx'), '--lang', 'zh-CN']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/文件夹 .* 不存在/);
  });
});
