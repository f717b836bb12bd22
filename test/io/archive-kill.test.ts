import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openArchive } from '../../src/io/archive/archive.js';
import type { OutcomeRow } from '../../src/model/archive.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const built = path.join(root, 'dist/io/archive/archive.js');

/**
 * The child records a batch far larger than SQLite's page cache, so the database file itself is
 * being rewritten when it reports (from inside the transaction, via a row getter) and is killed.
 */
const CHILD = `
import fs from 'node:fs';
const { openArchive } = await import(process.argv[2]);
const archive = openArchive(process.argv[3], 'write');
const row = (i) => ({ agentId: 'K' + i, name: 'Killed ' + i, team: 'T', lead: 'L', date: '2026-11-23', rule: 'routine',
  held: true, heldOn: null, issues: [{ category: 'other', text: 'x'.repeat(500) }], notes: 'y'.repeat(500), plan: null, leadNote: null, nextStep: null });
const rows = Array.from({ length: 30000 }, (_, i) => row(i));
Object.defineProperty(rows, 20000, { get() {
  fs.writeSync(1, 'inside\\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000);
  return row(20000);
} });
archive.upsertTalks(rows, '2026-11-27T10:00:00.000Z');
fs.writeSync(1, 'committed\\n');
`;

let dir: string;

beforeAll(() => {
  const stale = !fs.existsSync(built) || fs.statSync(built).mtimeMs < fs.statSync(path.join(root, 'src/io/archive/archive.ts')).mtimeMs;
  if (stale) throw new Error('dist/io/archive/archive.js is missing or older than src/io/archive/archive.ts: run "npm run build" first.');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talks-kill-'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function outcome(i: number): OutcomeRow {
  return { agentId: `A${i}`, name: `Agent ${i}`, team: 'T1', lead: 'Li Na', date: '2026-11-16', rule: 'routine', held: true,
    heldOn: null, issues: i % 2 ? [{ category: 'skill', text: 'Billing codes' }] : [], notes: null, plan: null, leadNote: null, nextStep: null };
}

it('a record killed mid-transaction leaves the archive exactly as before', async () => {
  const file = path.join(dir, 'talks.db');
  const seed = openArchive(file, 'write');
  seed.upsertTalks(Array.from({ length: 25 }, (_, i) => outcome(i)), '2026-11-20T09:00:00.000Z');
  const before = seed.talks();
  seed.close();
  const bytesBefore = fs.readFileSync(file);
  const script = path.join(dir, 'child.mjs');
  fs.writeFileSync(script, CHILD);

  const child = spawn(process.execPath, [script, pathToFileURL(built).href, file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const during = await new Promise<{ size: number; journal: boolean }>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      if (!d.toString().includes('inside')) return reject(new Error(`child: ${d}`));
      resolve({ size: fs.statSync(file).size, journal: fs.existsSync(`${file}-journal`) });
      child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => signal === 'SIGKILL' || reject(new Error(`child exited ${code}: ${stderr}`)));
  });
  await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.on('exit', resolve)));

  expect(during.journal).toBe(true);
  expect(during.size).toBeGreaterThan(bytesBefore.length);

  const after = openArchive(file, 'read');
  expect(after.talks()).toEqual(before);
  after.close();
  expect(fs.readFileSync(file).equals(bytesBefore)).toBe(true);
  expect(fs.existsSync(`${file}-journal`)).toBe(false);
});
