import { textError } from '../../errors.js';
import { CsvLines } from './csv-lines.js';
import type { RawRow } from './raw.js';

/** Longest record (a line without a break, or a quoted field never closed) held before giving up. */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/**
 * What a record held back at the end of a chunk waits for: the closing quote of an open quoted
 * field, a line break (`line`: after a line without quotes, which ends at the break), or anything
 * (a quote or CR at the very end, which the next character explains). A chunk without it cannot
 * end the record, so it is added to the held text unread.
 */
type Need = 'quote' | 'eol' | 'line' | 'any';

/**
 * Cuts CSV text, fed in chunks, into records, as csv-parse reads them with relax_quotes and
 * relax_column_count: a field is quoted only when it starts with a quote ("" inside stands for
 * one); a quote elsewhere is text, and a quoted field followed by more text is read as written.
 * The line break is the first one of the file (LF, CRLF or CR); an empty line is a record of
 * one empty field. Lines without quotes are split without looking at each character.
 */
export class CsvScanner {
  private held: string[] = [];
  private heldChars = 0;
  private need: Need = 'any';
  private eol = '';
  /** Line on which the next record starts. */
  private line = 1;

  constructor(private readonly delimiter: string) {}

  /** The records that `chunk` completes, as rows. */
  feed(chunk: string, out: RawRow[]): void {
    const lines = new CsvLines();
    try {
      this.feedLines(chunk, lines);
    } finally {
      for (const row of lines.toRows()) out.push(row);
    }
  }

  end(out: RawRow[]): void {
    const lines = new CsvLines();
    try {
      this.endLines(lines);
    } finally {
      for (const row of lines.toRows()) out.push(row);
    }
  }

  /** The records that `chunk` completes, added to `out` (an empty CsvLines: its text is the chunk's). */
  feedLines(chunk: string, out: CsvLines): void {
    if (this.heldChars > 0 && !this.mayEnd(chunk)) return this.hold(chunk);
    // A line cut by the chunk's edge is ended on its own: the chunk is scanned as it came, not copied after the held text.
    const from = this.need === 'line' && this.heldChars > 0 ? this.endLine(chunk, out) : -1;
    const s = from < 0 ? this.takeHeld(chunk) : chunk;
    out.text = s;
    const pos = this.scan(s, Math.max(from, 0), false, out);
    if (pos < s.length) this.hold(s.slice(pos));
  }

  /**
   * Ends the held line (no quotes in it) with the start of `chunk` when its break comes before
   * any quote there, as a record of strings; returns where the chunk's next record starts, or -1.
   */
  private endLine(chunk: string, out: CsvLines): number {
    const eol = this.eol;
    const held = this.held.join('');
    let line: string;
    let next: number;
    if (eol.length === 2 && held.endsWith(eol[0]) && chunk.startsWith(eol[1])) {
      line = held.slice(0, -1);
      next = 1;
    } else {
      const end = chunk.indexOf(eol);
      const quote = chunk.indexOf('"');
      if (end < 0 || (quote >= 0 && quote < end)) return -1;
      line = held + chunk.slice(0, end);
      next = end + eol.length;
    }
    this.held = [];
    this.heldChars = 0;
    out.addCells(this.line++, line.split(this.delimiter));
    return next;
  }

  endLines(out: CsvLines): void {
    const s = this.takeHeld('');
    out.text = s;
    if (s.length > 0) this.scan(s, 0, true, out);
  }

  private mayEnd(chunk: string): boolean {
    if (this.need === 'quote') return chunk.includes('"');
    return this.need === 'any' || chunk.includes('\n') || chunk.includes('\r');
  }

  private hold(text: string): void {
    if (this.need === 'line' && text.includes('"')) this.need = 'eol';
    this.held.push(text);
    this.heldChars += text.length;
    if (this.heldChars <= MAX_RECORD_CHARS) return;
    if (this.need === 'quote') throw this.unclosed();
    throw textError('csv-line-too-long', { limit: Math.floor(MAX_RECORD_CHARS / 1e6) }, { row: this.line });
  }

  private takeHeld(chunk: string): string {
    if (this.heldChars === 0) return chunk;
    const s = this.held.join('') + chunk;
    this.held = [];
    this.heldChars = 0;
    return s;
  }

  private unclosed() {
    return textError('csv-quote-unclosed', {}, { row: this.line });
  }

  /** Where the scan stops within a chunk, with what the held record waits for. */
  private stop(pos: number, need: Need): number {
    this.need = need;
    return pos;
  }

