import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

/** An open SQLite database (better-sqlite3's). */
export type Database = BetterSqlite3.Database;

let loaded: typeof BetterSqlite3 | undefined;

/**
 * better-sqlite3, loaded when an archive is first opened: a plan without an archive file never
 * loads the native module (~10 ms and a few MiB at every start otherwise).
 */
export function sqlite(): typeof BetterSqlite3 {
  loaded ??= createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
  return loaded;
}

/** Whether `e` is an error thrown by SQLite (false without loading better-sqlite3 when no archive was opened). */
export function isSqliteError(e: unknown): e is InstanceType<typeof BetterSqlite3.SqliteError> {
  return loaded !== undefined && e instanceof loaded.SqliteError;
}
