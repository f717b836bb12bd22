import { TalksError } from '../errors.js';
import { KpiStore } from '../model/kpi.js';
import type { Agent, Warning } from '../model/types.js';
import { METRICS, type MetricId } from '../model/types.js';
import type { CellValue } from '../columns/cell.js';
import { FIELD_LABELS, type ExtraAliases, type FieldId } from '../columns/fields.js';
import { readHeader, isHeaderFor, describeMissing, columnLabel, type ColumnMap } from '../columns/header.js';
import { makeAgentReader, makeKpiRowFolder, newKpiStats, type KpiStats, type RowLoc } from '../columns/rows.js';
import { isBlank, parseDay, parseFlag, parseMetric, parseNumber, parseStatus, parseText, parseYesNo, ratingToPercent, type Parsed } from '../columns/values.js';
import { readTables } from './tables.js';
import type { RawRow, RawSheet } from './raw.js';

/** How often (in KPI rows) a progress line is updated. */
const PROGRESS_EVERY = 100_000;

/** Title rows above the header are skipped; past this many rows we stop looking. */
const HEADER_SEARCH_ROWS = 30;
/** Warnings kept per table; the rest are counted in one summary warning. */
const MAX_WARNINGS_PER_TABLE = 100;

export type TableKind = 'roster' | 'kpi';

export interface ColumnInfo {
  field: FieldId;
  header: string;
  column: string;
  sample?: string;
  parsed?: string;
}

export interface TableInfo {
  file: string;
  sheet?: string;
  kind: TableKind;
  headerRow: number;
  columns: ColumnInfo[];
  ignoredHeaders: string[];
  rows: number;
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
  /** Extra header aliases from the config file. */
  aliases?: ExtraAliases;
  /** Told now and then how many KPI rows of a file have been read, for a progress line. */
  onProgress?: (file: string, rows: number) => void;
  /** A duplicate agent ID stops the run (default), or is a warning (for `talks check`). */
  duplicates?: 'error' | 'warn';
}

const DATE_FIELDS: ReadonlySet<FieldId> = new Set(['hireDate', 'leavingDate', 'lastTalk', 'flagDate', 'period']);

function parseSample(field: FieldId, v: CellValue): Parsed<unknown> {
  if ((METRICS as readonly string[]).includes(field)) return parseMetric(field as MetricId, v);
  if (DATE_FIELDS.has(field)) return parseDay(v);
  if (field === 'status') return parseStatus(v);
  if (field === 'flag') return parseFlag(v);
  if (field === 'answered' || field === 'resolved') return parseYesNo(v);
  if (field === 'rating') {
    const n = parseNumber(v);
    const pct = n.ok ? ratingToPercent(n.value) : n;
    return pct.ok ? { ok: true, value: pct.value === undefined ? 'no rating' : `CSAT ${pct.value}%` } : pct;
  }
  return { ok: true, value: parseText(v) };
}

/** A sample value as the program reads it, for `talks check`. */
function describeSample(field: FieldId, v: CellValue): string {
  const p = parseSample(field, v);
  return p.ok ? String(p.value === true ? 'yes' : p.value === false ? 'no' : p.value) : `unreadable: ${p.reason}`;
}

/** Finds the header row among the first rows of a sheet. */
class HeaderFinder {
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

class TableReader {
  readonly warnings: Warning[] = [];
  private dropped = 0;
  readonly info: TableInfo;
  private readonly samples = new Map<FieldId, CellValue>();
  private readonly fields: number;

  constructor(
    private readonly sheet: RawSheet,
    readonly map: ColumnMap,
    kind: TableKind,
  ) {
    const mapped = new Set(Object.values(map.columns).map((c) => c!.index));
    this.fields = Object.keys(map.columns).length;
    this.info = {
      file: sheet.file,
      sheet: sheet.sheet,
      kind,
      headerRow: map.headerRow,
      columns: [],
      ignoredHeaders: map.headers.filter((h, i) => h.trim() !== '' && !mapped.has(i)),
      rows: 0,
    };
  }

  warn(list: Warning[]): void {
    for (const w of list) {
      if (this.warnings.length < MAX_WARNINGS_PER_TABLE) this.warnings.push(w);
      else this.dropped++;
    }
  }

  sample(cells: CellValue[]): void {
    if (this.samples.size === this.fields) return;
    for (const [field, col] of Object.entries(this.map.columns) as [FieldId, { index: number }][]) {
      const v = cells[col.index];
      if (!this.samples.has(field) && v !== undefined && !isBlank(v)) this.samples.set(field, v);
    }
  }

  /** Problems known only once every row is read. */
  onFinish?: () => Warning[];

