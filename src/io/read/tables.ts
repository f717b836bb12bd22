import { existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { placed, TalksError } from '../../errors.js';
import { scannedStream, rowStream, type RawSheet, type ReadOptions } from './raw.js';

const CSV_EXTS = new Set(['.csv', '.txt', '.tsv']);

export function checkInputFile(file: string): void {
  if (!existsSync(file)) {
    throw new TalksError('file-missing', 'File not found.', {
      file,
      hint: 'Check the path and the spelling; run the command from the folder that holds the file, or give its full path.',
    });
  }
  const st = statSync(file);
  if (st.isDirectory()) throw new TalksError('file-is-folder', 'This is a folder, not a file.', { file });
  if (st.size === 0) {
    throw new TalksError('file-empty', 'The file is empty.', { file, hint: 'Export the data again and check that the file has rows.' });
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.xls') {
    throw new TalksError('file-xls', 'Old-style .xls workbooks cannot be read.', {
      file,
      hint: 'Open it in Excel and save it as .xlsx (Excel Workbook) or .csv, then run the command again.',
    });
  }
  if (ext !== '.xlsx' && ext !== '.xlsm' && !CSV_EXTS.has(ext)) {
    throw new TalksError('file-type', `Cannot read "${ext || 'no extension'}" files.`, {
      file,
      args: { ext: ext || '—' },
      hint: 'Save the data as .xlsx or .csv.',
    });
  }
}

function isXlsx(file: string): boolean {
  const ext = extname(file).toLowerCase();
  return ext === '.xlsx' || ext === '.xlsm';
}

/** Turns a library's failure on a broken file into one clear message. */
function unreadable(file: string, e: unknown, sheet?: string): TalksError {
  if (e instanceof TalksError) return placed(e, { file, sheet });
  const detail = e instanceof Error ? e.message : String(e);
  return new TalksError('file-unreadable', `The file cannot be read as ${isXlsx(file) ? 'an Excel workbook' : 'a text table'} (${detail}).`, {
    file,
    args: { xlsx: isXlsx(file) ? 1 : 0, detail },
    hint: isXlsx(file)
      ? 'It may be damaged or only partly copied: open it in Excel, save it again as .xlsx, and retry.'
      : 'Check that it is a CSV export; save it again from Excel as "CSV UTF-8" if unsure.',
  });
}

/**
 * Every table of a file, streamed: the worksheets of a workbook or the one table of a CSV.
 * Failures of the underlying readers surface as TalksError naming the file.
 */
export async function* readTables(file: string, opts: ReadOptions = {}): AsyncGenerator<RawSheet> {
  checkInputFile(file);
  // The readers load with the first file read, not at start-up.
  const source: AsyncIterable<RawSheet> = isXlsx(file)
    ? (await import('./xlsx-read.js')).readXlsx(file, opts)
    : toAsync((await import('./csv-read.js')).readCsv(file, opts));
  let seen = 0;
  try {
    for await (const sheet of source) {
      seen++;
      const { rows } = sheet;
      yield { ...sheet, rows: rows.scanned ? scannedStream(guarded(file, sheet.sheet, rows.scanned())) : rowStream(guarded(file, sheet.sheet, rows.batches())) };
    }
  } catch (e) {
    throw unreadable(file, e);
  }
  if (seen === 0 && opts.sheet !== undefined) {
    throw new TalksError('sheet-missing', `There is no sheet named "${opts.sheet}".`, {
      file,
      args: { sheet: opts.sheet },
      hint: 'Check the sheet name (run "talks check FILE" to list the sheets) or leave --sheet out.',
    });
  }
}

async function* toAsync<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

async function* guarded<T>(file: string, sheet: string | undefined, rows: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* rows;
  } catch (e) {
    throw unreadable(file, e, sheet);
  }
}
