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
    cell.font = namedFont(f, lang);
  });
}

/** The named copy of a font, made once per font object (the writers keep their fonts as constants). */
const named: Record<Lang, WeakMap<Partial<ExcelJS.Font>, Partial<ExcelJS.Font>>> = { en: new WeakMap(), 'zh-CN': new WeakMap() };
const plain: Partial<Record<Lang, Partial<ExcelJS.Font>>> = {};

export function namedFont(f: Partial<ExcelJS.Font> | undefined, lang: Lang): Partial<ExcelJS.Font> {
  if (f === undefined) return (plain[lang] ??= { name: FONT_NAME[lang], size: 11 });
  let copy = named[lang].get(f);
  if (copy === undefined) named[lang].set(f, (copy = { ...f, name: FONT_NAME[lang], size: f.size ?? 11 }));
  return copy;
}

/** The same for a workbook held in memory, once it is complete. */
export function nameWorkbookFonts(wb: ExcelJS.Workbook, lang: Lang): void {
  for (const ws of wb.worksheets) ws.eachRow((row) => nameRowFonts(row, lang));
}
