import type { CellValue } from '../../../columns/cell.js';
import { CellType, exactDecimal, typeOfName } from './cell-parts.js';
import { MAX_COLUMNS, MAX_ROWS } from './limits.js';
import type { SheetRows } from './sheet-rows.js';

/** What the byte scanner needs from the sheet's scanner: the workbook's tables and the values it makes. */
export interface CellMaker {
  readonly shared: readonly string[];
  readonly dateStyles: readonly boolean[];
  /** The last row number read, by either scanner. */
  lastRow: number;
  /** A date cell's Date from its serial. */
  date(serial: number): Date;
  /** A cell's value from the text s[a, b) of its <v>, as the text scanner reads it. */
  value(s: string, a: number, b: number, type: CellType, style: number): CellValue;
}

/** Tags that end this close to the end of the bytes are left to the text scanner (as it leaves them to the next chunk). */
const MARGIN = 8;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
const isNameEnd = (c: number) => c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Reads the rows of a worksheet's XML straight from its inflated bytes, no text made of them,
 * as long as they have the shape spreadsheet writers give them: `<row r="7" …>`, then cells
 * `<c r="B7" s="1" t="s">` (readCommonTag's shape) each empty, `/>`-closed or holding one
 * `<v>…</v>`, nothing between the tags. Returns where it stopped: the end of the bytes, or the
 * start of the first row it leaves to the text scanner (any other shape, a comment, a row cut
 * by the end of the bytes), with that row's cells dropped from `out`. Values are the ones the
 * text scanner reads (test/io/readers/byte-rows.property.test.ts).
 */
export function readRowBytes(b: Buffer, from: number, cells: CellMaker, out: SheetRows): number {
  const n = b.length;
  const last = n - MARGIN;
  let pos = from;
  for (;;) {
    let i = pos;
    while (i < n && b[i] !== 60) i++;
    if (i >= last) return i >= n ? n : i;
    if (b[i + 1] !== 114 || b[i + 2] !== 111 || b[i + 3] !== 119 || !isNameEnd(b[i + 4])) {
      if (b[i + 1] === 33 /* <!-- */) return i;
      pos = i + 1;
      continue;
    }
    // <row r="digits" …>: the row number, then the tag's end (the first `>`, as for the text scanner).
    if (b[i + 4] !== 32 || b[i + 5] !== 114 || b[i + 6] !== 61 || b[i + 7] !== 34) return i;
    let q = i + 8;
    let r = 0;
    for (; q < i + 16 && isDigit(b[q]); q++) r = r * 10 + (b[q] - 48);
    if (q === i + 8 || b[q] !== 34) return i;
    const row = r > 0 ? r : cells.lastRow + 1;
    if (row > MAX_ROWS) return i;
    while (q < last && b[q] !== 62) q++;
    if (q >= last) return i;
    if (b[q - 1] !== 47) {
      q = readCells(b, q + 1, last, cells, out);
      if (q < 0) {
        out.drop();
        return i;
      }
    } else q++;
    cells.lastRow = row;
    out.close(row);
    pos = q;
  }
}

/** The cells of a row from `p` (after its start tag) to its `</row>`; returns the end of that, or -1 for anything else. */
function readCells(b: Buffer, p: number, last: number, cells: CellMaker, out: SheetRows): number {
  for (;;) {
    if (p >= last || b[p] !== 60) return -1;
    if (b[p + 1] === 47) return b[p + 2] === 114 && b[p + 3] === 111 && b[p + 4] === 119 ? p + 6 : -1;
    // <c r="LETTERS digits" then s="digits" and t="letters" in any order, then > or />.
    if (b[p + 1] !== 99 || b[p + 2] !== 32 || b[p + 3] !== 114 || b[p + 4] !== 61 || b[p + 5] !== 34) return -1;
    let q = p + 6;
    let col = 0;
    for (; q < last && isLetter(b[q]); q++) col = col * 26 + ((b[q] | 32) - 96);
    if (q === p + 6 || col > MAX_COLUMNS) return -1;
    col--;
    while (q < last && isDigit(b[q])) q++;
    if (b[q] !== 34) return -1;
    let style = 0;
    let type = CellType.Number;
    for (q++; q < last && b[q] === 32; q++) {
      const name = b[q + 1];
      if (b[q + 2] !== 61 || b[q + 3] !== 34) return -1;
      const at = q + 4;
      if (name === 115 /* s */) {
        style = 0;
        for (q = at; q < at + 9 && isDigit(b[q]); q++) style = style * 10 + (b[q] - 48);
        if (q === at) return -1;
      } else if (name === 116 /* t */) {
        for (q = at; q < last && isLetter(b[q]); q++);
        type = typeOfName(q - at, b[at]);
      } else return -1;
      if (b[q] !== 34) return -1;
    }
    if (b[q] === 47) {
      if (b[q + 1] !== 62) return -1;
      p = q + 2;
      continue;
    }
    if (q >= last || b[q] !== 62 || type === CellType.Inline) return -1;
    // </c> straight away: a cell without content; else <v>text</v></c>.
    if (b[q + 1] === 60 && b[q + 2] === 47 && b[q + 3] === 99 && b[q + 4] === 62) {
      p = q + 5;
      continue;
    }
    if (b[q + 1] !== 60 || b[q + 2] !== 118 || b[q + 3] !== 62) return -1;
    const a = q + 4;
    let e = a;
    while (e < last && b[e] !== 60) e++;
    if (e >= last || b[e + 1] !== 47 || b[e + 2] !== 118 || b[e + 3] !== 62 || b[e + 4] !== 60 || b[e + 5] !== 47 || b[e + 6] !== 99 || b[e + 7] !== 62) return -1;
    if (type === CellType.Number) {
      if (a === e) out.set(col, null);
      else {
        const v = numberIn(b, a, e);
        if (style > 0 && cells.dateStyles[style] && Number.isFinite(v)) out.set(col, cells.date(v));
        else out.setNumber(col, v);
      }
    } else if (type === CellType.Shared) out.set(col, cells.shared[numberIn(b, a, e)] ?? null);
    else out.set(col, cells.value(b.toString('latin1', a, e), 0, e - a, type, style));
    p = e + 8;
  }
}

/** cell-parts' numberAt, on bytes: parseFloat's double for b[from, to). */
function numberIn(b: Buffer, from: number, to: number): number {
  let i = from;
  const neg = b[i] === 45;
  if (neg) i++;
  let n = 0;
  let digits = 0;
  let point = -1;
  for (; i < to; i++) {
    const d = b[i] - 48;
    if (d >= 0 && d <= 9) {
      n = n * 10 + d;
      digits++;
    } else if (d === -2 /* . */ && point < 0) point = i;
    else break;
  }
  const v = i === to ? exactDecimal(n, digits, point < 0 ? 0 : to - point - 1, neg) : NaN;
  return v === v ? v : parseFloat(b.toString('latin1', from, to));
}
