import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { excelStreamWriter, type StreamParts } from '../../exceljs.js';
import { writeStreamAtomic } from '../atomic.js';
import type { Lang } from '../../../text/labels.js';
import { nameRowFonts } from './fonts.js';
import { quoteSheetNames, type WorkbookXformClass } from './defined-names.js';
import { SharedStyles } from './shared-styles.js';
import { StyleIds } from './style-ids.js';
import { registerRowWriter, type StreamedSheet, type StreamedBook } from './row-writer.js';
import { fastSharedStrings } from './shared-strings-xml.js';
import { PartsZip } from '../parts-zip.js';

/** `<printOptions>` as the in-memory writer renders it from the page setup; empty when all are off. */
function printOptionsXml(p: Partial<ExcelJS.PageSetup>): string {
  const attrs = [
    ['headings', p.showRowColHeaders],
    ['gridLines', p.showGridLines],
    ['horizontalCentered', p.horizontalCentered],
    ['verticalCentered', p.verticalCentered],
  ]
    .filter(([, on]) => on)
    .map(([name]) => ` ${String(name)}="1"`)
    .join('');
  return attrs ? `<printOptions${attrs}/>` : '';
}

export interface StreamedOptions {
  /**
   * Table and form rows rendered to XML by row-writer.ts and form-sheet.ts instead of exceljs's
   * Row objects, the shared strings by shared-strings-xml.ts, and the zip by parts-zip.ts instead
   * of archiver (default on; false is exceljs's own way throughout: the tests compare both).
   */
  fastRows?: boolean;
}

/**
 * Three gaps of exceljs 4.4's streamed sheet, filled where its writer would fill them:
 * `<printOptions>` is left out (a prep sheet prints centred on the page), so it is written just
 * before `<pageMargins>`; a data bar refers to an `<extLst>` entry that the streamed sheet never
 * writes (Excel repairs such a file), so the reference is dropped and the bar stays the plain
 * kind every Excel and LibreOffice shows; and each row's cells get a named font as it is written,
 * and equal styles one shared object (SharedStyles).
 */
function patchStreamedSheet(ws: ExcelJS.Worksheet, lang: Lang, styles: SharedStyles): ExcelJS.Worksheet {
  const sheet = ws as unknown as StreamedSheet;
  const writePageMargins = sheet._writePageMargins.bind(sheet);
  sheet._writePageMargins = () => {
    const xml = printOptionsXml(ws.pageSetup);
    if (xml) sheet.stream.write(xml);
    writePageMargins();
  };
  const writeRow = sheet._writeRow.bind(sheet);
  sheet._writeRow = (row) => {
    nameRowFonts(row, lang);
    styles.shareRow(row);
    writeRow(row);
  };
  const writeConditionalFormatting = sheet._writeConditionalFormatting.bind(sheet);
  sheet._writeConditionalFormatting = () => {
    const stream = sheet.stream;
    const write = stream.write;
    stream.write = (xml: string) => write.call(stream, xml.replace(/<extLst>.*?<\/extLst>/g, ''));
    try {
      writeConditionalFormatting();
    } finally {
      stream.write = write;
    }
  };
  return ws;
}

/**
 * The zip's deflate level. Level 5 deflates the parts in about half the time of level 6 (zlib's
 * default, which exceljs's writeBuffer uses) for a file ~2 % larger: the bench's 5,000-agent
 * workbook 393 → 401 KB, the fixtures' 69 → 70 KB; the parts are the same.
 */
const DEFLATE_LEVEL = 5;

const writers = new WeakMap<StreamParts['WorkbookWriter'], StreamParts['WorkbookWriter']>();

/**
 * exceljs's WorkbookWriter with our zip (PartsZip) in place of archiver's: its constructor's
 * `this.zip = Archiver(…)` lands in the setter, which keeps a PartsZip instead.
 */
function ownZipWriter(Writer: StreamParts['WorkbookWriter']): StreamParts['WorkbookWriter'] {
  let Own = writers.get(Writer);
  if (!Own) {
    Own = class extends Writer {};
    const zips = new WeakMap<object, PartsZip>();
    Object.defineProperty(Own.prototype, 'zip', {
      get(this: object) {
        return zips.get(this);
      },
      set(this: object) {
        if (!zips.has(this)) zips.set(this, new PartsZip(DEFLATE_LEVEL));
      },
    });
    writers.set(Writer, Own);
  }
  return Own;
}

/** A workbook that writes each committed row to `out` at once, compressed (DEFLATE_LEVEL). */
function streamedWorkbook(parts: StreamParts, out: Writable, lang: Lang, opts: StreamedOptions = {}): ExcelJS.stream.xlsx.WorkbookWriter {
  quoteSheetNames(parts.WorkbookXform as WorkbookXformClass);
  const Writer = opts.fastRows === false ? parts.WorkbookWriter : ownZipWriter(parts.WorkbookWriter);
  const wb = new Writer({ stream: out, useStyles: true, useSharedStrings: true, zip: { zlib: { level: DEFLATE_LEVEL } } });
  // What the in-memory writer puts there when it is not set.
  wb.lastModifiedBy = 'Unknown';
  const addWorksheet = wb.addWorksheet.bind(wb);
  const styles = new SharedStyles();
  const book = wb as unknown as StreamedBook;
  const ids = new StyleIds((style, column, type, cellType) => book.styles.addStyleModel(styles.cellStyle(column, style, type), cellType));
  if (opts.fastRows !== false) fastSharedStrings(wb, parts.xmlEncode);
  wb.addWorksheet = (name, options) => {
    const ws = patchStreamedSheet(addWorksheet(name, options), lang, styles);
    if (opts.fastRows !== false) registerRowWriter(ws, book, lang, styles, ids);
    return ws;
  };
  return wb;
}

/** Streams a workbook that `fill` adds its sheets to into `file`, whole or not at all. */
export async function writeStreamedWorkbook(file: string, lang: Lang, fill: (wb: ExcelJS.Workbook) => void, opts?: StreamedOptions): Promise<void> {
  const parts = await excelStreamWriter();
  await writeStreamAtomic(file, async (out) => {
    const wb = streamedWorkbook(parts, out, lang, opts);
    fill(wb);
    await wb.commit();
  });
}
