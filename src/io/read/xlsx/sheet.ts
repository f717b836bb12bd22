import type { CellValue } from '../../../columns/cell.js';
import type { RawRow } from '../raw.js';
import { HeldTail } from './held.js';
import { SheetRows } from './sheet-rows.js';
import { cellOutOfGrid, MAX_COLUMNS, MAX_ROW_BYTES, MAX_ROWS, rowTooLong } from './limits.js';
import { runsText } from './runs.js';
import { CellType, isNameEnd, isoDate, numberAt, skipComment } from './cell-parts.js';
import { readCommonTag, readTag, type CellTag } from './cell-tag.js';
import { readRowBytes, type CellMaker } from './byte-rows.js';
import { attrRange, xmlText } from './xml-text.js';

/** What a sheet's cells need from the rest of the workbook. */
export interface SheetContext {
  shared: readonly string[];
  /** Per cellXfs index: true when its number format shows a date or a time. */
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/**
 * Cuts a worksheet's XML, fed in chunks, into rows, in one pass from tag to tag. Only the
 * unfinished tail of a chunk is kept between calls; `<dimension>` is not trusted: positions
 * come from `r` attributes, or are counted when those are missing. Rows of the common shape
 * are read from the bytes (byte-rows.ts); from the first other one on, a chunk is read as text.
 */
export class RowScanner implements CellMaker {
  private readonly held = new HeldTail(Buffer.from('</row'), MAX_ROW_BYTES, rowTooLong);
  lastRow = 0;
  readonly shared: readonly string[];
  readonly dateStyles: readonly boolean[];
  private readonly dayOffset: number;
  /** The attributes of the cell being read. */
  private readonly tag: CellTag = { ref: -1, style: 0, type: CellType.Number };
  /** The last date cell's serial and Date: a date column repeats its value row after row. */
  private lastSerial = NaN;
  private lastDate: Date | null = null;

  /** `bytes: false` reads every chunk as text (the tests' reference for the byte scanner). */
  constructor(ctx: SheetContext, private readonly bytes = true) {
    this.shared = ctx.shared;
    this.dateStyles = ctx.dateStyles;
    this.dayOffset = ctx.date1904 ? 1462 : 0;
  }

  /** Appends the rows completed by this chunk of XML bytes to `out`. */
  feed(chunk: Buffer, out: RawRow[]): void {
    const rows = new SheetRows();
    try {
      this.feedRows(chunk, rows);
    } finally {
      for (const row of rows.toRows()) out.push(row);
    }
  }

  /**
   * Adds the rows completed by this chunk of XML bytes to `out`. The tail held from the chunk
   * before is read joined to the chunk's first bytes (HeldTail.head), then the chunk in place.
   */
  feedRows(chunk: Buffer, out: SheetRows): void {
    const held = this.held.held;
    const head = this.held.head(chunk);
    if (head === undefined) return;
    let bytes = head;
    let pos = this.scan(head, 0, out);
    if (head !== chunk && head.length < held + chunk.length) {
      // The head stopped in the chunk: the rest is the chunk's own; else the tail is longer, and read joined to all of it.
      bytes = pos >= held ? chunk : Buffer.concat([head.subarray(0, held), chunk]);
      pos = this.scan(bytes, pos >= held ? pos - held : pos, out);
    }
    this.held.keep(bytes, pos);
  }

  /** Adds the rows completed in bytes[from…] to `out`; returns where the rows left for the next chunk start. */
  private scan(bytes: Buffer, from: number, out: SheetRows): number {
    const pos = this.bytes ? readRowBytes(bytes, from, this, out) : from;
    // The rest as a latin1 string, fresh for each chunk: a flat string is several times faster
    // to scan than one made by joining the carried tail to the chunk.
    return pos < bytes.length ? pos + this.feedText(bytes.toString('latin1', pos), out) : pos;
  }

  /** Adds the rows completed in `s` to `out`; returns where the rows left for the next chunk start. */
  private feedText(s: string, out: SheetRows): number {
    let pos = 0;
    for (;;) {
      const start = s.indexOf('<', pos);
      if (start < 0) return s.length;
      if (start + 5 > s.length) return start;
      if (s.charCodeAt(start + 1) !== 114 || s.charCodeAt(start + 2) !== 111 || s.charCodeAt(start + 3) !== 119 || !isNameEnd(s.charCodeAt(start + 4))) {
        const after = skipComment(s, start);
        if (after < 0) return start;
        pos = after;
        continue;
      }
      const tagEnd = s.indexOf('>', start + 4);
      if (tagEnd < 0) return start;
      if (s.charCodeAt(tagEnd - 1) === 47) {
        out.close(this.rowNumber(s, start + 4, tagEnd));
        pos = tagEnd + 1;
        continue;
      }
      const end = this.cells(s, tagEnd + 1, out);
      if (end < 0) {
        out.drop();
        return start;
      }
      out.close(this.rowNumber(s, start + 4, tagEnd));
      pos = end;
    }
  }

  /** Throws when the sheet's XML stopped inside a row. */
  end(): void {
    if (/<row[\s>/]/.test(this.held.text())) throw new Error('a worksheet ends in the middle of a row');
  }

  private rowNumber(s: string, from: number, to: number): number {
    const at = attrRange(s, from, to, 'r');
    const n = at < 0 ? 0 : numberAt(s, at, s.indexOf(s[at - 1], at));
    this.lastRow = n > 0 && Number.isInteger(n) ? n : this.lastRow + 1;
    if (this.lastRow > MAX_ROWS) throw cellOutOfGrid(at < 0 ? `row ${this.lastRow}` : s.slice(at, s.indexOf(s[at - 1], at)));
    return this.lastRow;
  }

