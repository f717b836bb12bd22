import type { Warning } from '../../model/types.js';
import type { CellValue } from '../../columns/cell.js';
import type { FieldId } from '../../columns/fields.js';
import { columnLabel, type ColumnMap } from '../../columns/header.js';
import { isBlank, parseText } from '../../columns/values.js';
import { encodingName } from '../read/encoding.js';
import type { RawSheet } from '../read/raw.js';
import { describeSample, sampleDateOrder, sampleProblem } from './sample.js';
import type { TableInfo, TableKind } from './types.js';

/** Warnings kept per table; the rest are counted in one summary warning. */
const MAX_WARNINGS_PER_TABLE = 100;

/** What is learnt about one table while its rows are read: row count, samples, warnings. */
export class TableReader {
  readonly warnings: Warning[] = [];
  private dropped = 0;
  readonly info: TableInfo;
  private readonly samples = new Map<FieldId, CellValue>();
  /** Columns still without a sample: once empty, sampling costs nothing per row. */
  private pending: [FieldId, number][];

  constructor(
    private readonly sheet: RawSheet,
    readonly map: ColumnMap,
    kind: TableKind,
  ) {
    const mapped = new Set(Object.values(map.columns).map((c) => c!.index));
    this.pending = (Object.entries(map.columns) as [FieldId, { index: number }][]).map(([field, col]) => [field, col.index]);
    this.info = {
      file: sheet.file,
      sheet: sheet.sheet,
      kind,
      headerRow: map.headerRow,
      columns: [],
      ignoredHeaders: map.headers.filter((h, i) => h.trim() !== '' && !mapped.has(i)),
      rows: 0,
      skipped: {},
    };
  }

  /** A data row not used, and why (a warning's code, or what kind of row it is). */
  skipped(reason: string): void {
    this.info.skipped[reason] = (this.info.skipped[reason] ?? 0) + 1;
  }

  warn(list: Warning[]): void {
    for (const w of list) {
      if (this.warnings.length < MAX_WARNINGS_PER_TABLE) this.warnings.push(w);
      else this.dropped++;
    }
  }

  /** Whether a column still waits for its sample (`sample` costs nothing once none does). */
  get sampling(): boolean {
    return this.pending.length > 0;
  }

  sample(cells: readonly CellValue[]): void {
    let found = false;
    for (const [field, index] of this.pending) {
      const v = cells[index];
      if (v !== undefined && !isBlank(v)) {
        this.samples.set(field, v);
        found = true;
      }
    }
    if (found) this.pending = this.pending.filter(([field]) => !this.samples.has(field));
  }

  /** Problems known only once every row is read. */
  onFinish?: () => Warning[];

  finish(): TableInfo {
    if (this.onFinish) this.warnings.push(...this.onFinish());
    this.undecodable();
    this.info.columns = (Object.entries(this.map.columns) as [FieldId, { index: number; header: string }][]).map(([field, col]) => {
      const v = this.samples.get(field);
      return {
        field,
        header: col.header,
        column: columnLabel(this.map, col.index),
        sample: v === undefined ? undefined : parseText(v),
        parsed: v === undefined ? undefined : describeSample(field, v),
        dateOrder: v === undefined ? undefined : sampleDateOrder(field, v),
        unreadable: v === undefined ? undefined : sampleProblem(field, v),
      };
    });
    if (this.dropped > 0) {
      this.warnings.push({
        code: 'more-warnings',
        args: { count: this.dropped },
        message: `${this.dropped} more problems like the ones above were found in this table and not listed one by one.`,
        file: this.sheet.file,
        sheet: this.sheet.sheet,
      });
    }
    return this.info;
  }

  /** One warning for the whole table: the first cell whose bytes were not text in the file's encoding. */
  private undecodable(): void {
    const bad = this.sheet.undecodable?.();
    if (!bad) return;
    const encoding = encodingName(bad.encoding);
    this.warnings.push({
      code: 'undecodable-bytes',
      message: `Some bytes here are not valid ${encoding} text and were read as "\uFFFD" (this is the first such cell; later rows may hold more). Save the file again from Excel as "CSV UTF-8", or give its encoding with --encoding`,
      args: { encoding },
      file: this.sheet.file,
      row: bad.row,
      column: columnLabel(this.map, bad.column),
    });
  }
}
