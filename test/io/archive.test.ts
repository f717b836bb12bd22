import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TalksError } from '../../src/errors.js';
import { APPLICATION_ID, SCHEMA_VERSION, openArchive, type Archive } from '../../src/io/archive/archive.js';
import type { OutcomeRow } from '../../src/model/archive.js';
import { NO_EXTRAS, withIssue, type RowOver } from '../helpers/outcome-row.js';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'talks-archive-'));
}

function outcome(over: RowOver = {}): OutcomeRow {
  return withIssue({
    agentId: 'A017',
    name: 'Wang Fang',
    team: 'Team 1',
    lead: 'Li Na',
    date: '2026-11-23',
    rule: 'lead-flag',
    held: true,
    heldOn: null,
    issues: [{ category: 'mood', text: 'Stressed by the new script' }],
    notes: null,
    ...NO_EXTRAS,
  }, over);
}

const AT = '2026-11-27T09:00:00.000Z';
const LATER = '2026-11-28T09:00:00.000Z';

let dir: string;
let file: string;
const open: Archive[] = [];

function openFor(mode: 'read' | 'write'): Archive {
  const a = openArchive(file, mode);
  open.push(a);
  return a;
}

beforeEach(() => {
  dir = tempDir();
  file = path.join(dir, 'talks.db');
});

afterEach(() => {
  for (const a of open.splice(0)) a.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function refusal(fn: () => unknown): TalksError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(TalksError);
    return e as TalksError;
  }
  throw new Error('expected a TalksError');
}

