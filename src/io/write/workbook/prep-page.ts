import type ExcelJS from 'exceljs';
import type { Day } from '../../../model/types.js';
import type { Lang } from '../../../text/labels.js';
import { PREP_LABELS } from '../../../text/prep-labels.js';
import { headerFooter, pageSetup } from './style.js';

/**
 * A4 portrait, one page wide and one page tall, with the agent and the date in the header: options for
 * addWorksheet, since a streamed sheet writes its fit-to-page flag when it is added.
 */
export function prepSheetOptions(p: { title: string; date: Day; lang: Lang }): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: [{ showGridLines: false }],
    pageSetup: pageSetup('portrait', {
      fitToHeight: 1,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.5, bottom: 0.5, header: 0.25, footer: 0.25 },
    }),
    headerFooter: headerFooter(p.lang, { title: p.title, right: p.date, footer: PREP_LABELS[p.lang].footer }),
  };
}

/** Prints the form and nothing else; set once the last row is known. */
export function prepPrintArea(ws: ExcelJS.Worksheet, lastRow: number, lastCol: number): void {
  ws.pageSetup.printArea = `A1:${ws.getColumn(lastCol).letter}${lastRow}`;
}
