import { scannedStream, type RawSheet, type ReadOptions } from '../raw.js';
import { readBook, readDateStyles, readSharedStrings } from './book.js';
import { unprefixed } from './prefix.js';
import { RowScanner, type SheetContext } from './sheet.js';
import { SheetRows } from './sheet-rows.js';
import { ZipFile, type ZipEntry } from './zip.js';

/** The rows of a worksheet, one batch per inflated chunk of its XML; a batch is read before the next is asked for (it is reused). */
async function* sheetBatches(zip: ZipFile, entry: ZipEntry, ctx: SheetContext): AsyncGenerator<SheetRows> {
  const scanner = new RowScanner(ctx);
  const rows = new SheetRows();
  for await (const chunk of unprefixed(zip.chunks(entry))) {
    rows.clear();
    scanner.feedRows(chunk, rows);
    if (rows.length > 0) yield rows;
  }
  scanner.end();
}

/**
 * Streams the worksheets of an xlsx file in workbook order, in batches of rows, straight from
 * the zip: only the shared strings are held. Each sheet's rows are read from the archive
 * independently, so a caller may leave a sheet's rows unread.
 */
export async function* readXlsxFast(file: string, opts: ReadOptions = {}): AsyncGenerator<RawSheet> {
  const zip = await ZipFile.open(file, opts.maxUnzipped === undefined ? undefined : { maxEntryBytes: opts.maxUnzipped });
  const book = await readBook(zip);
  let ctx: SheetContext | undefined;
  for (const ref of book.sheets) {
    if (opts.sheet !== undefined && ref.name !== opts.sheet) continue;
    const entry = zip.entries.get(ref.path);
    if (!entry) throw new Error(`the worksheet "${ref.name}" is missing from the archive`);
    ctx ??= {
      shared: await readSharedStrings(zip, book.sharedStrings),
      dateStyles: await readDateStyles(zip, book.styles),
      date1904: book.date1904,
    };
    yield { file, sheet: ref.name, rows: scannedStream(sheetBatches(zip, entry, ctx)) };
  }
}
