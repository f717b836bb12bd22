import type ExcelJS from 'exceljs';
import type { Lang } from '../../../text/labels.js';
import { FONT_NAME } from './style.js';

/**
 * Gives every written cell a named font (the language's, at 11 points unless it has a size):
 * a bold or sized style with no name makes LibreOffice fall back to a serif font.
 */
export function nameRowFonts(row: ExcelJS.Row, lang: Lang): void {
  row.eachCell((cell) => {
    const f = cell.font;
    if (f?.name) return;
    cell.font = { ...f, name: FONT_NAME[lang], size: f?.size ?? 11 };
  });
}

/** The same for a workbook held in memory, once it is complete. */
export function nameWorkbookFonts(wb: ExcelJS.Workbook, lang: Lang): void {
  for (const ws of wb.worksheets) ws.eachRow((row) => nameRowFonts(row, lang));
}
