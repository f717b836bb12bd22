import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { TalksError } from '../errors.js';
import { archiveFailure, BUSY_TIMEOUT_MS, checkColumns } from './archive-failure.js';
import type { ArchivedIssue, ArchivedTalk, OutcomeRow, UpsertCounts } from '../model/archive.js';
import type { Day, RuleId } from '../model/types.js';
import { ISSUE_CATEGORIES, type IssueCategory } from '../text/labels.js';

/** `PRAGMA application_id` of a talks archive: "TALK" in ASCII, so a foreign SQLite file is recognised. */
export const APPLICATION_ID = 0x54414c4b;

const CATEGORY_LIST = ISSUE_CATEGORIES.map((c) => `'${c}'`).join(', ');

/** Schema migrations in order; migration i brings the archive to version i + 1. Never edit a shipped one. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE talks (
     agent_id    TEXT NOT NULL,
     date        TEXT NOT NULL,
     rule        TEXT NOT NULL,
     name        TEXT NOT NULL,
     team        TEXT NOT NULL,
     lead        TEXT NOT NULL,
     held        INTEGER NOT NULL CHECK (held IN (0, 1)),
     held_on     TEXT,
     category    TEXT CHECK (category IS NULL OR category IN (${CATEGORY_LIST})),
     issue       TEXT,
     notes       TEXT,
     recorded_at TEXT NOT NULL,
     PRIMARY KEY (agent_id, date, rule)
   ) WITHOUT ROWID;
   CREATE INDEX talks_by_date ON talks (date);`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export type ArchiveMode = 'read' | 'write';

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
  close(): void;
}

interface TalkRecord {
  agent_id: string;
  date: string;
  rule: string;
  name: string;
  team: string;
  lead: string;
  held: number;
  held_on: string | null;
  category: string | null;
  issue: string | null;
  notes: string | null;
  recorded_at: string;
}

const HINT_OTHER_FILE =
  'Point --history at another file (or restore the archive from a backup); talks never replaces or changes this file.';

function damaged(file: string, detail?: string): TalksError {
  const why = detail ? ` (${detail})` : '';
  return new TalksError('archive-damaged', `this is not a readable talks archive: the file is not an SQLite database or it is damaged${why}.`, {
    file,
    hint: HINT_OTHER_FILE,
  });
}

function foreign(file: string): TalksError {
  return new TalksError('archive-foreign', 'this SQLite database belongs to another program: it is not a talks archive.', {
    file,
    hint: 'Point --history at the talks archive (default ./talks.db) or at a new file name; talks never changes this file.',
  });
}

type FileState = 'missing' | 'empty' | 'sqlite';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** Looks at the file before SQLite does, so a foreign file is never opened for writing. */
function inspect(file: string): FileState {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return 'missing';
  }
  if (!stat.isFile()) {
    throw new TalksError('archive-not-file', 'the talk archive must be a file, but this is a folder.', {
      file,
      hint: 'Point --history at a file, e.g. --history talks.db.',
    });
  }
  if (stat.size === 0) return 'empty';
  const head = Buffer.alloc(SQLITE_MAGIC.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!head.equals(SQLITE_MAGIC)) throw damaged(file);
  return 'sqlite';
}

function connect(file: string, state: FileState, mode: ArchiveMode): Database.Database {
  if (state === 'missing') {
    const dir = path.dirname(path.resolve(file));
    if (!fs.existsSync(dir)) {
      throw new TalksError('archive-folder-missing', `the folder ${dir} does not exist.`, {
        file,
        hint: 'Create the folder first or point --history at a file in an existing folder.',
      });
    }
  }
  try {
    return new Database(file, { fileMustExist: state !== 'missing', timeout: BUSY_TIMEOUT_MS });
  } catch (e) {
    // Read-only media: reading still works as long as no killed writer left a journal to roll back.
    if (mode === 'read') {
      try {
        return new Database(file, { fileMustExist: true, readonly: true, timeout: BUSY_TIMEOUT_MS });
      } catch {
        /* fall through to the original error */
      }
    }
    throw new TalksError('archive-open', `cannot open the talk archive: ${(e as Error).message}.`, {
      file,
      hint: 'Check that the file and its folder can be read and written, or point --history elsewhere.',
    });
  }
}

type SchemaState = { kind: 'fresh' } | { kind: 'ours'; version: number };

function schemaState(db: Database.Database, file: string): SchemaState {
  let appId: number;
  let version: number;
  let tables: string[];
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw damaged(file, String(check));
    appId = db.pragma('application_id', { simple: true }) as number;
    version = db.pragma('user_version', { simple: true }) as number;
    tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
  } catch (e) {
    if (e instanceof TalksError) throw e;
    const failure = archiveFailure(file, e);
    if (failure instanceof TalksError) throw failure;
    throw damaged(file, (e as Error).message);
  }
  if (appId === 0 && version === 0 && tables.length === 0) return { kind: 'fresh' };
  if (appId !== APPLICATION_ID) throw foreign(file);
  if (version > SCHEMA_VERSION) {
    throw new TalksError(
      'archive-newer',
      `this archive was written by a newer version of talks (archive version ${version}; this talks knows up to ${SCHEMA_VERSION}).`,
      { file, hint: 'Upgrade talks, or point --history at another file.' },
    );
  }
  return { kind: 'ours', version };
}

