import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, openArchive, withArchive } from '../../src/io/archive/archive.js';

/** Written by the first release (archive version 1), before several issues per talk existed. */
const V1 = path.resolve(__dirname, '..', 'fixtures', 'archive', 'v1-talks.db');

let dir: string;
let file: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talks-migrate-'));
  file = path.join(dir, 'talks.db');
  fs.copyFileSync(V1, file);
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const version = (f: string): number => {
  const db = new Database(f, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
};

describe('an archive written by the first release', () => {
  it('is version 1 (the fixture is the real thing)', () => {
    expect(version(file)).toBe(1);
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
  });

  it('reads with its issue, notes and held-on day, and reading leaves the file as it was', () => {
    const before = fs.readFileSync(file);
    const talks = withArchive(file, 'read', (a) => a.talks());
    expect(talks.map((t) => [t.agentId, t.heldOn, t.issues, t.notes, t.plan, t.leadNote])).toEqual([
      ['A4', '2026-11-25', [{ category: null, text: 'Wants a mentor' }], '备注', null, null],
      ['A3', null, [], null, null, null],
      ['A1', null, [{ category: 'skill', text: 'Billing codes' }], 'Private: family worries', null, null],
      ['A2', '2026-11-24', [{ category: 'shift', text: 'Night shifts' }], null, null, null],
    ]);
    expect(withArchive(file, 'read', (a) => a.issues('2026-01-01')).map((i) => [i.agentId, i.category])).toEqual([
      ['A4', 'other'],
      ['A2', 'shift'],
      ['A1', 'skill'],
    ]);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('is migrated in place when written to, keeping every talk, and then takes three issues and a plan', () => {
    const a = openArchive(file, 'write');
    const old = a.talks().find((t) => t.agentId === 'A1')!;
    const counts = a.upsertTalks([{
      ...old,
      issues: [{ category: 'skill', text: 'Billing codes' }, { category: 'qa', text: 'Rubric unclear' }, { category: null, text: 'Chair' }],
      plan: { goal: 'Fewer transfers', metric: 'fcr', target: '80%', actions: null, review: '2026-12-14', support: null },
      leadNote: 'Pair with a buddy',
    }], '2026-11-30T09:00:00.000Z');
    a.close();
    expect(counts).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(version(file)).toBe(SCHEMA_VERSION);
    const again = withArchive(file, 'read', (x) => x.talks());
    expect(again).toHaveLength(4);
    const a1 = again.find((t) => t.agentId === 'A1')!;
    expect(a1.issues.map((i) => i.text)).toEqual(['Billing codes', 'Rubric unclear', 'Chair']);
    expect(a1.plan?.review).toBe('2026-12-14');
    expect(a1.notes).toBe('Private: family worries');
    expect(again.find((t) => t.agentId === 'A2')!.recordedAt).toBe('2026-11-27T09:00:00.000Z');
  });
});
