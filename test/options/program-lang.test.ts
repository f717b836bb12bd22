import { describe, expect, it } from 'vitest';
import { hasStackTrace, talks } from '../helpers/cli.js';
import { wrongLanguage } from '../corpus/language-check.js';

const EN = { LANG: 'en_US.UTF-8' };
const ZH = { LANG: 'zh_CN.UTF-8' };

describe('--lang before the command (talks --lang zh-CN …)', () => {
  it('talks --lang zh-CN with no command shows the help in Chinese on stderr, as talks alone does', () => {
    const r = talks(['--lang', 'zh-CN'], { env: EN });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/unknown option|未知选项/);
    expect(r.stderr).toMatch(/^用法： talks \[选项\] \[命令\]/);
    expect(r.stderr).toContain('安排本周的一对一面谈');
    expect(wrongLanguage(r.stderr, 'zh')).toEqual([]);
  });

  it('talks --lang zh-CN --help is the program help in Chinese, and --lang en in English under a Chinese locale', () => {
    const zh = talks(['--lang', 'zh-CN', '--help'], { env: EN });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^用法： talks/);
    // The program lists --lang itself, with its help from the option table.
    expect(zh.stdout).toMatch(/--lang <lang> +输出和提示的语言：en 或 zh-CN（默认：/);
    expect(wrongLanguage(zh.stdout, 'zh')).toEqual([]);
    const en = talks(['--lang=en', '--help'], { env: ZH });
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Usage: talks \[options\] \[command\]/);
    expect(wrongLanguage(en.stdout, 'en')).toEqual([]);
  });

  it("is the command's language: its help, its messages and its errors", () => {
    const help = talks(['--lang', 'zh-CN', 'record', '--help'], { env: EN });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('面谈档案（SQLite）（默认：talks.db）');
    const none = talks(['--lang', 'zh-CN', 'history', '--history', 'no-such-archive.db'], { env: EN });
    expect(none.code).toBe(0);
    expect(none.stderr).toContain('no-such-archive.db 中还没有面谈记录');
    const missing = talks(['--lang', 'zh-CN', 'check', 'no-such-roster.csv'], { env: EN });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('找不到此文件');
  });

  it("gives way to the command's own --lang, and a bad value is a usage error naming it", () => {
    const own = talks(['--lang', 'zh-CN', 'check', 'no-such-roster.csv', '--lang', 'en'], { env: ZH });
    expect(own.code).toBe(1);
    expect(own.stderr).toContain('File not found');
    for (const args of [['--lang', 'fr'], ['--lang', 'fr', 'check', 'roster.csv'], ['check', 'roster.csv', '--lang', 'fr']]) {
      const bad = talks(args, { env: EN });
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr).toContain('--lang must be en or zh-CN (got "fr")');
      expect(hasStackTrace(bad.stderr)).toBe(false);
    }
  });
});
