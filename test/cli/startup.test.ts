import { describe, expect, it } from 'vitest';
import { talks } from '../helpers/cli.js';

/** The heavy libraries a command may load only when it runs, never to print its help. */
const HEAVY = ['exceljs', 'better-sqlite3', 'ics', 'iconv-lite', 'archiver', 'unzipper'];
const COMMANDS = ['plan', 'prep', 'rank', 'record', 'history', 'issues', 'resolve', 'impact', 'feedback', 'check', 'init'];

/** The packages Node's CommonJS loader opened during a run (NODE_DEBUG=module logs each load on stderr). */
function packagesLoaded(args: string[]): Set<string> {
  const r = talks(args, { env: { NODE_DEBUG: 'module' } });
  expect(r.code, r.stderr.slice(-500)).toBe(0);
  return new Set([...r.stderr.matchAll(/node_modules\/((?:@[^/]+\/)?[^/"']+)/g)].map((m) => m[1]));
}

describe('start-up: help loads only what it needs', () => {
  it('talks --help opens commander and none of the heavy libraries', () => {
    const loaded = packagesLoaded(['--help']);
    expect(loaded.has('commander')).toBe(true); // the log is real: commander is always there
    for (const lib of HEAVY) expect(loaded.has(lib), lib).toBe(false);
  });

  it.each(COMMANDS)('talks %s --help opens none of the heavy libraries', (command) => {
    const loaded = packagesLoaded([command, '--help']);
    for (const lib of HEAVY) expect(loaded.has(lib), `${command} --help loads ${lib}`).toBe(false);
  });
});