  /** Reads the records of s from `pos`; returns where the first incomplete one starts. */
  private scan(s: string, pos: number, last: boolean, out: CsvLines): number {
    if (this.eol === '') {
      const need = this.findEol(s, last);
      if (need) return last ? this.record(s, pos, true, out) : this.stop(pos, need);
    }
    const eol = this.eol;
    let quote = s.indexOf('"', pos);
    while (pos < s.length) {
      const lineEnd = s.indexOf(eol, pos);
      if (quote >= 0 && quote < pos) quote = s.indexOf('"', pos);
      if (quote >= 0 && (lineEnd < 0 || quote < lineEnd)) {
        const next = this.record(s, pos, last, out);
        if (next < 0) return pos;
        pos = next;
        continue;
      }
      if (lineEnd < 0) {
        if (!last) return this.stop(pos, 'line');
        out.addLine(this.line++, pos, s.length, this.delimiter);
        return s.length;
      }
      out.addLine(this.line++, pos, lineEnd, this.delimiter);
      pos = lineEnd + eol.length;
    }
    return pos;
  }

  /** Takes the first line break outside quoted fields as the file's; when none is in sight yet, what it waits for. */
  private findEol(s: string, last: boolean): Need | undefined {
    const d = this.delimiter.charCodeAt(0);
    let fieldStart = true;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (fieldStart && c === 34) {
        let q = s.indexOf('"', i + 1);
        while (q >= 0 && s.charCodeAt(q + 1) === 34) q = s.indexOf('"', q + 2);
        if (q < 0) return 'quote';
        i = q;
        fieldStart = false;
        continue;
      }
      fieldStart = c === d;
      if (c === 10) this.eol = '\n';
      else if (c === 13) {
        if (i + 1 >= s.length && !last) return 'any';
        this.eol = s.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
      }
      if (this.eol !== '') return undefined;
    }
    return 'eol';
  }

  /**
   * Reads one record with quotes, character by character. Returns where the next record
   * starts, or -1 when the record does not end within s (and more text is coming).
   */
  private record(s: string, from: number, last: boolean, out: CsvLines): number {
    const d = this.delimiter.charCodeAt(0);
    const eol = this.eol;
    const cells: string[] = [];
    let breaks = 0;
    let i = from;
    for (;;) {
      const start = i;
      let value: string;
      if (s.charCodeAt(i) === 34) {
        let text = '';
        let j = i + 1;
        for (;;) {
          const q = s.indexOf('"', j);
          if (q < 0) {
            if (!last) return this.stop(-1, 'quote');
            throw this.unclosed();
          }
          text += s.slice(j, q);
          if (s.charCodeAt(q + 1) === 34) {
            text += '"';
            j = q + 2;
            continue;
          }
          if (q + 1 >= s.length && !last) return this.stop(-1, 'any');
          i = q + 1;
          break;
        }
        const c = s.charCodeAt(i);
        if ((i >= s.length || c === d || (eol !== '' && s.startsWith(eol, i)))) {
          value = text;
        } else {
          // Text after the closing quote: the field keeps its quotes (doubled ones still count once).
          const close = i - 1;
          i = this.fieldEnd(s, i, d);
          if (i < 0) {
            if (!last) return this.stop(-1, 'eol');
            i = s.length;
          }
          value = `"${text}${s.slice(close, i)}`;
        }
        breaks += countBreaks(text, eol);
      } else {
        i = this.fieldEnd(s, i, d);
        if (i < 0) {
          if (!last) return this.stop(-1, 'eol');
          i = s.length;
        }
        value = s.slice(start, i);
      }
      cells.push(value);
      if (i >= s.length) {
        out.addCells(this.line, cells);
        this.line += 1 + breaks;
        return s.length;
      }
      if (s.charCodeAt(i) === d) {
        i++;
        continue;
      }
      out.addCells(this.line, cells);
      this.line += 1 + breaks;
      return i + eol.length;
    }
  }

  /** End of an unquoted field starting at i: the next delimiter or line break, or -1. */
  private fieldEnd(s: string, i: number, d: number): number {
    const eolChar = this.eol === '' ? -1 : this.eol.charCodeAt(0);
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === d) return i;
      if (c === eolChar && s.startsWith(this.eol, i)) return i;
    }
    return -1;
  }
}

/** Line breaks inside a quoted field count as lines of the file. */
function countBreaks(text: string, eol: string): number {
  const mark = eol === '\r' ? '\r' : '\n';
  let n = 0;
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) n++;
  return n;
}
