import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { writeStreamAtomic } from '../atomic.js';
import { dayToUtcDate } from '../../model/day.js';
import type { Plan } from '../../model/plan.js';
import type { Lang } from '../../text/labels.js';
import { addBacklogSheet, addCheckSheet, addLeadsSheet, addRankingSheet, addScheduleSheet, addSwingsSheet } from './plan-sheets.js';

/** Adds the per-agent prep sheets after the fixed sheets. */
export type PrepSheetWriter = (wb: ExcelJS.Workbook, plan: Plan, lang: Lang) => void;

/**
 * Fills a workbook, in memory or streamed: six fixed sheets in the spec's order, then the prep
 * sheets. Every sheet is written top to bottom and committed when done.
 */
function addPlanSheets(wb: ExcelJS.Workbook, plan: Plan, lang: Lang, addPrepSheets?: PrepSheetWriter): void {
  wb.creator = 'talks';
  wb.created = dayToUtcDate(plan.today);
  wb.modified = dayToUtcDate(plan.today);
  addScheduleSheet(wb, plan, lang);
  addLeadsSheet(wb, plan, lang);
  addBacklogSheet(wb, plan, lang);
  addRankingSheet(wb, plan, lang);
  addSwingsSheet(wb, plan, lang);
  addCheckSheet(wb, plan, lang);
  addPrepSheets?.(wb, plan, lang);
}

/** The plan workbook in memory (for reading it back in tests); `talks plan` streams it with writePlanWorkbook. */
export function buildPlanWorkbook(plan: Plan, lang: Lang, addPrepSheets?: PrepSheetWriter): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addPlanSheets(wb, plan, lang, addPrepSheets);
  return wb;
}

/** The parts of exceljs 4.4's streamed sheet (lib/stream/xlsx/worksheet-writer.js) used below. */
interface StreamedSheetInternals {
  stream: { write(xml: string): void };
  _writePageMargins(): void;
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
 * exceljs's streamed sheet leaves out `<printOptions>` (a prep sheet prints centred on the page):
 * it is written where the in-memory writer puts it, just before `<pageMargins>`.
 */
function keepPrintOptions(ws: ExcelJS.Worksheet): ExcelJS.Worksheet {
  const sheet = ws as unknown as StreamedSheetInternals;
  const writePageMargins = sheet._writePageMargins.bind(sheet);
  sheet._writePageMargins = () => {
    const xml = printOptionsXml(ws.pageSetup);
    if (xml) sheet.stream.write(xml);
    writePageMargins();
  };
  return ws;
}

/** A workbook that writes each committed row to `out` at once, compressed as writeBuffer does (zlib level 6). */
function streamedWorkbook(out: Writable): ExcelJS.stream.xlsx.WorkbookWriter {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true, zip: { zlib: { level: 6 } } });
  // What the in-memory writer puts there when it is not set.
  wb.lastModifiedBy = 'Unknown';
  const addWorksheet = wb.addWorksheet.bind(wb);
  wb.addWorksheet = (name, options) => keepPrintOptions(addWorksheet(name, options));
  return wb;
}

/**
 * Writes the plan workbook to `file`, whole or not at all. Streamed (SPEC §8): each row becomes
 * XML as soon as it is complete instead of the whole workbook being held as cell objects and
 * then as one zip buffer. Same content as buildPlanWorkbook, shared strings included; the
 * streamed sheets only leave out the optional `<dimension>` and the style-only cells of the
 * Schedule's spare rows, whose column style gives them the same date format.
 */
export async function writePlanWorkbook(file: string, plan: Plan, lang: Lang, addPrepSheets?: PrepSheetWriter): Promise<void> {
  await writeStreamAtomic(file, async (out) => {
    const wb = streamedWorkbook(out);
    addPlanSheets(wb, plan, lang, addPrepSheets);
    await wb.commit();
  });
}
