import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { TalksError } from '../../../src/errors.js';
import type { RawRow } from '../../../src/io/read/raw.js';
import { readTables } from '../../../src/io/read/tables.js';
import type { ReadOptions } from '../../../src/io/read/raw.js';

/** A fresh temp folder for this test file, removed when its tests are done. */
export function tempDir(): (name: string) => string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talks-readers-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return (name) => path.join(dir, name);
}

/** Every table of a file, fully read: sheet name and rows. */
export async function readAll(file: string, opts: ReadOptions = {}): Promise<{ sheet?: string; rows: RawRow[] }[]> {
  const out: { sheet?: string; rows: RawRow[] }[] = [];
  for await (const table of readTables(file, opts)) {
    const rows: RawRow[] = [];
    for await (const row of table.rows) rows.push(row);
    out.push({ sheet: table.sheet, rows });
  }
  return out;
}

/** The TalksError a promise or function fails with; fails the test otherwise. */
export async function talksError(run: () => unknown): Promise<TalksError> {
  try {
    await run();
  } catch (e) {
    expect(e).toBeInstanceOf(TalksError);
    return e as TalksError;
  }
  throw new Error('expected a TalksError, but nothing was thrown');
}

/** One CSV line: fields holding the delimiter, a quote or a line break are quoted. */
function csvLine(fields: string[], delimiter = ','): string {
  return fields.map((f) => (f.includes(delimiter) || /["\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(delimiter);
}

export function csvText(rows: string[][], delimiter = ',', eol = '\r\n'): string {
  return rows.map((r) => csvLine(r, delimiter)).join(eol) + eol;
}

/** How many descriptors of this process point at a file whose path ends with `name` (Linux). */
function openFiles(name: string): number {
  return fs.readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return fs.readlinkSync(`/proc/self/fd/${fd}`).endsWith(name);
    } catch {
      return false;
    }
  }).length;
}

export const canCountOpenFiles = fs.existsSync('/proc/self/fd');

/** Open descriptors of the file once pending closes have had a moment to land. */
export async function stillOpen(name: string): Promise<number> {
  for (let i = 0; i < 50 && openFiles(name) > 0; i++) await new Promise((r) => setTimeout(r, 10));
  return openFiles(name);
}
