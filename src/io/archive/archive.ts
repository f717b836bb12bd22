import { sqlite, type Database } from './sqlite.js';
import { TalksError } from '../../errors.js';
import type { ArchivedIssue, ArchivedTalk, IssueKey, OutcomeRow, Resolution, UpsertCounts } from '../../model/archive.js';
import type { IssueCategory } from '../../text/labels.js';
import type { Day } from '../../model/types.js';
import { connect, inspect, migrate, schemaState, type ArchiveMode } from './open.js';
import { ASSIGNMENTS, COLUMNS, PLACEHOLDERS, fromRecord, issueRecords, sameOutcome, toIssue, toRecord, type IssueRecord, type ResolutionRecord, type TalkRecord } from './rows.js';
import { RESOLUTION_COLUMNS, RESOLVED_ISSUE_COLUMNS, SCHEMA_VERSION, V1_COLUMNS } from './schema.js';
import { archiveFailure, checkColumns } from './failure.js';
import fs from 'node:fs';

export { APPLICATION_ID, SCHEMA_VERSION } from './schema.js';
export type { ArchiveMode } from './open.js';

export interface Archive {
  readonly file: string;
  /** Inserts new talks and updates changed ones in one transaction: all rows or none. */
  upsertTalks(rows: readonly OutcomeRow[], recordedAt: string): UpsertCounts;
  /** Archived talks, newest first; only one agent's when `agentId` is given. */
  talks(agentId?: string): ArchivedTalk[];
  /** Agent id → the day of their latest held talk (held on, else the planned date). */
  lastHeldTalks(): Map<string, Day>;
  /** The issues raised in the agent's latest held talk: what the next talk follows up. */
  openIssues(agentId: string): ArchivedIssue[];
  /** Issues raised in held talks on or after `since`, newest first. */
  issues(since: Day): ArchivedIssue[];
  /** Every resolution with the issues it closed, oldest first. */
  resolutions(): Resolution[];
  /** Stores a resolution closing `issues` (all open, checked again inside the transaction); returns it. */
  addResolution(r: { on: Day; category: IssueCategory | null; text: string }, issues: readonly IssueKey[], recordedAt: string): Resolution;
  close(): void;
}

function emptyArchive(file: string): Archive {
  const db = new (sqlite())(':memory:');
  migrate(db, 0);
  return new SqliteArchive(file, db, 'read');
}

/** An older archive opened for reading is migrated in memory: reading never changes the file. */
function migratedCopy(db: Database, from: number): Database {
  const copy = new (sqlite())(db.serialize());
  db.close();
  migrate(copy, from);
  return copy;
}

/**
 * Opens the talk archive. A missing file reads as an empty archive (and is created only in
 * 'write' mode); an older archive is migrated (on disk only in 'write' mode); a damaged,
 * foreign or newer file is refused with exit 1 and left untouched.
 */
export function openArchive(file: string, mode: ArchiveMode): Archive {
  const state = inspect(file);
  if (state === 'missing' && mode === 'read') return emptyArchive(file);
  let db = connect(file, state, mode);
  try {
    const schema = schemaState(db, file);
    if (schema.kind === 'fresh' && mode === 'read') {
      db.close();
      return emptyArchive(file);
    }
    const version = schema.kind === 'fresh' ? 0 : schema.version;
    if (version === 1) checkColumns(db, file, 'talks', V1_COLUMNS);
    if (version < SCHEMA_VERSION) {
      if (mode === 'read') db = migratedCopy(db, version);
      else migrate(db, version);
    }
    checkColumns(db, file, 'talks', COLUMNS.split(', '));
    checkColumns(db, file, 'talk_issues', ['agent_id', 'date', 'rule', 'seq', 'category', 'text']);
    checkColumns(db, file, 'resolutions', RESOLUTION_COLUMNS);
    checkColumns(db, file, 'resolved_issues', RESOLVED_ISSUE_COLUMNS);
    return new SqliteArchive(file, db, mode);
  } catch (e) {
    if (db.open) db.close();
    throw archiveFailure(file, e);
  }
}

const RAISED = 't.held = 1';
const JOINED = `SELECT t.*, i.seq, i.category, i.text, r.resolution_id FROM talks t JOIN talk_issues i USING (agent_id, date, rule)
  LEFT JOIN resolved_issues r USING (agent_id, date, rule, seq)`;

class SqliteArchive implements Archive {
  constructor(
    readonly file: string,
    private readonly db: Database,
    private readonly mode: ArchiveMode,
  ) {}

  private issuesOf(agentId: string, date: string, rule: string): IssueRecord[] {
    return this.db
      .prepare('SELECT agent_id, date, rule, seq, category, text FROM talk_issues WHERE agent_id = ? AND date = ? AND rule = ? ORDER BY seq')
      .all(agentId, date, rule) as IssueRecord[];
  }

