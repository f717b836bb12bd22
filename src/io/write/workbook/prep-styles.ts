import type ExcelJS from 'exceljs';

// The printable form's styles (FormWriter, prep-form.ts).

/** The form's text size, in points. */
const FONT_SIZE = 10;
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF8C8C8C' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const NOTICE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

export type Style = Partial<ExcelJS.Style>;

/**
 * Every style below is a constant, and put() makes each merged font and alignment once per
 * constant: the cells that look alike share one object, which the streamed sheet renders once
 * (SharedStyles) instead of comparing or rendering a fresh object per cell.
 */
export const BOLD: Style = { font: { bold: true } };
export const TITLE: Style = { font: { bold: true, size: 13 } };
export const SUBTITLE: Style = { font: { bold: true, size: 11 }, alignment: { horizontal: 'right' } };
export const HEADING: Style = { font: { bold: true, size: 11 }, fill: HEADING_FILL, border: { bottom: THIN } };
export const RIGHT: Style = { alignment: { horizontal: 'right' } };
export const DATE_VALUE: Style = { numFmt: 'yyyy-mm-dd', alignment: { horizontal: 'left' } };
export const INPUT: Style = { border: BOX };
export const PLAIN: Style = {};

/** One constant per combination of a text line's options (bold, italic, small, indent, notice). */
const lineStyles = new Map<string, Style>();
export function lineStyle(o: { bold?: boolean; italic?: boolean; small?: boolean; indent?: number; notice?: boolean }): Style {
  const key = `${o.bold}|${o.italic}|${o.small}|${o.indent}|${o.notice}`;
  let style = lineStyles.get(key);
  if (style === undefined) {
    style = {
      font: { bold: o.bold, italic: o.italic, size: o.small ? 8.5 : FONT_SIZE },
      alignment: { indent: o.indent ?? 0 },
      fill: o.notice ? NOTICE_FILL : undefined,
    };
    lineStyles.set(key, style);
  }
  return style;
}

const HAIR: Partial<ExcelJS.Borders> = { bottom: { style: 'hair', color: { argb: 'FFBFBFBF' } } };
/** An option as one of three (unset, off, on): an unset one makes a style of its own, as `false` does. */
const tri = (b: boolean | undefined) => (b === undefined ? 0 : b ? 2 : 1);
/** One constant per kind of table cell: per number format, 18 of them by first column or not, bold and grey. */
const tableStyles = new Map<string | undefined, Style[]>();
export function tableStyle(first: boolean, numFmt: string | undefined, o: { bold?: boolean; grey?: boolean }): Style {
  let kinds = tableStyles.get(numFmt);
  if (kinds === undefined) tableStyles.set(numFmt, (kinds = []));
  const k = (first ? 9 : 0) + tri(o.bold) * 3 + tri(o.grey);
  return (kinds[k] ??= {
    numFmt,
    font: { bold: o.bold, italic: o.grey, color: o.grey ? { argb: 'FF595959' } : undefined },
    alignment: { horizontal: first ? 'left' : 'center', wrapText: false },
    border: HAIR,
  });
}

/** The form's 10-point font and top-aligned wrapping under a style's own, made once per style part. */
const DEFAULT_FONT: Partial<ExcelJS.Font> = { size: FONT_SIZE };
const DEFAULT_ALIGNMENT: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
const fonts = new WeakMap<Partial<ExcelJS.Font>, Partial<ExcelJS.Font>>();
const alignments = new WeakMap<Partial<ExcelJS.Alignment>, Partial<ExcelJS.Alignment>>();

function merged<T extends object>(cache: WeakMap<T, T>, base: T, part: T | undefined): T {
  if (part === undefined) return base;
  let whole = cache.get(part);
  if (whole === undefined) cache.set(part, (whole = { ...base, ...part }));
  return whole;
}

/** A cell's font: the form's size under the style's own font. */
export const formFont = (font: Partial<ExcelJS.Font> | undefined) => merged(fonts, DEFAULT_FONT, font);
/** A cell's alignment: wrapped and top-aligned under the style's own. */
export const formAlignment = (alignment: Partial<ExcelJS.Alignment> | undefined) => merged(alignments, DEFAULT_ALIGNMENT, alignment);
