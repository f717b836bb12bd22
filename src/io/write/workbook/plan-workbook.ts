import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { excelStreamWriter, excelWorkbook, type StreamParts } from '../../exceljs.js';
import { writeStreamAtomic } from '../atomic.js';
import { dayToUtcDate } from '../../../model/day.js';
import type { Plan } from '../../../model/plan.js';
import type { Lang } from '../../../text/labels.js';
import { addCoverageSheet } from './coverage-sheet.js';
import { addBacklogSheet } from './plan-sheets.js';
import { addLeadsSheet } from './leads-sheet.js';
import { addScheduleSheet } from './schedule-sheet.js';
import { addWeekSheet } from './week-sheet.js';
import { addRankingSheet, addSwingsSheet } from './ranking-sheets.js';
import { addCheckSheet } from './check-sheet.js';
import { nameRowFonts, nameWorkbookFonts } from './fonts.js';
import { quoteSheetNames, quoteSheetNamesInWorkbooks, type WorkbookXformClass } from './defined-names.js';
import { SharedStyles } from './shared-styles.js';

/** Adds the per-agent prep sheets after the fixed sheets. */
export type PrepSheetWriter = (wb: ExcelJS.Workbook, plan: Plan, lang: Lang) => void;

/**
 * Fills a workbook, in memory or streamed: the fixed sheets (the Week grid after the Schedule,
 * the Coverage forecast after the Data check), then the prep sheets. Every sheet is written top
 * to bottom and committed when done.
 */
function addPlanSheets(wb: ExcelJS.Workbook, plan: Plan, lang: Lang, addPrepSheets?: PrepSheetWriter): void {
  wb.creator = 'talks';
  wb.created = dayToUtcDate(plan.today);
  wb.modified = dayToUtcDate(plan.today);
  addScheduleSheet(wb, plan, lang);
  addWeekSheet(wb, plan, lang);
  addLeadsSheet(wb, plan, lang);
  addBacklogSheet(wb, plan, lang);
  addRankingSheet(wb, plan, lang);
  addSwingsSheet(wb, plan, lang);
  addCheckSheet(wb, plan, lang);
  addCoverageSheet(wb, plan, lang);
  addPrepSheets?.(wb, plan, lang);
}

/** The plan workbook in memory (for reading it back in tests); `talks plan` streams it with writePlanWorkbook. */
export function buildPlanWorkbook(plan: Plan, lang: Lang, addPrepSheets?: PrepSheetWriter): ExcelJS.Workbook {
  quoteSheetNamesInWorkbooks();
  const wb = new (excelWorkbook())();
  addPlanSheets(wb, plan, lang, addPrepSheets);
  nameWorkbookFonts(wb, lang);
  return wb;
}

/** The parts of exceljs 4.4's streamed sheet (lib/stream/xlsx/worksheet-writer.js) used below. */
interface StreamedSheetInternals {
  stream: { write(xml: string): void };
  _writePageMargins(): void;
  _writeRow(row: ExcelJS.Row): void;
  _writeConditionalFormatting(): void;
}

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

/**
 * Three gaps of exceljs 4.4's streamed sheet, filled where its writer would fill them:
 * `<printOptions>` is left out (a prep sheet prints centred on the page), so it is written just
 * before `<pageMargins>`; a data bar refers to an `<extLst>` entry that the streamed sheet never
 * writes (Excel repairs such a file), so the reference is dropped and the bar stays the plain
 * kind every Excel and LibreOffice shows; and each row's cells get a named font as it is written,
 * and equal styles one shared object (SharedStyles).
 */
function patchStreamedSheet(ws: ExcelJS.Worksheet, lang: Lang, styles: SharedStyles): ExcelJS.Worksheet {
  const sheet = ws as unknown as StreamedSheetInternals;
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

/** A workbook that writes each committed row to `out` at once, compressed as writeBuffer does (zlib level 6). */
function streamedWorkbook(parts: StreamParts, out: Writable, lang: Lang): ExcelJS.stream.xlsx.WorkbookWriter {
  quoteSheetNames(parts.WorkbookXform as WorkbookXformClass);
  const wb = new parts.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true, zip: { zlib: { level: 6 } } });
  // What the in-memory writer puts there when it is not set.
  wb.lastModifiedBy = 'Unknown';
  const addWorksheet = wb.addWorksheet.bind(wb);
  const styles = new SharedStyles();
  wb.addWorksheet = (name, options) => patchStreamedSheet(addWorksheet(name, options), lang, styles);
  return wb;
}

/**
 * Writes the plan workbook to `file`, whole or not at all. Streamed (SPEC §8): each row becomes
 * XML as soon as it is complete instead of the whole workbook being held as cell objects and
 * then as one zip buffer. Same content as buildPlanWorkbook, shared strings included; the
 * streamed sheets only leave out the optional `<dimension>`.
 */
export async function writePlanWorkbook(file: string, plan: Plan, lang: Lang, addPrepSheets?: PrepSheetWriter): Promise<void> {
  const parts = await excelStreamWriter();
  await writeStreamAtomic(file, async (out) => {
    const wb = streamedWorkbook(parts, out, lang);
    addPlanSheets(wb, plan, lang, addPrepSheets);
    await wb.commit();
  });
}
