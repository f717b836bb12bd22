import type ExcelJS from 'exceljs';
import type { Lang } from '../../../text/labels.js';
import { PRINT_LABELS } from '../../../text/print-labels.js';

/**
 * The named font of every cell: Calibri, and in Chinese 等线 (DengXian), the font Chinese Office
 * itself uses, so that neither Excel nor LibreOffice falls back to a serif font for headings.
 */
export const FONT_NAME: Record<Lang, string> = { en: 'Calibri', 'zh-CN': '等线' };

export function font(lang: Lang, style: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: FONT_NAME[lang], size: 11, ...style };
}

const fills = new Map<string, ExcelJS.Fill>();

/** A solid fill; one frozen object per colour, so the cells that share it share their style (SharedStyles). */
export function fill(argb: string): ExcelJS.Fill {
  let f = fills.get(argb);
  if (f === undefined) fills.set(argb, (f = Object.freeze({ type: 'pattern', pattern: 'solid', fgColor: Object.freeze({ argb }) }) as ExcelJS.Fill));
  return f;
}

const bolds = new WeakMap<Partial<ExcelJS.Font>, Partial<ExcelJS.Font>>();
const BOLD_ONLY: Partial<ExcelJS.Font> = { bold: true };

/** The bold copy of a font, made once per font: the cells of a column that share a font share its bold copy. */
export function boldOf(f: Partial<ExcelJS.Font> | undefined): Partial<ExcelJS.Font> {
  if (f === undefined) return BOLD_ONLY;
  let bold = bolds.get(f);
  if (bold === undefined) bolds.set(f, (bold = { ...f, bold: true }));
  return bold;
}

export const COLOURS = {
  header: 'FFE8EEF5',
  input: 'FFFFF8E1',
  band: 'FFF3F6FA',
  core: 'FFFFE699',
  top: 'FFE2F0D9',
  overdue: 'FFFDE2E1',
  overdueText: 'FFC00000',
  border: 'FF8C8C8C',
  urgent: 'FFF8CBAD',
  soon: 'FFFFE699',
  routine: 'FFDDEBF7',
} as const;

export const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: COLOURS.border } };
export const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** In header and footer text `&` starts a code; a literal one is doubled. */
function escapeHeader(s: string): string {
  return s.replace(/&/g, '&&');
}

/** `&"font,Bold"`: the header's font by name, so it matches the cells. */
function headerFont(lang: Lang, bold: boolean): string {
  return `&"${FONT_NAME[lang]},${bold ? 'Bold' : 'Regular'}"`;
}

export interface PageText {
  title: string;
  /** Right of the header (e.g. the week or the date). */
  right?: string;
  /** Centre of the footer (e.g. a colour legend). */
  legend?: string;
  /** Left of the footer, instead of the print date. */
  footer?: string;
}

/**
 * The page header and footer of every sheet, in the workbook's language: the title on the left,
 * the page number within the sheet on the right (each sheet starts at page 1, see pageSetup).
 */
export function headerFooter(lang: Lang, p: PageText): Partial<ExcelJS.HeaderFooter> {
  const l = PRINT_LABELS[lang];
  const regular = headerFont(lang, false);
  const right = p.right ? `&R${regular}&9 ${escapeHeader(p.right)}` : '';
  const legend = p.legend ? `&C${regular}&9 ${escapeHeader(p.legend)}` : '';
  return {
    oddHeader: `&L${headerFont(lang, true)}&11 ${escapeHeader(p.title)}${right}`,
    oddFooter: `&L${regular}&8 ${p.footer ? escapeHeader(p.footer) : l.printed}${legend}&R${regular}&9 ${l.page}`,
  };
}

/** A4, fit to `fitToWidth` pages wide, numbered from 1 in each sheet. */
export function pageSetup(orientation: 'portrait' | 'landscape', extra: Partial<ExcelJS.PageSetup> = {}): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    firstPageNumber: 1,
    margins: { left: 0.25, right: 0.25, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...extra,
  };
}
