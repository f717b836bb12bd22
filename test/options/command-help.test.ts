import { describe, expect, it } from 'vitest';
import { talks } from '../helpers/cli.js';
import { wrongLanguage } from '../corpus/language-check.js';

const ZH = { LANG: 'zh_CN.UTF-8' };

/** A line of a JSON shape the help spells out (field names and null are the same in every language). */
const jsonShape = (line: string) => line.includes('"') && /^[\s"\w{}[\],:|.]*$/.test(line);

/** The commands `talks --help` lists (all but `help`). */
function commands(): string[] {
  const help = talks(['--help']).stdout;
  const list = help.slice(help.indexOf('Commands:'));
  return [...list.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]).filter((c) => c !== 'help');
}

describe('the help of every command', () => {
  const names = commands();

  it('lists every command', () => {
    expect(names).toEqual(['plan', 'prep', 'rank', 'record', 'history', 'issues', 'resolve', 'impact', 'feedback', 'check', 'init']);
  });

  it.each(['', ...names])('talks %s --help is all Chinese under a Chinese locale and all English otherwise', (cmd) => {
    const args = cmd ? [cmd, '--help'] : ['--help'];
    const zh = talks(args, { env: ZH });
    const en = talks(args);
    expect(zh.code).toBe(0);
    expect(en.code).toBe(0);
    expect(wrongLanguage(zh.stdout, 'zh').filter((l) => !jsonShape(l))).toEqual([]);
    expect(wrongLanguage(en.stdout, 'en')).toEqual([]);
    for (const out of [zh.stdout, en.stdout]) expect(out).not.toMatch(/undefined|NaN|\[object/);
    // The summary, each argument and each option has its text in the user's language.
    const zhLines = zh.stdout.split('\n');
    const described = zhLines.filter((l) => /^ {2}\S/.test(l) && !/^ {2}-h, --help/.test(l));
    for (const l of described) expect(l, `${cmd}: ${l}`).toMatch(/[\u4e00-\u9fff]/);
    expect(zhLines[2], 'the summary').toMatch(/[\u4e00-\u9fff]/);
    expect(zh.stdout).not.toMatch(/\[options\]|\[command\]/);
    expect(zhLines[0]).toMatch(/^用法： talks/);
  });

  it('says the numbers the code uses, not numbers written into the help', () => {
    const rank = talks(['rank', '--help']).stdout.replace(/\s+/g, ' ');
    expect(rank).toContain('over the last 4 periods (top 20% and core 3% marked)');
    const zhImpact = talks(['impact', '--help'], { env: ZH }).stdout;
    expect(zhImpact).toContain('默认今天之前 90 天');
    expect(talks(['feedback', '--help']).stdout).toMatch(/talks-feedback\.xlsx[\s\S]*14 days before today|14 days before today[\s\S]*talks-feedback\.xlsx/);
  });
});
