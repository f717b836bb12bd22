import fs from 'node:fs';
import path from 'node:path';
import { sqlite, type Database } from './sqlite.js';
import { TalksError } from '../../errors.js';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import { archiveFailure, BUSY_TIMEOUT_MS } from './failure.js';

export type ArchiveMode = 'read' | 'write';

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

export type FileState = 'missing' | 'empty' | 'sqlite';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** Looks at the file before SQLite does, so a foreign file is never opened for writing. */
export function inspect(file: string): FileState {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return 'missing';
  }
  if (!stat.isFile()) {
    throw new TalksError('archive-not-file', 'the talk archive must be a file, but this is a folder.', {
      file,
      args: {},
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

export function connect(file: string, state: FileState, mode: ArchiveMode): Database {
  if (state === 'missing') {
    const dir = path.dirname(path.resolve(file));
    if (!fs.existsSync(dir)) {
      throw new TalksError('archive-folder-missing', `the folder ${dir} does not exist.`, {
        file,
        args: { dir },
        hint: 'Create the folder first or point --history at a file in an existing folder.',
      });
    }
  }
  try {
    return new (sqlite())(file, { fileMustExist: state !== 'missing', timeout: BUSY_TIMEOUT_MS });
  } catch (e) {
    // Read-only media: reading still works as long as no killed writer left a journal to roll back.
    if (mode === 'read') {
      try {
        return new (sqlite())(file, { fileMustExist: true, readonly: true, timeout: BUSY_TIMEOUT_MS });
      } catch {
        /* fall through to the original error */
      }
    }
    throw new TalksError('archive-open', `cannot open the talk archive: ${(e as Error).message}.`, {
      file,
      args: { detail: (e as Error).message },
      hint: 'Check that the file and its folder can be read and written, or point --history elsewhere.',
    });
  }
}

export type SchemaState = { kind: 'fresh' } | { kind: 'ours'; version: number };

export function schemaState(db: Database, file: string): SchemaState {
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
      { file, args: { version, known: SCHEMA_VERSION }, hint: 'Upgrade talks, or point --history at another file.' },
    );
  }
  return { kind: 'ours', version };
}

export function migrate(db: Database, from: number): void {
  db.transaction(() => {
    for (let v = from; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}