  /**
   * Reads the cells of a row whose content starts at `from` into the open row of `out`;
   * returns where the row's end tag ends, or -1 when the chunk ends first.
   */
  private cells(s: string, from: number, out: SheetRows): number {
    let col = -1;
    // Reads past the end of a string deoptimise the scan: tags that end this close to the
    // end of the chunk are left for the next one.
    const len = s.length - 8;
    let i = s.indexOf('<', from);
    while (i >= 0 && i < len) {
      const c1 = s.charCodeAt(i + 1);
      if (c1 === 47 /* / */) {
        if (s.charCodeAt(i + 2) === 114 && s.charCodeAt(i + 3) === 111 && s.charCodeAt(i + 4) === 119) return i + 6;
        i = s.indexOf('<', i + 1);
        continue;
      }
      if (c1 !== 99 /* c */ || !isNameEnd(s.charCodeAt(i + 2))) {
        const after = skipComment(s, i);
        if (after < 0 || after >= len) return -1;
        i = s.indexOf('<', after);
        continue;
      }
      // The common shape read in one pass, any other by the general loop.
      const tag = this.tag;
      let tagEnd = readCommonTag(s, i + 2, len, tag);
      if (tagEnd < 0) {
        tagEnd = s.indexOf('>', i + 2);
        if (tagEnd < 0 || tagEnd >= len) return -1;
        readTag(s, i + 2, tagEnd, tag);
      }
      const { ref, style, type } = tag;
      col = ref >= 0 ? ref : col + 1;
      if (col >= MAX_COLUMNS) throw cellOutOfGrid(ref >= 0 ? s.slice(i + 2, tagEnd).trim() : `<c> ${col + 1}`);
      if (s.charCodeAt(tagEnd - 1) === 47) {
        i = s.indexOf('<', tagEnd + 1);
        continue;
      }
      let value: CellValue | undefined;
      let close: number;
      if (type !== CellType.Inline && s.charCodeAt(tagEnd + 1) === 60 && s.charCodeAt(tagEnd + 2) === 118 && s.charCodeAt(tagEnd + 3) === 62) {
        // The common shape, <c …><v>text</v></c>, read without searching for each tag.
        const a = tagEnd + 4;
        const b = s.indexOf('<', a);
        if (b < 0 || b >= len) return -1;
        if (s.charCodeAt(b + 1) === 33 /* <![CDATA[ or <!-- */) {
          close = s.indexOf('</c>', tagEnd);
          if (close < 0) return -1;
          value = this.content(s, tagEnd + 1, close, type, style);
        } else {
          close = s.charCodeAt(b + 4) === 60 && s.charCodeAt(b + 5) === 47 && s.charCodeAt(b + 6) === 99 ? b + 4 : s.indexOf('</c>', b);
          if (close < 0) return -1;
          // A plain number goes into the batch as a double, without a number object per cell.
          if (type === CellType.Number && a < b && (style === 0 || !this.dateStyles[style])) {
            out.setNumber(col, numberAt(s, a, b));
            i = s.indexOf('<', close + 4);
            continue;
          }
          value = this.value(s, a, b, type, style);
        }
      } else {
        close = s.indexOf('</c>', tagEnd);
        if (close < 0) return -1;
        value = this.content(s, tagEnd + 1, close, type, style);
      }
      i = s.indexOf('<', close + 4);
      if (value !== undefined) out.set(col, value);
    }
    return -1;
  }

  /** A cell's value from its content s[from, to); undefined for a cell with no content. */
  private content(s: string, from: number, to: number, type: CellType, style: number): CellValue | undefined {
    if (type === CellType.Inline) return runsText(s, from, to);
    for (let i = s.indexOf('<', from); i >= 0 && i < to; i = s.indexOf('<', i + 1)) {
      if (s.charCodeAt(i + 1) !== 118 /* v */ || !isNameEnd(s.charCodeAt(i + 2))) continue;
      const open = s.indexOf('>', i);
      if (s.charCodeAt(open - 1) === 47) return type === CellType.Str ? '' : null;
      const end = s.indexOf('</v>', open);
      if (s.charCodeAt(open + 1) !== 60 || type === CellType.Str || type === CellType.IsoDate) return this.value(s, open + 1, end, type, style);
      // <v><![CDATA[12]]></v>: the number inside.
      const text = xmlText(s, open + 1, end);
      return this.value(text, 0, text.length, type, style);
    }
    // A formula without a cached result still counts as a cell, as it does for exceljs.
    const child = s.indexOf('<', from);
    return child >= 0 && child < to ? null : undefined;
  }

  /** A cell's value from the text s[a, b) of its <v>. */
  value(s: string, a: number, b: number, type: CellType, style: number): CellValue {
    switch (type) {
      case CellType.Shared:
        return this.shared[numberAt(s, a, b)] ?? null;
      case CellType.Str:
        return xmlText(s, a, b);
      case CellType.Bool: {
        const c0 = s.charCodeAt(a);
        return !(c0 === 48 || c0 === 102 /* 0, false */);
      }
      case CellType.Error:
        return null;
      case CellType.IsoDate:
        return isoDate(xmlText(s, a, b));
      default: {
        if (a === b) return null;
        const n = numberAt(s, a, b);
        return style > 0 && this.dateStyles[style] && Number.isFinite(n) ? this.date(n) : n;
      }
    }
  }

  /**
   * The same arithmetic as exceljs, so both readers give the same millisecond. Cells with the
   * same serial share one Date (never changed by a reader).
   */
  date(serial: number): Date {
    if (serial !== this.lastSerial || this.lastDate === null) {
      this.lastSerial = serial;
      this.lastDate = new Date(Math.round((serial - 25569 + this.dayOffset) * 24 * 3600 * 1000));
    }
    return this.lastDate;
  }
}