  finish(): TableInfo {
    if (this.onFinish) this.warnings.push(...this.onFinish());
    this.info.columns = (Object.entries(this.map.columns) as [FieldId, { index: number; header: string }][]).map(([field, col]) => {
      const v = this.samples.get(field);
      return {
        field,
        header: col.header,
        column: columnLabel(this.map, col.index),
        sample: v === undefined ? undefined : parseText(v),
        parsed: v === undefined ? undefined : describeSample(field, v),
      };
    });
    if (this.dropped > 0) {
      this.warnings.push({
        code: 'more-warnings',
        message: `${this.dropped} more problems like the ones above were found in this table and not listed one by one.`,
        file: this.sheet.file,
        sheet: this.sheet.sheet,
      });
    }
    return this.info;
  }
}

/** What a sheet of the roster file may be: the roster (once, on the chosen sheet) or KPI data. */
function rosterSheetKinds(name: string | undefined, haveRoster: boolean, kpiFiles: boolean, opts: LoadOptions): TableKind[] {
  const kinds: TableKind[] = [];
  if (!haveRoster && (opts.sheet === undefined || name === undefined || name === opts.sheet)) kinds.push('roster');
  if (!kpiFiles && (opts.kpiSheet === undefined || name === opts.kpiSheet)) kinds.push('kpi');
  return kinds;
}

/** What takes a sheet's data rows: `take` gets a batch and the index of its first data row. */
interface Sink {
  reader: TableReader;
  take(batch: readonly RawRow[], from: number): void;
}

/**
 * Reads a sheet batch by batch: looks for the header among its first rows, then hands every
 * later row to the sink `open` makes for that header. Returns that sink, or undefined when no
 * header was found (the rest of the sheet is then left unread).
 */
async function readSheet<S extends Sink>(
  sheet: RawSheet,
  kinds: TableKind[],
  finder: HeaderFinder,
  open: (found: { map: ColumnMap; kind: TableKind }) => S,
): Promise<S | undefined> {
  let sink: S | undefined;
  let looked = 0;
  for await (const batch of sheet.rows.batches()) {
    let i = 0;
    while (!sink && i < batch.length) {
      if (looked++ >= HEADER_SEARCH_ROWS) return undefined;
      const found = finder.offer(batch[i++], kinds);
      if (found) sink = open(found);
    }
    if (sink && i < batch.length) sink.take(batch, i);
  }
  return sink;
}

function readRoster(sheet: RawSheet, found: { map: ColumnMap }) {
  const reader = new TableReader(sheet, found.map, 'roster');
  const toAgent = makeAgentReader(found.map);
  const agents: Agent[] = [];
  return {
    reader,
    agents,
    take(batch: readonly RawRow[], from: number) {
      for (let i = from; i < batch.length; i++) {
        const raw = batch[i];
        const loc = { file: sheet.file, sheet: sheet.sheet, row: raw.row };
        const { agent, warnings } = toAgent(raw.cells, loc);
        reader.warn(warnings);
        if (agent) {
          reader.info.rows++;
          reader.sample(raw.cells);
          agents.push(agent);
        }
      }
    },
  };
}

const nameKey = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Matches names in a KPI table without agent IDs to the roster. Names that match no agent,
 * or several, are skipped and reported once each when the table is done.
 */
class NameMatcher {
  private readonly ids = new Map<string, string | null>();
  readonly unknown = new Set<string>();
  readonly shared = new Set<string>();

  constructor(agents: readonly Agent[]) {
    for (const a of agents) {
      const key = nameKey(a.name);
      this.ids.set(key, this.ids.has(key) ? null : a.id);
    }
  }

  resolve = (name: string): string | undefined => {
    const id = this.ids.get(nameKey(name));
    if (id) return id;
    (id === null ? this.shared : this.unknown).add(name);
    return undefined;
  };

