import { isSqliteError, type Database } from './sqlite.js';
import { textError } from '../../errors.js';

/** How long a command waits for another program to release the archive before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * An SQLite failure whose cause the user can act on, as a TalksError: the archive stayed locked
 * by another program, or the disk is full. Anything else is passed on as it is.
 */
export function archiveFailure(file: string, e: unknown): unknown {
  if (!isSqliteError(e)) return e;
  if (e.code.startsWith('SQLITE_BUSY') || e.code.startsWith('SQLITE_LOCKED')) return textError('archive-busy', {}, { file });
  if (e.code === 'SQLITE_FULL') return textError('archive-full', { errno: 'ENOSPC', detail: e.message }, { file });
  return e;
}

/** The columns each table of the archive must have: a file whose table lacks one is damaged. */
export function checkColumns(db: Database, file: string, table: string, columns: readonly string[]): void {
  const present = new Set(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]);
  const missing = columns.find((c) => !present.has(c));
  if (missing !== undefined) throw textError('archive-schema', { table, column: missing }, { file });
}
