import type ExcelJS from 'exceljs';

type Style = Partial<ExcelJS.Style>;
type Level = Map<unknown, unknown>;

/**
 * The style numbers of a workbook's cells by the very objects their styles are made of: the
 * number format (or, without one, the cell's type), font, alignment, fill, border and protection.
 * The writers keep these parts as constants and never change one, so the same parts always get
 * the same number; `resolve` (SharedStyles, then exceljs's styles.xml) finds it the first time
 * only, in the order the cells come, so styles.xml numbers its styles as it did without this.
 */
export class StyleIds {
  private readonly root: Level = new Map();
  private readonly attrs: string[] = [];

  constructor(private readonly resolve: (style: Style, column: number, type: number, cellType: number) => number) {}

  /**
   * The number of a cell's `style` written with `font` (its named font) in the 0-based `column`,
   * for a cell of exceljs's value `type` (a merged cell's master's) and its own `cellType`.
   */
  id(style: Style, font: Style['font'], column: number, type: number, cellType: number): number {
    let level = this.root;
    for (const part of [style.numFmt ?? type, font, style.alignment, style.fill, style.border]) {
      let next = level.get(part) as Level | undefined;
      if (next === undefined) level.set(part, (next = new Map()));
      level = next;
    }
    let id = level.get(style.protection) as number | undefined;
    if (id === undefined) {
      // A copy: exceljs knows a style object by its first number, and `style` may be a column's, which cells of other types share.
      id = this.resolve({ ...style, font }, column, type, cellType);
      level.set(style.protection, id);
    }
    return id;
  }

  /** A cell's ` s="…"` for style number `id` (none for 0), made once. */
  attr(id: number): string {
    return (this.attrs[id] ??= id ? ` s="${id}"` : '');
  }
}
