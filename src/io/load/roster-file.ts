import { TalksError, textError } from '../../errors.js';
import type { KpiStore } from '../../model/kpi.js';
import type { Agent, Warning } from '../../model/types.js';
import { describeMissing, isHeaderFor, missingArgs, type ColumnMap } from '../../columns/header.js';
import { readTables } from '../read/tables.js';
import { checkDuplicateIds, checkSheetNamed } from './checks.js';
import { readKpi } from './kpi-table.js';
import { fuller, HeaderFinder, readSheet, type Sink } from './read-sheet.js';
import { readRoster } from './roster-table.js';
import type { LoadOptions, TableInfo, TableKind } from './types.js';

/** What a sheet of the roster file may be: the roster (once, on the chosen sheet) or KPI data. */
function rosterSheetKinds(name: string | undefined, haveRoster: boolean, kpiFiles: boolean, opts: LoadOptions): TableKind[] {
  const kinds: TableKind[] = [];
  if (!haveRoster && (opts.sheet === undefined || name === undefined || name === opts.sheet)) kinds.push('roster');
  if (!kpiFiles && (opts.kpiSheet === undefined || name === opts.kpiSheet)) kinds.push('kpi');
  return kinds;
}

/**
 * Reads the roster file: the roster, and the KPI sheets of its workbook when no KPI files are
 * given (folded into `kpi`). Stops the run when there is no roster or no agent in it.
 */
export async function loadRosterFile(
  file: string,
  kpiFiles: boolean,
  kpi: KpiStore,
  opts: LoadOptions,
): Promise<{ agents: Agent[]; tables: TableInfo[]; warnings: Warning[] }> {
  const warnings: Warning[] = [];
  const tables: TableInfo[] = [];
  let agents: Agent[] | undefined;
  let bestRoster: ColumnMap | undefined;

  // --sheet picks the roster's sheet; the workbook's other sheets may still hold the KPI data.
  const sheetNames: string[] = [];
  for await (const sheet of readTables(file, { encoding: opts.encoding, maxUnzipped: opts.maxUnzipped })) {
    if (sheet.sheet !== undefined) sheetNames.push(sheet.sheet);
    const kinds = rosterSheetKinds(sheet.sheet, !!agents, kpiFiles, opts);
    const finder = new HeaderFinder(opts.aliases);
    let rosterSink: ReturnType<typeof readRoster> | undefined;
    const sink = await readSheet<Sink>(sheet, kinds, finder, (found) => {
      if (found.kind !== 'roster') return readKpi(sheet, found, kpi, agents, opts);
      rosterSink = readRoster(sheet, found);
      return rosterSink;
    });
    if (sink) {
      tables.push(sink.reader.finish());
      warnings.push(...sink.reader.warnings);
      if (rosterSink) agents = rosterSink.agents;
    }
    if (!agents && !rosterSink && kinds.includes('roster')) bestRoster = fuller(bestRoster, finder.best);
  }
  checkSheetNamed(file, opts.sheet, sheetNames, '--sheet');
  if (!agents) {
    const kpiLike = tables.some((t) => t.kind === 'kpi') || (bestRoster !== undefined && isHeaderFor(bestRoster, 'kpi'));
    throw new TalksError('roster-columns', describeMissing('roster', bestRoster), {
      file,
      sheet: opts.sheet,
      args: { ...missingArgs('roster', bestRoster), kpiLike: kpiLike ? 1 : 0, file },
      hint: kpiLike
        ? `This file looks like KPI data (an agent, a date and metrics), not an HR roster. Pass it with --kpi: "talks check --kpi ${file}" or "talks rank --kpi ${file}" work without a roster; "talks plan" needs the roster as well.`
        : 'The roster needs a header row with at least an agent ID and a hire date column. If yours are named differently, ' +
          'map them in talks.config.json, e.g. {"aliases": {"agentId": ["Staff No"], "hireDate": ["Joined on"]}}.',
    });
  }
  agents = checkDuplicateIds(agents, opts.duplicates ?? 'error', warnings);
  if (agents.length === 0) throw emptyRoster(file, tables, warnings);
  return { agents, tables, warnings };
}

/** No agent was read: either there are no rows, or every row had a problem (the first ones shown). */
function emptyRoster(file: string, tables: TableInfo[], warnings: Warning[]): TalksError {
  const roster = tables.find((t) => t.kind === 'roster');
  const skipped = Object.values(roster?.skipped ?? {}).reduce((a, b) => a + b, 0);
  const where = { file, sheet: roster?.sheet };
  if (skipped === 0) {
    return new TalksError('roster-empty', `The roster has a header row (row ${roster?.headerRow}) but no agent rows under it.`, {
      ...where,
      args: { row: roster?.headerRow ?? '' },
      hint: 'Export the roster again with its rows, or point to the sheet that holds them with --sheet NAME.',
    });
  }
  const first = warnings.filter((w) => w.file === file && w.row !== undefined).slice(0, 3);
  return textError('roster-all-skipped', { skipped, file }, { ...where, items: first });
}
