import type ExcelJS from 'exceljs';
import type { Lang } from '../../../text/labels.js';
import { alike } from './shared-styles.js';
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

/** The named copy of a font, made once per font object (cells of a column share theirs). */
const named: Record<Lang, WeakMap<Partial<ExcelJS.Font>, Partial<ExcelJS.Font>>> = { en: new WeakMap(), 'zh-CN': new WeakMap() };
const plain: Partial<Record<Lang, Partial<ExcelJS.Font>>> = {};

/** The last fonts named, per language: writers that build a fresh font per cell repeat a few. */
const recent: Record<Lang, { from: Partial<ExcelJS.Font>; copy: Partial<ExcelJS.Font> }[]> = { en: [], 'zh-CN': [] };
const RECENT = 8;

function namedFont(f: Partial<ExcelJS.Font> | undefined, lang: Lang): Partial<ExcelJS.Font> {
  if (f === undefined) return (plain[lang] ??= { name: FONT_NAME[lang], size: 11 });
  let copy = named[lang].get(f);
  if (copy !== undefined) return copy;
  const list = recent[lang];
  const hit = list.find((r) => alike(r.from, f));
  if (hit) return hit.copy;
  copy = { ...f, name: FONT_NAME[lang], size: f.size ?? 11 };
  list.unshift({ from: f, copy });
  if (list.length > RECENT) list.pop();
  named[lang].set(f, copy);
  return copy;
}

/** The same for a workbook held in memory, once it is complete. */
export function nameWorkbookFonts(wb: ExcelJS.Workbook, lang: Lang): void {
  for (const ws of wb.worksheets) ws.eachRow((row) => nameRowFonts(row, lang));
}
