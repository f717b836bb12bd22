import type ExcelJS from 'exceljs';

type Part = keyof Pick<ExcelJS.Style, 'font' | 'border' | 'fill' | 'alignment' | 'protection'>;
const PARTS: readonly Part[] = ['font', 'border', 'fill', 'alignment', 'protection'];

/**
 * One style object for every cell that looks the same. exceljs 4.4's streamed sheet renders each
 * cell's style to XML to find its number in styles.xml, unless it has seen that very object
 * before; each cell otherwise has its own, so a 5,000-row sheet rendered 50,000 styles. Equal
 * styles get one object here, so each is rendered once: the same styles.xml, in the same order.
 */
export class SharedStyles {
  /** A style part (a font, a border…) → the number of its content. */
  private readonly partIds = new WeakMap<object, number>();
  private readonly partKeys = new Map<string, number>();
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  private partId(part: object | undefined): number {
    if (part === undefined) return 0;
    let id = this.partIds.get(part);
    if (id === undefined) {
      const key = JSON.stringify(part);
      id = this.partKeys.get(key);
      if (id === undefined) this.partKeys.set(key, (id = this.partKeys.size + 1));
      this.partIds.set(part, id);
    }
    return id;
  }

  private shared(style: Partial<ExcelJS.Style>, type: string): Partial<ExcelJS.Style> {
    // Without a number format, exceljs picks one from the cell's type: the type is part of the style.
    let key = style.numFmt === undefined ? `#${type}` : `=${style.numFmt}`;
    for (const p of PARTS) key += `,${this.partId(style[p])}`;
    const shared = this.styles.get(key);
    if (shared) return shared;
    this.styles.set(key, style);
    return style;
  }

  /**
   * Gives the row and each of its cells (the styled empty ones too, which eachCell skips) the
   * shared object of its style, just before the row is written.
   */
  shareRow(row: ExcelJS.Row): void {
    const r = row as unknown as RowInternals;
    r.style = this.rowStyle(r.style);
    const cells = r._cells;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell) cell.style = this.sameAsAbove(i, cell.style, cell.effectiveType);
    }
  }

  /** The shared object of a row's own style (exceljs renders it to find the row's style number). */
  rowStyle(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
    return this.shared(style, 'row');
  }

  /** The shared object of a cell's style in the 0-based `column`, for a cell of exceljs's value `type`. */
  cellStyle(column: number, style: Partial<ExcelJS.Style>, type: number): Partial<ExcelJS.Style> {
    return this.sameAsAbove(column, style, type);
  }

  /**
   * The cells of a column mostly hold its style's parts, the same objects (the writers keep their
   * styles as constants): those are recognised without a lookup.
   */
  private readonly above: { parts: (object | undefined)[]; numFmt?: string; type: number; style: Partial<ExcelJS.Style> }[] = [];

  private sameAsAbove(column: number, style: Partial<ExcelJS.Style>, type: number): Partial<ExcelJS.Style> {
    const last = this.above[column];
    if (last && last.numFmt === style.numFmt && last.type === type && PARTS.every((p, i) => last.parts[i] === style[p])) return last.style;
    const shared = this.shared(style, String(type));
    this.above[column] = { parts: PARTS.map((p) => style[p]), numFmt: style.numFmt, type, style: shared };
    return shared;
  }
}

/** exceljs 4.4's row style and cells, holes where no cell was made (lib/doc/row.js). */
interface RowInternals {
  style: Partial<ExcelJS.Style>;
  _cells: (ExcelJS.Cell | undefined)[];
}
