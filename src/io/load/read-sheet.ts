import type { ExtraAliases } from '../../columns/fields.js';
import { readHeader, isHeaderFor, type ColumnMap } from '../../columns/header.js';
import type { RawRow, RawSheet, ScannedRows } from '../read/raw.js';
import type { TableReader } from './table-reader.js';
import type { TableKind } from './types.js';

/** Title rows above the header are skipped; past this many rows we stop looking. */
const HEADER_SEARCH_ROWS = 30;

/** Finds the header row among the first rows of a sheet. */
export class HeaderFinder {
  constructor(private readonly aliases?: ExtraAliases) {}
  best?: ColumnMap;
  private bestCount = 0;

  offer(raw: RawRow, kinds: TableKind[]): { map: ColumnMap; kind: TableKind } | undefined {
    const map = readHeader(raw.cells, raw.row, this.aliases);
    const count = Object.keys(map.columns).length;
    if (count > this.bestCount) {
      this.best = map;
      this.bestCount = count;
    }
    for (const kind of kinds) if (isHeaderFor(map, kind)) return { map, kind };
    return undefined;
  }
}

/**
 * What takes a sheet's data rows: `take` gets a batch and the index of its first data row;
 * `takeScanned`, when the sink has it, the reader's scanned batch instead.
 */
export interface Sink {
  reader: TableReader;
  take(batch: readonly RawRow[], from: number): void;
  takeScanned?(batch: ScannedRows, from: number): void;
}

/**
 * Reads a sheet batch by batch: looks for the header among its first rows, then hands every
 * later row to the sink `open` makes for that header. Returns that sink, or undefined when no
 * header was found (the rest of the sheet is then left unread).
 */
export async function readSheet<S extends Sink>(
  sheet: RawSheet,
  kinds: TableKind[],
  finder: HeaderFinder,
  open: (found: { map: ColumnMap; kind: TableKind }) => S,
): Promise<S | undefined> {
  // A sheet that can be neither kind is not opened at all.
  if (kinds.length === 0) return undefined;
  let sink: S | undefined;
  let looked = 0;
  /** Offers the rows from `i` on to the finder until a sink opens; where the data rows start, or -1 to stop. */
  const seek = (length: number, rowAt: (i: number) => RawRow): number => {
    let i = 0;
    while (!sink && i < length) {
      if (looked++ >= HEADER_SEARCH_ROWS) return -1;
      const found = finder.offer(rowAt(i++), kinds);
      if (found) sink = open(found);
    }
    return i;
  };
  const scanned = sheet.rows.scanned?.();
  if (scanned) {
    for await (const batch of scanned) {
      const i = seek(batch.length, (k) => ({ row: batch.rows[k], cells: batch.cells(k) }));
      if (i < 0) return undefined;
      if (!sink || i >= batch.length) continue;
      if (sink.takeScanned) sink.takeScanned(batch, i);
      else sink.take(batch.toRows(i), 0);
    }
    return sink;
  }
  for await (const batch of sheet.rows.batches()) {
    const i = seek(batch.length, (k) => batch[k]);
    if (i < 0) return undefined;
    if (sink && i < batch.length) sink.take(batch, i);
  }
  return sink;
}

/** Of two headers that fell short, the one with more known columns: it tells best what is missing. */
export function fuller(a: ColumnMap | undefined, b: ColumnMap | undefined): ColumnMap | undefined {
  return b && (!a || Object.keys(b.columns).length > Object.keys(a.columns).length) ? b : a;
}