  warnings(sheet: RawSheet, column: string): Warning[] {
    const out: Warning[] = [];
    const list = (names: Set<string>) => [...names].slice(0, 10).map((n) => `"${n}"`).join(', ') + (names.size > 10 ? ', …' : '');
    if (this.unknown.size) {
      out.push({
        code: 'kpi-name-unknown',
        message: `This KPI table has no agent ID column, so agents were matched by name; ${this.unknown.size} names match no agent in the roster and their rows were skipped: ${list(this.unknown)}. Add an agent ID column, or write the names exactly as in the roster.`,
        file: sheet.file,
        sheet: sheet.sheet,
        column,
      });
    }
    if (this.shared.size) {
      out.push({
        code: 'kpi-name-shared',
        message: `Several roster agents share the name ${list(this.shared)}, so their KPI rows cannot be told apart and were skipped. Add an agent ID column to the KPI export.`,
        file: sheet.file,
        sheet: sheet.sheet,
        column,
      });
    }
    return out;
  }
}

const RATES: readonly MetricId[] = ['csat', 'fcr', 'adherence', 'conversion'];

/** A rate column whose values never pass 5 is most likely a 1–5 rating read as a percentage. */
function scaleWarnings(sheet: RawSheet, map: ColumnMap, stats: KpiStats): Warning[] {
  return RATES.filter((m) => map.columns[m] && stats.small[METRICS.indexOf(m)] > 0 && stats.large[METRICS.indexOf(m)] === 0).map((m) => ({
    code: 'kpi-scale',
    message:
      `The ${FIELD_LABELS[m]} values in this column are all between 1 and 5, which looks like a 1–5 rating rather than a percentage; ` +
      `the ranking would read 1 as 100%. If it is a rating, name the column "Rating" (or map it with {"aliases": {"rating": ["${map.columns[m]!.header}"]}} in talks.config.json).`,
    file: sheet.file,
    sheet: sheet.sheet,
    column: columnLabel(map, map.columns[m]!.index),
  }));
}

function readKpi(sheet: RawSheet, found: { map: ColumnMap }, store: KpiStore, agents?: readonly Agent[], onProgress?: LoadOptions['onProgress']): Sink {
  const reader = new TableReader(sheet, found.map, 'kpi');
  const byName = found.map.columns.agentId || !found.map.columns.name ? undefined : new NameMatcher(agents ?? []);
  const stats = newKpiStats();
  reader.onFinish = () => [
    ...(byName ? byName.warnings(sheet, columnLabel(found.map, found.map.columns.name!.index)) : []),
    ...scaleWarnings(sheet, found.map, stats),
  ];
  const fold = makeKpiRowFolder(found.map, store, byName?.resolve, stats);
  if (store.rowCount === 0) store.kind = found.map.periodKind;
  // Reused from row to row: the readers copy what they keep of it.
  const loc: RowLoc = { file: sheet.file, sheet: sheet.sheet, row: 0 };
  const warnings: Warning[] = [];
  return {
    reader,
    take(batch, from) {
      const before = reader.info.rows;
      for (let i = from; i < batch.length; i++) {
        const raw = batch[i];
        loc.row = raw.row;
        if (fold(raw.cells, loc, warnings)) {
          reader.info.rows++;
          reader.sample(raw.cells);
        }
        if (warnings.length > 0) {
          reader.warn(warnings);
          warnings.length = 0;
        }
      }
      if (onProgress && Math.floor(reader.info.rows / PROGRESS_EVERY) > Math.floor(before / PROGRESS_EVERY)) onProgress(sheet.file, reader.info.rows);
    },
  };
}

/**
 * Each agent must have one roster row. A duplicate stops planning; `talks check` lists every
 * duplicate as a warning instead (keeping the first row) so all problems show at once.
 */
function checkDuplicateIds(agents: Agent[], mode: 'error' | 'warn', warnings: Warning[]): Agent[] {
  const seen = new Map<string, Agent>();
  for (const a of agents) {
    const first = seen.get(a.id);
    if (!first) {
      seen.set(a.id, a);
      continue;
    }
    const message = `Agent ID "${a.id}" appears twice, in rows ${first.source.row} and ${a.source.row}.`;
    const hint = 'Each agent must have one row in the roster: remove or correct the duplicate row.';
    if (mode === 'error') throw new TalksError('duplicate-agent', message, { file: a.source.file, sheet: a.source.sheet, row: a.source.row, hint });
    warnings.push({ code: 'duplicate-agent', message: `${message} ${hint}`, file: a.source.file, sheet: a.source.sheet, row: a.source.row });
  }
  return [...seen.values()];
}

/** Notes for optional roster columns that are missing: each disables only what needs it. */
export function missingColumnNotes(inputs: Inputs): Warning[] {
  const notes: Warning[] = [];
  const roster = inputs.tables.find((t) => t.kind === 'roster');
  if (!roster) return notes;
  const has = new Set(roster.columns.map((c) => c.field));
  const note = (code: string, message: string) => notes.push({ code: `note-${code}`, message, file: roster.file, sheet: roster.sheet });
  if (!has.has('leavingDate')) note('no-leaving-date', 'The roster has no leaving-date column: exit talks come from the status column only.');
  if (!has.has('lead')) note('no-team-lead', 'The roster has no team-lead column: the Team leads sheet stays empty.');
  if (!has.has('status')) note('no-status', 'The roster has no status column: every agent counts as active.');
  if (!has.has('lastTalk')) note('no-last-talk', 'The roster has no last-talk column: routine talks count from the hire date (and from the archive).');
  if (!has.has('flag')) note('no-lead-flag', 'The roster has no lead-flag column: no lead-flag talks can be planned.');
  if (inputs.kpi.rowCount === 0) {
    note('no-kpi', 'No KPI data was given (use --kpi FILE or a KPI sheet in the roster workbook): no ranking, swings or top-performer talks.');
  }
  return notes;
}

/**
 * Reads the roster and the KPI files in one streaming pass each. KPI rows are folded into
 * the store as they arrive. Without KPI files, KPI sheets of the roster workbook are used.
 */
export async function loadInputs(rosterFile: string, kpiFiles: string[], opts: LoadOptions = {}): Promise<Inputs> {
  const kpi = new KpiStore();
  const warnings: Warning[] = [];
  const tables: TableInfo[] = [];
  let agents: Agent[] | undefined;
  let bestRoster: ColumnMap | undefined;

  // --sheet picks the roster's sheet; the workbook's other sheets may still hold the KPI data.
  const sheetNames: string[] = [];
  for await (const sheet of readTables(rosterFile, { encoding: opts.encoding })) {
    if (sheet.sheet !== undefined) sheetNames.push(sheet.sheet);
    const kinds = rosterSheetKinds(sheet.sheet, !!agents, kpiFiles.length > 0, opts);
    const finder = new HeaderFinder(opts.aliases);
    let rosterSink: ReturnType<typeof readRoster> | undefined;
    const sink = await readSheet<Sink>(sheet, kinds, finder, (found) => {
      if (found.kind !== 'roster') return readKpi(sheet, found, kpi, agents, opts.onProgress);
      rosterSink = readRoster(sheet, found);
      return rosterSink;
    });
    if (sink) {
      tables.push(sink.reader.finish());
      warnings.push(...sink.reader.warnings);
      if (rosterSink) agents = rosterSink.agents;
    }
    if (!agents && !rosterSink && kinds.includes('roster') && finder.best && (!bestRoster || Object.keys(finder.best.columns).length > Object.keys(bestRoster.columns).length)) {
      bestRoster = finder.best;
    }
  }
  if (opts.sheet !== undefined && sheetNames.length > 0 && !sheetNames.includes(opts.sheet)) {
    throw new TalksError('sheet-missing', `There is no sheet named "${opts.sheet}".`, {
      file: rosterFile,
      hint: `The workbook's sheets are: ${sheetNames.map((n) => `"${n}"`).join(', ')}. Check --sheet or leave it out.`,
    });
  }
  if (!agents) {
    throw new TalksError('roster-columns', describeMissing('roster', bestRoster), {
      file: rosterFile,
      sheet: opts.sheet,
      hint:
        'The roster needs a header row with at least an agent ID and a hire date column. If yours are named differently, ' +
        'map them in talks.config.json, e.g. {"aliases": {"agentId": ["Staff No"], "hireDate": ["Joined on"]}}.',
    });
  }
  agents = checkDuplicateIds(agents, opts.duplicates ?? 'error', warnings);
  if (agents.length === 0) {
    const roster = tables.find((t) => t.kind === 'roster');
    throw new TalksError('roster-empty', `The roster has a header row (row ${roster?.headerRow}) but no agent rows under it.`, {
      file: rosterFile,
      sheet: roster?.sheet,
      hint: 'Export the roster again with its rows, or point to the sheet that holds them with --sheet NAME.',
    });
  }

  for (const file of kpiFiles) {
    let any = false;
    let best: ColumnMap | undefined;
    const names: string[] = [];
    for await (const sheet of readTables(file, { encoding: opts.encoding })) {
      if (sheet.sheet !== undefined) names.push(sheet.sheet);
      const finder = new HeaderFinder(opts.aliases);
      const wanted = opts.kpiSheet === undefined || sheet.sheet === undefined || sheet.sheet === opts.kpiSheet;
      const sink = await readSheet(sheet, wanted ? ['kpi'] : [], finder, (found) => readKpi(sheet, found, kpi, agents, opts.onProgress));
      if (sink) {
        any = true;
        tables.push(sink.reader.finish());
        warnings.push(...sink.reader.warnings);
      } else if (finder.best && (!best || Object.keys(finder.best.columns).length > Object.keys(best.columns).length)) {
        best = finder.best;
      }
    }
    if (opts.kpiSheet !== undefined && names.length > 0 && !names.includes(opts.kpiSheet)) {
      throw new TalksError('sheet-missing', `There is no sheet named "${opts.kpiSheet}".`, {
        file,
        hint: `The workbook's sheets are: ${names.map((n) => `"${n}"`).join(', ')}. Check --kpi-sheet or leave it out.`,
      });
    }
    if (!any) {
      throw new TalksError('kpi-columns', describeMissing('kpi', best), {
        file,
        hint:
          'A KPI file needs a header row with an agent ID (or the agent name), a period (week or date) and at least one metric. ' +
          'If yours are named differently, map them in talks.config.json, e.g. {"aliases": {"csat": ["Customer score"]}}.',
      });
    }
  }
  return { agents, kpi, warnings, tables };
}