  upsertTalks(rows: readonly OutcomeRow[], recordedAt: string): UpsertCounts {
    if (this.mode !== 'write') {
      throw new TalksError('archive-read-only', 'the talk archive was opened for reading only.', { file: this.file, args: {} });
    }
    const find = this.db.prepare(`SELECT ${COLUMNS} FROM talks WHERE agent_id = ? AND date = ? AND rule = ?`);
    const insert = this.db.prepare(`INSERT INTO talks (${COLUMNS}) VALUES (${PLACEHOLDERS})`);
    const update = this.db.prepare(`UPDATE talks SET ${ASSIGNMENTS} WHERE agent_id = @agent_id AND date = @date AND rule = @rule`);
    const dropIssues = this.db.prepare('DELETE FROM talk_issues WHERE agent_id = ? AND date = ? AND rule = ?');
    const addIssue = this.db.prepare('INSERT INTO talk_issues (agent_id, date, rule, seq, category, text) VALUES (@agent_id, @date, @rule, @seq, @category, @text)');
    const counts: UpsertCounts = { added: 0, updated: 0, unchanged: 0 };
    this.db.transaction(() => {
      for (const row of rows) {
        const rec = toRecord(row, recordedAt);
        const issues = issueRecords(row);
        const old = find.get(rec.agent_id, rec.date, rec.rule) as TalkRecord | undefined;
        if (old && sameOutcome(old, this.issuesOf(rec.agent_id, rec.date, rec.rule), rec, issues)) {
          counts.unchanged++;
          continue;
        }
        if (old) update.run(rec);
        else insert.run(rec);
        counts[old ? 'updated' : 'added']++;
        dropIssues.run(rec.agent_id, rec.date, rec.rule);
        for (const i of issues) addIssue.run(i);
      }
    })();
    return counts;
  }

  talks(agentId?: string): ArchivedTalk[] {
    const order = 'ORDER BY date DESC, agent_id, rule';
    const rows = agentId === undefined
      ? this.db.prepare(`SELECT ${COLUMNS} FROM talks ${order}`).all()
      : this.db.prepare(`SELECT ${COLUMNS} FROM talks WHERE agent_id = ? ${order}`).all(agentId);
    return (rows as TalkRecord[]).map((r) => fromRecord(r, this.issuesOf(r.agent_id, r.date, r.rule)));
  }

  lastHeldTalks(): Map<string, Day> {
    const rows = this.db
      .prepare('SELECT agent_id, MAX(COALESCE(held_on, date)) AS day FROM talks WHERE held = 1 GROUP BY agent_id')
      .all() as { agent_id: string; day: Day }[];
    return new Map(rows.map((r) => [r.agent_id, r.day]));
  }

  openIssues(agentId: string): ArchivedIssue[] {
    const rows = this.db
      .prepare(
        `${JOINED} WHERE t.agent_id = @agentId AND ${RAISED} AND COALESCE(t.held_on, t.date) =
           (SELECT MAX(COALESCE(held_on, date)) FROM talks WHERE agent_id = @agentId AND held = 1) ORDER BY t.rule, i.seq`,
      )
      .all({ agentId }) as (TalkRecord & IssueRecord & { resolution_id: number | null })[];
    return rows.map(toIssue);
  }

  issues(since: Day): ArchivedIssue[] {
    const rows = this.db
      .prepare(`${JOINED} WHERE ${RAISED} AND COALESCE(t.held_on, t.date) >= ? ORDER BY COALESCE(t.held_on, t.date) DESC, t.agent_id, t.rule, i.seq`)
      .all(since) as (TalkRecord & IssueRecord & { resolution_id: number | null })[];
    return rows.map(toIssue);
  }

  resolutions(): Resolution[] {
    const rows = this.db.prepare('SELECT id, resolved_on, category, text, recorded_at FROM resolutions ORDER BY resolved_on, id').all() as ResolutionRecord[];
    const links = this.db.prepare('SELECT agent_id, date, rule, seq FROM resolved_issues WHERE resolution_id = ? ORDER BY agent_id, date, rule, seq');
    return rows.map((r) => ({
      id: r.id,
      on: r.resolved_on,
      category: r.category as IssueCategory | null,
      text: r.text,
      recordedAt: r.recorded_at,
      issues: (links.all(r.id) as IssueRecord[]).map((k) => ({ agentId: k.agent_id, talkDate: k.date, rule: k.rule as IssueKey['rule'], seq: k.seq })),
    }));
  }

  addResolution(r: { on: Day; category: IssueCategory | null; text: string }, issues: readonly IssueKey[], recordedAt: string): Resolution {
    if (this.mode !== 'write') {
      throw new TalksError('archive-read-only', 'the talk archive was opened for reading only.', { file: this.file });
    }
    const insert = this.db.prepare('INSERT INTO resolutions (resolved_on, category, text, recorded_at) VALUES (?, ?, ?, ?)');
    const link = this.db.prepare('INSERT INTO resolved_issues (agent_id, date, rule, seq, resolution_id) VALUES (?, ?, ?, ?, ?)');
    const id = this.db.transaction(() => {
      const newId = Number(insert.run(r.on, r.category, r.text, recordedAt).lastInsertRowid);
      for (const k of issues) link.run(k.agentId, k.talkDate, k.rule, k.seq, newId);
      return newId;
    })();
    return { id, ...r, recordedAt, issues: [...issues] };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** Opens the archive for one piece of work and always closes it again. */
export function withArchive<T>(file: string, mode: ArchiveMode, work: (archive: Archive) => T): T {
  const created = mode === 'write' && !fs.existsSync(file);
  let archive: Archive | undefined;
  try {
    archive = openArchive(file, mode);
    return work(archive);
  } catch (e) {
    archive?.close();
    // A failed first record leaves no empty archive behind.
    if (created) for (const f of [file, `${file}-journal`]) fs.rmSync(f, { force: true });
    throw archiveFailure(file, e);
  } finally {
    archive?.close();
  }
}
