import type { CsvLines } from './csv-lines.js';
import type { UndecodablePlace } from './raw.js';

/** U+FFFD, which the decoder puts in place of bytes that are not text in its encoding. */
const REPLACED = '\uFFFD';

/**
 * Verifies a file's encoding as it streams: each decoded chunk is searched once for U+FFFD (a
 * native search, nothing per cell). Only after a chunk held one are the rows searched cell by
 * cell, until the cell that holds it is found; that place is kept, and the watch ends.
 */
export class UndecodableWatch {
  encoding = '';
  private first?: { row: number; column: number };
  private looking = false;

  found(): UndecodablePlace | undefined {
    return this.first && { ...this.first, encoding: this.encoding };
  }

  chunk(text: string): void {
    if (this.first === undefined && !this.looking) this.looking = text.includes(REPLACED);
  }

  lines(lines: CsvLines): void {
    if (!this.looking) return;
    for (let k = 0; k < lines.length; k++) {
      const column = lines.cells(k).findIndex((v) => v.includes(REPLACED));
      if (column >= 0) {
        this.first = { row: lines.rows[k], column };
        this.looking = false;
        return;
      }
    }
  }
}