describe('openArchive', () => {
  it('reads a missing file as an empty archive without creating it', () => {
    const a = openFor('read');
    expect(a.talks()).toEqual([]);
    expect(a.lastHeldTalks().size).toBe(0);
    expect(a.issues('2000-01-01')).toEqual([]);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('creates the file in write mode with the schema version and application id', () => {
    openFor('write').close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  it('refuses to write in read mode', () => {
    const a = openFor('read');
    expect(refusal(() => a.upsertTalks([outcome()], AT)).code).toBe('archive-read-only');
  });

  it.each([
    ['text', Buffer.from('Agent ID,Name\nA017,Wang Fang\n')],
    ['an xlsx (zip) file', Buffer.from('PK\u0003\u0004 not really a workbook')],
  ])('refuses a file that is %s and leaves it byte-identical', (_what, bytes) => {
    fs.writeFileSync(file, bytes);
    for (const mode of ['read', 'write'] as const) {
      const e = refusal(() => openArchive(file, mode));
      expect(e.code).toBe('archive-damaged');
      expect(e.exitCode).toBe(1);
      expect(e.file).toBe(file);
      expect(e.hint).toMatch(/--history/);
    }
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a truncated archive and leaves it byte-identical', () => {
    const a = openFor('write');
    a.upsertTalks(Array.from({ length: 400 }, (_, i) => outcome({ agentId: `A${i}`, notes: 'n'.repeat(200) })), AT);
    a.close();
    const full = fs.readFileSync(file);
    const cut = full.subarray(0, Math.floor(full.length / 2));
    fs.writeFileSync(file, cut);
    for (const mode of ['read', 'write'] as const) {
      expect(refusal(() => openArchive(file, mode)).code).toBe('archive-damaged');
    }
    expect(fs.readFileSync(file).equals(cut)).toBe(true);
  });

  it('refuses a foreign SQLite database and leaves it byte-identical', () => {
    const db = new Database(file);
    db.exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('x')");
    db.close();
    const before = fs.readFileSync(file);
    for (const mode of ['read', 'write'] as const) {
      const e = refusal(() => openArchive(file, mode));
      expect(e.code).toBe('archive-foreign');
      expect(e.exitCode).toBe(1);
      expect(e.hint).toMatch(/--history/);
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses an SQLite file with another application id even without tables', () => {
    const db = new Database(file);
    db.pragma('application_id = 42');
    db.close();
    expect(refusal(() => openArchive(file, 'write')).code).toBe('archive-foreign');
  });

  it('refuses an archive written by a newer talks', () => {
    openFor('write').close();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const e = refusal(() => openArchive(file, 'read'));
    expect(e.code).toBe('archive-newer');
    expect(e.message).toContain(String(SCHEMA_VERSION + 1));
  });

  it('refuses a folder', () => {
    expect(refusal(() => openArchive(dir, 'read')).code).toBe('archive-not-file');
  });

  it('adopts an empty (0-byte) file in write mode and reads it as empty', () => {
    fs.writeFileSync(file, '');
    expect(openFor('read').talks()).toEqual([]);
    expect(fs.statSync(file).size).toBe(0);
    openFor('write').upsertTalks([outcome()], AT);
    expect(openFor('read').talks()).toHaveLength(1);
  });
});

describe('upsertTalks', () => {
  it('adds new talks, then leaves the same rows unchanged', () => {
    const rows = [outcome(), outcome({ agentId: 'A018', name: 'Li Lei', rule: 'routine', category: null, issue: null })];
    const a = openFor('write');
    expect(a.upsertTalks(rows, AT)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(a.upsertTalks(rows, LATER)).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(a.talks().map((t) => t.recordedAt)).toEqual([AT, AT]);
  });

  it('updates a corrected talk under the same key (agent, date, talk type)', () => {
    const a = openFor('write');
    a.upsertTalks([outcome()], AT);
    const fixed = outcome({ category: 'shift', issue: 'Wants the early shift', heldOn: '2026-11-24' });
    expect(a.upsertTalks([fixed], LATER)).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(a.talks()).toEqual([{ ...fixed, recordedAt: LATER }]);
  });

  it('keeps talks with another date or talk type apart', () => {
    const a = openFor('write');
    const counts = a.upsertTalks([outcome(), outcome({ date: '2026-11-30' }), outcome({ rule: 'routine' })], AT);
    expect(counts.added).toBe(3);
  });

  it('is all or nothing: a row the schema rejects stores none of the batch', () => {
    const a = openFor('write');
    a.upsertTalks([outcome()], AT);
    const bad = outcome({ agentId: 'A099', category: 'weather' as never });
    expect(() => a.upsertTalks([outcome({ agentId: 'A050' }), bad], LATER)).toThrow();
    expect(a.talks().map((t) => t.agentId)).toEqual(['A017']);
  });

  it('survives closing and reopening', () => {
    openFor('write').upsertTalks([outcome()], AT);
    expect(openFor('read').talks()).toEqual([{ ...outcome(), recordedAt: AT }]);
  });
});

describe('queries', () => {
  const rows = [
    outcome({ agentId: 'A1', date: '2026-11-02', held: true, category: 'skill', issue: 'Billing codes' }),
    outcome({ agentId: 'A1', date: '2026-11-23', held: false, heldOn: null, category: null, issue: null }),
    outcome({ agentId: 'A2', date: '2026-11-23', held: true, heldOn: '2026-11-25', category: 'pay', issue: 'Asks about promotion' }),
    outcome({ agentId: 'A2', date: '2026-11-23', rule: 'routine', held: true, heldOn: '2026-11-25', category: null, issue: 'Wants a headset' }),
    outcome({ agentId: 'A2', date: '2026-10-05', held: true, category: 'mood', issue: 'Old issue' }),
    outcome({ agentId: 'A3', date: '2026-11-24', held: false, category: 'mood', issue: 'Not held: not an issue' }),
  ];

  beforeEach(() => {
    const a = openArchive(file, 'write');
    a.upsertTalks(rows, AT);
    a.close();
  });

  it('lists talks newest first, optionally for one agent', () => {
    const a = openFor('read');
    expect(a.talks().map((t) => [t.agentId, t.date])).toEqual([
      ['A3', '2026-11-24'],
      ['A1', '2026-11-23'],
      ['A2', '2026-11-23'],
      ['A2', '2026-11-23'],
      ['A1', '2026-11-02'],
      ['A2', '2026-10-05'],
    ]);
    expect(a.talks('A1').map((t) => t.date)).toEqual(['2026-11-23', '2026-11-02']);
    expect(a.talks('nobody')).toEqual([]);
  });

  it('gives each agent their latest held talk, using Held on when given', () => {
    expect(Object.fromEntries(openFor('read').lastHeldTalks())).toEqual({ A1: '2026-11-02', A2: '2026-11-25' });
  });

  it('lists issues of held talks since a day, routing an uncategorised issue as other', () => {
    const issues = openFor('read').issues('2026-11-01');
    expect(issues.map((i) => [i.agentId, i.date, i.category, i.text])).toEqual([
      ['A2', '2026-11-25', 'pay', 'Asks about promotion'],
      ['A2', '2026-11-25', 'other', 'Wants a headset'],
      ['A1', '2026-11-02', 'skill', 'Billing codes'],
    ]);
    expect(openFor('read').issues('2026-11-03').map((i) => i.agentId)).toEqual(['A2', 'A2']);
  });

  it("gives an agent's open issues: those of their latest held talk", () => {
    const a = openFor('read');
    expect(a.openIssues('A2').map((i) => i.category)).toEqual(['pay', 'other']);
    expect(a.openIssues('A1').map((i) => i.text)).toEqual(['Billing codes']);
    expect(a.openIssues('A3')).toEqual([]);
  });
});