function migrate(db: Database.Database, from: number): void {
  db.transaction(() => {
    for (let v = from; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}

function emptyArchive(file: string): Archive {
  const db = new Database(':memory:');
  migrate(db, 0);
  return new SqliteArchive(file, db, 'read');
}

/**
 * Opens the talk archive. A missing file reads as an empty archive (and is created only in
 * 'write' mode); a damaged, foreign or newer file is refused with exit 1 and left untouched.
 */
export function openArchive(file: string, mode: ArchiveMode): Archive {
  const state = inspect(file);
  if (state === 'missing' && mode === 'read') return emptyArchive(file);
  const db = connect(file, state, mode);
  try {
    const schema = schemaState(db, file);
    if (schema.kind === 'fresh' && mode === 'read') {
      db.close();
      return emptyArchive(file);
    }
    const version = schema.kind === 'fresh' ? 0 : schema.version;
    if (version < SCHEMA_VERSION) migrate(db, version);
    checkColumns(db, file, 'talks', COLUMNS.split(', '));
    return new SqliteArchive(file, db, mode);
  } catch (e) {
    if (db.open) db.close();
    throw archiveFailure(file, e);
  }
}

const COLUMNS = 'agent_id, date, rule, name, team, lead, held, held_on, category, issue, notes, recorded_at';

function toRecord(r: OutcomeRow, recordedAt: string): TalkRecord {
  return {
    agent_id: r.agentId,
    date: r.date,
    rule: r.rule,
    name: r.name,
    team: r.team,
    lead: r.lead,
    held: r.held ? 1 : 0,
    held_on: r.heldOn,
    category: r.category,
    issue: r.issue,
    notes: r.notes,
    recorded_at: recordedAt,
  };
}

function fromRecord(r: TalkRecord): ArchivedTalk {
  return {
    agentId: r.agent_id,
    name: r.name,
    team: r.team,
    lead: r.lead,
    date: r.date,
    rule: r.rule as RuleId,
    held: r.held === 1,
    heldOn: r.held_on,
    category: r.category as IssueCategory | null,
    issue: r.issue,
    notes: r.notes,
    recordedAt: r.recorded_at,
  };
}

const COMPARED: readonly (keyof TalkRecord)[] = ['name', 'team', 'lead', 'held', 'held_on', 'category', 'issue', 'notes'];

function sameOutcome(a: TalkRecord, b: TalkRecord): boolean {
  return COMPARED.every((k) => a[k] === b[k]);
}

function toIssue(r: TalkRecord): ArchivedIssue {
  return {
    agentId: r.agent_id,
    name: r.name,
    date: r.held_on ?? r.date,
    rule: r.rule as RuleId,
    category: (r.category ?? 'other') as IssueCategory,
    text: r.issue ?? '',
  };
}

const RAISED = 'held = 1 AND (category IS NOT NULL OR issue IS NOT NULL)';

class SqliteArchive implements Archive {
  constructor(
    readonly file: string,
    private readonly db: Database.Database,
    private readonly mode: ArchiveMode,
  ) {}

  upsertTalks(rows: readonly OutcomeRow[], recordedAt: string): UpsertCounts {
    if (this.mode !== 'write') {
      throw new TalksError('archive-read-only', 'the talk archive was opened for reading only.', { file: this.file });
    }
    const find = this.db.prepare(`SELECT ${COLUMNS} FROM talks WHERE agent_id = ? AND date = ? AND rule = ?`);
    const insert = this.db.prepare(
      `INSERT INTO talks (${COLUMNS}) VALUES (@agent_id, @date, @rule, @name, @team, @lead, @held, @held_on, @category, @issue, @notes, @recorded_at)`,
    );
    const update = this.db.prepare(
      `UPDATE talks SET name = @name, team = @team, lead = @lead, held = @held, held_on = @held_on, category = @category,
         issue = @issue, notes = @notes, recorded_at = @recorded_at WHERE agent_id = @agent_id AND date = @date AND rule = @rule`,
    );
    const counts: UpsertCounts = { added: 0, updated: 0, unchanged: 0 };
    this.db.transaction(() => {
      for (const row of rows) {
        const rec = toRecord(row, recordedAt);
        const old = find.get(rec.agent_id, rec.date, rec.rule) as TalkRecord | undefined;
        if (!old) {
          insert.run(rec);
          counts.added++;
        } else if (sameOutcome(old, rec)) {
          counts.unchanged++;
        } else {
          update.run(rec);
          counts.updated++;
        }
      }
    })();
    return counts;
  }

  talks(agentId?: string): ArchivedTalk[] {
    const order = 'ORDER BY date DESC, agent_id, rule';
    const rows = agentId === undefined
      ? this.db.prepare(`SELECT ${COLUMNS} FROM talks ${order}`).all()
      : this.db.prepare(`SELECT ${COLUMNS} FROM talks WHERE agent_id = ? ${order}`).all(agentId);
    return (rows as TalkRecord[]).map(fromRecord);
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
        `SELECT ${COLUMNS} FROM talks WHERE agent_id = @agentId AND ${RAISED} AND COALESCE(held_on, date) =
           (SELECT MAX(COALESCE(held_on, date)) FROM talks WHERE agent_id = @agentId AND held = 1) ORDER BY rule`,
      )
      .all({ agentId }) as TalkRecord[];
    return rows.map(toIssue);
  }

  issues(since: Day): ArchivedIssue[] {
    const rows = this.db
      .prepare(`SELECT ${COLUMNS} FROM talks WHERE ${RAISED} AND COALESCE(held_on, date) >= ? ORDER BY COALESCE(held_on, date) DESC, agent_id, rule`)
      .all(since) as TalkRecord[];
    return rows.map(toIssue);
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
