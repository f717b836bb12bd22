import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveFailure } from '../../src/io/archive/failure.js';
import { APPLICATION_ID, openArchive } from '../../src/io/archive/archive.js';
import { EXIT_PIPE_CLOSED } from '../../src/cli/main.js';
import { TalksError } from '../../src/errors.js';
import { BIN, FIX, hasStackTrace, talks, tempDir } from '../helpers/cli.js';

const ROSTER = join(FIX, 'roster.xlsx');
const KPI = join(FIX, 'kpi.xlsx');
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ENV = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '' };
const hash = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

/** Runs the CLI with its stdout sent to `fd` (e.g. /dev/full). */
function talksTo(path: string, args: string[]): { code: number; stderr: string } {
  const r = spawnSync('sh', ['-c', `"$0" "$@" > ${path}`, process.execPath, BIN, ...args], { encoding: 'utf8', env: ENV, cwd: dir });
  return { code: r.status ?? -1, stderr: r.stderr };
}

/** Runs the CLI with a reader that closes the pipe at once, as `| head -0` would. */
function talksIntoClosedPipe(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: ENV, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

describe.skipIf(!existsSync('/dev/full'))('stdout that cannot be written', () => {
  it.each([
    ['check', ['check', ROSTER, '--kpi', KPI]],
    ['rank', ['rank', ROSTER, '--kpi', KPI, '--today', '2026-11-24']],
  ])('%s on a full device: one clear message, exit 1', (_, args) => {
    const r = talksTo('/dev/full', args);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('could not write the output: the disk is full (ENOSPC)');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('plan on a full stdout leaves no workbook behind', () => {
    const r = talksTo('/dev/full', ['plan', ROSTER, '--kpi', KPI, '--today', '2026-11-24', '-o', 'full.xlsx', '--ics', 'full.ics']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the disk is full');
    expect(readdirSync(dir).filter((f) => f.startsWith('full') || f.startsWith('.full'))).toEqual([]);
  });

  it('the message follows --lang', () => {
    const r = talksTo('/dev/full', ['plan', ROSTER, '--kpi', KPI, '--today', '2026-11-24', '-o', 'full-zh.xlsx', '--lang', 'zh-CN']);
    expect(r.stderr).toContain('无法写出输出：磁盘已满 (ENOSPC)');
  });
});

describe('a reader that closed the pipe', () => {
  it('check ends quietly with the status of SIGPIPE', async () => {
    const r = await talksIntoClosedPipe(['check', ROSTER, '--kpi', KPI]);
    expect(r).toEqual({ code: EXIT_PIPE_CLOSED, stderr: '' });
  });

  it('plan still writes its workbook', async () => {
    const r = await talksIntoClosedPipe(['plan', ROSTER, '--kpi', KPI, '--today', '2026-11-24', '-o', 'piped.xlsx']);
    expect(r.code).toBe(EXIT_PIPE_CLOSED);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(existsSync(join(dir, 'piped.xlsx'))).toBe(true);
  });
});

/** An archive that says it is ours, with a talks table that lost its agent_id column. */
function archiveWithoutAgentId(file: string): void {
  const db = new Database(file);
  db.exec('CREATE TABLE talks (date TEXT, rule TEXT, name TEXT, team TEXT, lead TEXT, held INTEGER, held_on TEXT, category TEXT, issue TEXT, notes TEXT, recorded_at TEXT)');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('user_version = 1');
  db.close();
}

describe('a damaged or busy archive', () => {
  it.each([
    ['history', (db: string) => ['history', '--history', db]],
    ['issues', (db: string) => ['issues', '--history', db]],
    ['plan', (db: string) => ['plan', ROSTER, '--kpi', KPI, '--today', '2026-11-24', '-o', join(dir, 'schema.xlsx'), '--history', db]],
  ])('%s on an archive missing a column: exit 1, names the column, file untouched', (_, args) => {
    const db = join(dir, `schema-${_}.db`);
    archiveWithoutAgentId(db);
    const before = hash(db);
    const r = talks(args(db));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('its "talks" table has no "agent_id" column');
    expect(r.stderr).not.toContain('unexpected problem');
    expect(hash(db)).toBe(before);
    expect(existsSync(join(dir, 'schema.xlsx'))).toBe(false);
  });

  it('history waits for a short lock and then reads', async () => {
    const file = join(dir, 'locked-short.db');
    openArchive(file, 'write').close();
    const holder = new Database(file);
    holder.exec('BEGIN EXCLUSIVE');
    const child = spawn(process.execPath, [BIN, 'history', '--history', file], { env: ENV, cwd: dir });
    setTimeout(() => holder.exec('COMMIT'), 1000);
    const code = await new Promise((resolve) => child.on('close', resolve));
    holder.close();
    expect(code).toBe(0);
  });

  it('a lock that is not released is called "in use", not damage', async () => {
    const file = join(dir, 'locked.db');
    openArchive(file, 'write').close();
    const holder = new Database(file);
    holder.exec('BEGIN EXCLUSIVE');
    const child = spawn(process.execPath, [BIN, 'history', '--history', file], { env: ENV, cwd: dir });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    holder.exec('COMMIT');
    holder.close();
    expect(code).toBe(1);
    expect(stderr).toContain('in use by another program');
    expect(stderr).not.toContain('damaged');
  }, 20000);

  it('a full disk while recording is said as such', () => {
    const db = new Database(join(dir, 'full.db'));
    db.exec('CREATE TABLE t (x TEXT)');
    db.pragma('max_page_count = 3');
    let failure: unknown;
    try {
      for (let i = 0; i < 100; i++) db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(4000));
    } catch (e) {
      failure = archiveFailure('talks.db', e);
    }
    db.close();
    expect(failure).toBeInstanceOf(TalksError);
    expect((failure as TalksError).message).toContain('the talk archive could not be written: the disk is full (ENOSPC). Nothing of this workbook was stored.');
  });
});

/** A 100 KiB disk that is already full, where the machine lets the tests mount one (root on Linux). */
function fullDisk(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  const at = join(dir, 'small-disk');
  mkdirSync(at);
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=100k', 'tmpfs', at]).status !== 0) return undefined;
  spawnSync('sh', ['-c', `head -c 200000 /dev/zero > ${at}/filler`]);
  return at;
}

const disk = fullDisk();
afterAll(() => {
  if (disk) spawnSync('umount', [disk]);
});

describe.skipIf(!disk)('a full disk (a small tmpfs; needs root)', () => {
  it('plan: a clear message and no workbook, no temp file', () => {
    const r = talks(['plan', ROSTER, '--kpi', KPI, '--today', '2026-11-24', '-o', join(disk!, 'plan.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the disk is full (ENOSPC)');
    expect(readdirSync(disk!)).toEqual(['filler']);
  });

  it('record: a clear message and no empty archive left behind', () => {
    const plan = join(dir, 'for-record.xlsx');
    expect(talks(['plan', ROSTER, '--kpi', KPI, '--today', '2026-11-24', '-o', plan]).code).toBe(0);
    const r = talks(['record', plan, '--history', join(disk!, 'talks.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the disk is full (ENOSPC). Nothing of this workbook was stored.');
    expect(readdirSync(disk!)).toEqual(['filler']);
  });
});
