import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, FIX, ROOT, talks, tempDir } from '../helpers/cli.js';

/** The heavy libraries a command may load only when it runs, never to print its help. */
const HEAVY = ['exceljs', 'better-sqlite3', 'ics', 'iconv-lite', 'archiver', 'unzipper'];
const COMMANDS = ['plan', 'prep', 'rank', 'record', 'history', 'issues', 'resolve', 'impact', 'feedback', 'check', 'init'];

/**
 * What a run opened: the chunks of the built CLI (dist/bundle/*.cjs) and the packages read from
 * node_modules (NODE_DEBUG=module logs each CommonJS load).
 * The bundled packages (commander, exceljs's streaming writer …) are inside the chunks.
 */
function opened(args: string[]): { chunks: Set<string>; packages: Set<string> } {
  const r = talks(args, { env: { NODE_DEBUG: 'module' } });
  expect(r.code, r.stderr.slice(-500)).toBe(0);
  return {
    chunks: new Set([...r.stderr.matchAll(/load "[^"]*dist\/bundle\/([a-z-]+)\.cjs"/g)].map((m) => m[1])),
    packages: new Set([...r.stderr.matchAll(/node_modules\/((?:@[^/]+\/)?[^/"']+)/g)].map((m) => m[1])),
  };
}

function expectLight(args: string[]): void {
  const { chunks, packages } = opened(args);
  expect(chunks.has('start'), `${args.join(' ')} runs the built CLI`).toBe(true); // the log is real
  for (const chunk of ['work', 'libs']) expect(chunks.has(chunk), `${args.join(' ')} loads the ${chunk} chunk`).toBe(false);
  for (const lib of HEAVY) expect(packages.has(lib), `${args.join(' ')} loads ${lib}`).toBe(false);
}

describe('start-up: help loads only what it needs', () => {
  it('talks --help opens the start chunk and none of the heavy libraries', () => expectLight(['--help']));

  it.each(COMMANDS)('talks %s --help opens none of the heavy libraries', (command) => expectLight([command, '--help']));

  const planArgs = (dir: string): string[] =>
    ['plan', join(FIX, 'roster.xlsx'), '--kpi', join(FIX, 'kpi.xlsx'), '--today', '2026-11-23', '-o', join(dir, 'plan.xlsx'), '--lang', 'en', '--history', join(dir, 'talks.db')];

  it('a plan opens the rest: our code and the bundled exceljs writer; SQLite only when there is an archive file', () => {
    const dir = tempDir();
    const { chunks, packages } = opened(planArgs(dir));
    expect([...chunks].sort()).toEqual(['libs', 'rolldown-runtime', 'start', 'talks', 'work']);
    expect(packages.has('exceljs'), 'the streaming writer is bundled, not read from node_modules').toBe(false);
    expect(packages.has('better-sqlite3'), 'a plan without an archive file does not load SQLite').toBe(false);
  });

  it('a plan with an archive file loads SQLite and reads it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'talks.db'), ''); // an empty file is a new archive
    expect(opened(planArgs(dir)).packages.has('better-sqlite3')).toBe(true);
  });
});

describe('start-up: the chunks are ASCII', () => {
  // V8 holds a chunk's source as long as its code runs: one byte per character for ASCII, two
  // otherwise (the Chinese messages and holidays made every chunk two-byte: ~1.9 MB more heap).
  it('every chunk of the built CLI is plain ASCII, its Chinese text in \\u escapes', () => {
    const dir = join(ROOT, 'dist/bundle');
    const chunks = readdirSync(dir).filter((f) => f.endsWith('.cjs'));
    expect(chunks).toEqual(expect.arrayContaining(['start.cjs', 'work.cjs', 'libs.cjs']));
    for (const f of chunks) {
      const bytes = readFileSync(join(dir, f));
      const at = bytes.findIndex((b) => b > 0x7f);
      expect(at, `${f}: a byte outside ASCII at ${at}: ${bytes.subarray(Math.max(0, at - 40), at + 10).toString()}`).toBe(-1);
    }
    expect(readFileSync(join(dir, 'start.cjs'), 'latin1')).toMatch(/\\u8ba1\\u5212/i); // 计划, of the help in Chinese
  });

  it('the bundled exceljs writer comes without archiver: the plan workbook has its own zip (parts-zip.ts)', () => {
    const libs = readFileSync(join(ROOT, 'dist/bundle/libs.cjs'), 'latin1');
    expect(libs).toContain('WorkbookWriter');
    expect(libs).not.toContain('ZipArchiveOutputStream');
  });
});

describe('start-up: Node modules a plan never needs', () => {
  // Loaded by packages at start-up for calls talks does not make (rolldown.config.js makes them lazy).
  it('a plan loads neither node:crypto (for sheet passwords in exceljs) nor node:child_process (for subcommands in commander)', () => {
    const dir = tempDir();
    const probe = join(dir, 'probe.mjs');
    writeFileSync(probe, "process.on('exit', () => process.stderr.write('BUILTINS ' + process.moduleLoadList.join(',') + '\\n'));\n");
    const args = ['plan', join(FIX, 'roster.xlsx'), '--kpi', join(FIX, 'kpi.xlsx'), '--today', '2026-11-23', '--lang', 'en', '-o', join(dir, 'plan.xlsx')];
    const r = spawnSync(process.execPath, ['--import', probe, BIN, ...args], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const loaded = /BUILTINS (.*)/.exec(r.stderr)![1].split(',');
    expect(loaded, 'the probe sees what the plan loaded').toContain('NativeModule zlib');
    expect(loaded).not.toContain('NativeModule crypto');
    expect(loaded).not.toContain('NativeModule child_process');
  });
});
