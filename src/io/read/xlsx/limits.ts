import { textError } from '../../../errors.js';

const MiB = 1024 * 1024;

/** How far a workbook may unzip, part by part; the cap can be raised (--max-unzipped). */
export interface ZipLimits {
  maxEntryBytes: number;
}

export const DEFAULT_MAX_ENTRY_BYTES = 2048 * MiB;

/**
 * Deflate packs XML 5–50 times, at most ~1000 times for the most repetitive markup; a large
 * part packed further than this is a bomb, refused before it is unzipped.
 */
const MAX_RATIO = 200;
/** Small parts may be packed as tightly as they like. */
const RATIO_FROM_BYTES = 64 * MiB;

/** Parts read whole (relationships, workbook.xml, styles.xml) are small in any real workbook. */
export const MAX_SMALL_PART_BYTES = 64 * MiB;
/** The shared text table is held in memory for the whole read. */
export const MAX_SHARED_TEXT = 128 * MiB;
export const MAX_SHARED_ITEMS = 8 * MiB;
/** One `<row>…</row>` of XML: 16,384 cells with room to spare. */
export const MAX_ROW_BYTES = 64 * MiB;
/** Excel's grid: XFD × 1,048,576. */
export const MAX_COLUMNS = 16384;
export const MAX_ROWS = 1048576;

const mib = (n: number) => Math.ceil(n / MiB);

/** A part read whole has a fixed cap that --max-unzipped does not raise. */
function tooLarge(part: string, size: number, limit: number) {
  return textError('xlsx-part-too-large', { part, size: mib(size), limit: mib(limit), fixed: limit === MAX_SMALL_PART_BYTES ? 1 : 0 });
}

/** Refuses a part before it is unzipped when its declared size or ratio is beyond the limits. */
export function checkDeclared(part: string, size: number, packed: number, limit: number): void {
  if (size > limit) throw tooLarge(part, size, limit);
  if (size > RATIO_FROM_BYTES && size / Math.max(packed, 1) > MAX_RATIO) {
    throw textError('xlsx-bomb', { part, ratio: Math.round(size / Math.max(packed, 1)) });
  }
}

/** Stops unzipping as soon as a part gives more than it declared (or than the limit). */
export function checkInflated(part: string, total: number, declared: number, limit: number): void {
  if (total > declared) throw textError('xlsx-part-lies', { part, declared });
  if (total > limit) throw tooLarge(part, total, limit);
}

export const sharedTextTooLarge = () => textError('xlsx-strings-too-large', { limit: mib(MAX_SHARED_TEXT), items: MAX_SHARED_ITEMS });
export const rowTooLong = () => textError('xlsx-row-too-long', { limit: mib(MAX_ROW_BYTES) });
export const cellOutOfGrid = (ref: string) => textError('xlsx-cell-ref', { ref: ref.length > 20 ? `${ref.slice(0, 20)}…` : ref });
