import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/io/archive/schema.js';
import { ISSUE_CATEGORIES } from '../../src/model/archive.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** What the shipped migrations hashed to when they were released: they never change. */
const SHIPPED = [
  '2c91affc6f6e42e9e5f34b84fc9955577cfdffd805df6e718f00f87417905fa2',
  'fcd98ed238fa26b7cd557d7919c2b118d879bd4f7309afd41a889ac1c43f4540',
];

function migrated(): Database.Database {
  const db = new Database(':memory:');
  for (const sql of MIGRATIONS) db.exec(sql);
  return db;
}

describe('archive migrations', () => {
  it.each(SHIPPED.map((hash, i) => [i + 1, hash] as const))('migration to v%i is byte for byte what was shipped', (version, hash) => {
    expect(sha256(MIGRATIONS[version - 1])).toBe(hash);
  });

  it('accepts every issue category code and refuses any other: a new code needs a new migration', () => {
    const db = migrated();
    const insert = db.prepare("INSERT INTO talk_issues (agent_id, date, rule, seq, category, text) VALUES ('A1', '2026-11-24', 'routine', ?, ?, 'x')");
    for (const category of ISSUE_CATEGORIES) {
      db.exec('DELETE FROM talk_issues');
      expect(() => insert.run(1, category)).not.toThrow();
    }
    expect(() => insert.run(2, 'weather')).toThrow(/CHECK constraint/);
    db.close();
  });
});
