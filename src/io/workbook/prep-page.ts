import type ExcelJS from 'exceljs';
import type { Day } from '../../model/types.js';
import type { Lang } from '../../text/labels.js';
import { PREP_LABELS } from '../../text/prep-labels.js';

/** In header and footer text `&` starts a code; a literal one is doubled. */
function escapeHeader(s: string): string {
  return s.replace(/&/g, '&&');
}

/**
 * A4 portrait, one page wide, with the agent and the date in the header: options for
 * addWorksheet, since a streamed sheet writes its fit-to-page flag when it is added.
 */
export function prepSheetOptions(p: { title: string; date: Day; lang: Lang }): Partial<ExcelJS.AddWorksheetOptions> {
  const page = p.lang === 'en' ? 'Page &P of &N' : '第 &P 页，共 &N 页';
  return {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L&B${escapeHeader(p.title)}&R${p.date}`,
      oddFooter: `&L${escapeHeader(PREP_LABELS[p.lang].footer)}&R${page}`,
    },
  };
}

/** Prints the form and nothing else; set once the last row is known. */
export function prepPrintArea(ws: ExcelJS.Worksheet, lastRow: number, lastCol: number): void {
  ws.pageSetup.printArea = `A1:${ws.getColumn(lastCol).letter}${lastRow}`;
}
