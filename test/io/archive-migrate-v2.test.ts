import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, openArchive, withArchive } from '../../src/io/archive/archive.js';

/** Written by the release before resolutions existed (archive version 2): several issues, a plan, a lead note. */
const V2 = path.resolve(__dirname, '..', 'fixtures', 'archive', 'v2-talks.db');

let dir: string;
let file: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talks-migrate-v2-'));
  file = path.join(dir, 'talks.db');
  fs.copyFileSync(V2, file);
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function inspect(f: string): { version: number; tables: string[] } {
  const db = new Database(f, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    return { version: db.pragma('user_version', { simple: true }) as number, tables };
  } finally {
    db.close();
  }
}

describe('an archive written by the release before resolutions (version 2)', () => {
  it('is version 2 without the resolution tables (the fixture is the real thing)', () => {
    expect(inspect(file)).toEqual({ version: 2, tables: ['talk_issues', 'talks'] });
    expect(SCHEMA_VERSION).toBe(3);
  });

  it('reads with every issue open, and reading leaves the file as it was', () => {
    const before = fs.readFileSync(file);
    const issues = withArchive(file, 'read', (a) => a.issues('2026-01-01'));
    expect(issues.map((i) => [i.agentId, i.talkDate, i.seq, i.category, i.text, i.resolvedBy])).toEqual([
      ['A3', '2026-11-25', 1, 'shift', 'Swap requests ignored', null],
      ['A3', '2026-11-25', 2, 'other', 'Chair broken', null],
      ['A1', '2026-11-23', 1, 'shift', 'Night shifts every week', null],
      ['A1', '2026-11-23', 2, 'skill', 'New billing screens', null],
      ['A2', '2026-11-24', 1, 'shift', '夜班太多', null],
    ]);
    expect(withArchive(file, 'read', (a) => a.resolutions())).toEqual([]);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('is migrated in place when a resolution is written, keeping every talk, plan and lead note', () => {
    const a = openArchive(file, 'write');
    const shift = a.issues('2026-01-01').filter((i) => i.category === 'shift');
    const r = a.addResolution({ on: '2026-12-01', category: 'shift', text: 'Swaps within 2 days' }, shift, '2026-12-01T10:00:00.000Z');
    a.close();
    expect(inspect(file)).toEqual({ version: 3, tables: ['resolutions', 'resolved_issues', 'talk_issues', 'talks'] });
    const talks = withArchive(file, 'read', (x) => x.talks());
    expect(talks).toHaveLength(4);
    const a1 = talks.find((t) => t.agentId === 'A1')!;
    expect(a1.plan).toEqual({ goal: 'FCR back to normal', metric: 'fcr', target: '78%', actions: 'Two call reviews a week', review: '2026-12-15', support: 'QA coach' });
    expect([a1.leadNote, a1.nextStep, a1.notes, a1.recordedAt]).toEqual(['Pair with Mia', 'Call review Friday', 'Private: moving house', '2026-11-27T09:00:00.000Z']);
    const stored = withArchive(file, 'read', (x) => x.resolutions());
    expect(stored).toEqual([{ ...r, issues: [
      { agentId: 'A1', talkDate: '2026-11-23', rule: 'swing-down', seq: 1 },
      { agentId: 'A2', talkDate: '2026-11-24', rule: 'routine', seq: 1 },
      { agentId: 'A3', talkDate: '2026-11-25', rule: 'routine', seq: 1 },
    ] }]);
    const state = withArchive(file, 'read', (x) => x.issues('2026-01-01')).map((i) => [i.agentId, i.seq, i.resolvedBy]);
    expect(state).toEqual([['A3', 1, r.id], ['A3', 2, null], ['A1', 1, r.id], ['A1', 2, null], ['A2', 1, r.id]]);
  });

  it('refuses an issue resolved twice, storing nothing of the second resolution', () => {
    const a = openArchive(file, 'write');
    const [first] = a.issues('2026-01-01');
    a.addResolution({ on: '2026-12-01', category: null, text: 'Done' }, [first], 'x');
    expect(() => a.addResolution({ on: '2026-12-02', category: null, text: 'Again' }, [first], 'y')).toThrow();
    expect(a.resolutions().map((r) => r.text)).toEqual(['Done']);
    a.close();
  });
});
