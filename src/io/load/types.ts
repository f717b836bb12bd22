import type { Reason } from '../../text/cell-reasons.js';
import type { KpiStore } from '../../model/kpi.js';
import type { Agent, PeriodKind, Warning } from '../../model/types.js';
import type { ExtraAliases, FieldId } from '../../columns/fields.js';
import type { RowLedger } from './ledger.js';

export type TableKind = 'roster' | 'kpi' | 'shifts';

interface ColumnInfo {
  field: FieldId;
  header: string;
  column: string;
  sample?: string;
  parsed?: string;
  /** Why the sample could not be read, for saying it in the user's language. */
  unreadable?: Reason;
  /** Date columns: the order the sample's parts were read in (e.g. month-day-year). */
  dateOrder?: string;
}

export interface TableInfo {
  file: string;
  sheet?: string;
  kind: TableKind;
  headerRow: number;
  columns: ColumnInfo[];
  ignoredHeaders: string[];
  /** Data rows used. */
  rows: number;
  /** Data rows not used, by reason (blank rows are not counted). */
  skipped: Record<string, number>;
  /** KPI tables: one row per call rather than an agent's totals per period. */
  callLog?: boolean;
}

export interface Inputs {
  agents: Agent[];
  kpi: KpiStore;
  warnings: Warning[];
  tables: TableInfo[];
}

export interface LoadOptions {
  /** The roster's worksheet. */
  sheet?: string;
  /** The KPI files' worksheet. */
  kpiSheet?: string;
  encoding?: string;
  /** The most bytes one part of an xlsx package may unzip to (--max-unzipped). */
  maxUnzipped?: number;
  /** Extra header aliases from the config file. */
  aliases?: ExtraAliases;
  /** Told now and then how many KPI rows of a file have been read, for a progress line. */
  onProgress?: (file: string, rows: number) => void;
  /** A duplicate agent ID stops the run (default), or is a warning (for `talks check`). */
  duplicates?: 'error' | 'warn';
  /** How KPI rows are grouped into periods, overriding the header's (`--period`). */
  period?: PeriodKind;
  /** Set by loadInputs: the KPI rows already read, so repeats count once. */
  ledger?: RowLedger;
}
