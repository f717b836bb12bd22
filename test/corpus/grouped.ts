import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/cli.js';

/** One bad input: its files, the command (run in a folder holding only those files), the exit code and the words of the message. */
export interface MessageCase {
  name: string;
  files: Record<string, string | Buffer | (() => string | Buffer)>;
  args: string[];
  exit: number;
  /** Words the message must contain in English / in Chinese; `both` in either. */
  en?: string[];
  zh?: string[];
  both?: string[];
  /** Files a successful run writes; any other new file is a leftover. */
  writes?: string[];
  /** Files the command may change on purpose (an archive being recorded into). */
  changes?: string[];
  /** The command takes no --lang (talks with no command): Chinese is asked for by the locale only. */
  noLangOption?: boolean;
  /** Only in this language (e.g. a case about the English text itself). */
  only?: 'en' | 'zh';
  /** The language the message comes in whatever the run asked for (the config's "language" wins over LANG). */
  speaks?: 'en' | 'zh';
}

export interface CaseRun {
  c: MessageCase;
  lang: 'en' | 'zh';
  /** How Chinese was asked for: --lang, LANG or LC_ALL. */
  how: string;
  cwd: string;
  args: string[];
  env: Record<string, string>;
  before: Map<string, string>;
}

export interface CaseResult {
  code: number;
  stdout: string;
  stderr: string;
  /** This case's own peak resident memory (Linux); elsewhere the group's peak so far. */
  peakMiB: number;
  after: Map<string, string>;
  listing: string[];
}

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function snapshot(cwd: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(p.slice(cwd.length + 1), hash(p));
    }
  };
  walk(cwd);
  return out;
}

const WAYS: { how: string; env: Record<string, string>; flag: boolean }[] = [
  { how: '--lang zh-CN', env: { LANG: 'en_US.UTF-8' }, flag: true },
  { how: 'LANG=zh_CN.UTF-8', env: { LANG: 'zh_CN.UTF-8' }, flag: false },
  { how: 'LC_ALL=zh_CN.UTF-8', env: { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' }, flag: false },
];

const ENGLISH = { how: 'en', env: { LANG: 'en_US.UTF-8' }, flag: false };

/** Every case in English and in Chinese (asked for in turn by --lang, LANG and LC_ALL), each in its own folder under `dir`. */
export function prepare(cases: MessageCase[], dir: string): CaseRun[] {
  const runs: CaseRun[] = [];
  cases.forEach((c, i) => {
    for (const lang of ['en', 'zh'] as const) {
      if (c.only && c.only !== lang) continue;
      const cwd = join(dir, `${i}-${lang}`);
      mkdirSync(cwd, { recursive: true });
      for (const [name, content] of Object.entries(c.files)) {
        mkdirSync(name.endsWith('/') ? join(cwd, name) : dirname(join(cwd, name)), { recursive: true });
        if (name.endsWith('/')) continue;
        writeFileSync(join(cwd, name), typeof content === 'function' ? content() : content);
      }
      const way = lang === 'en' ? ENGLISH : WAYS[c.noLangOption ? 1 + (i % 2) : i % WAYS.length];
      const args = way.flag ? [...c.args, '--lang', 'zh-CN'] : c.args;
      runs.push({ c, lang, how: way.how, cwd, args, env: { NO_COLOR: '1', ...way.env }, before: snapshot(cwd) });
    }
  });
  return runs;
}

/** Runs the cases in one child process; its peak memory covers each of them. */
export function runGroup(runs: CaseRun[], file: string): { results: CaseResult[]; maxRssMiB: number } {
  const spec = runs.map((r) => ({ cwd: r.cwd, args: r.args, env: r.env }));
  writeFileSync(file, JSON.stringify(spec));
  const child = spawnSync(process.execPath, [join(ROOT, 'test', 'corpus', 'group-runner.mjs'), pathToFileURL(join(ROOT, 'dist', 'cli', 'main.js')).href, file], {
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (child.status !== 0) throw new Error(`group runner failed (${child.status}): ${child.stderr}`);
  type Raw = { code: number; stdout: string; stderr: string; peakKiB: number };
  const { results, maxRssKiB } = JSON.parse(readFileSync(`${file}.out`, 'utf8')) as { results: Raw[]; maxRssKiB: number };
  return {
    results: results.map(({ peakKiB, ...r }, i) => ({ ...r, peakMiB: peakKiB / 1024, after: snapshot(runs[i].cwd), listing: [...snapshot(runs[i].cwd).keys()].sort() })),
    maxRssMiB: maxRssKiB / 1024,
  };
}
