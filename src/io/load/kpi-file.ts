import { TalksError } from '../../errors.js';
import type { KpiStore } from '../../model/kpi.js';
import type { Agent, Warning } from '../../model/types.js';
import { describeMissing, missingArgs, type ColumnMap } from '../../columns/header.js';
import { readTables } from '../read/tables.js';
import { checkSheetNamed } from './checks.js';
import { readKpi } from './kpi-table.js';
import { fuller, HeaderFinder, readSheet } from './read-sheet.js';
import type { LoadOptions, TableInfo } from './types.js';

/**
 * Reads one KPI file, every sheet of it (or the one --kpi-sheet names), folding its rows into
 * `kpi`. Stops the run when no sheet has a KPI header.
 */
export async function loadKpiFile(
  file: string,
  kpi: KpiStore,
  agents: readonly Agent[] | 'none',
  opts: LoadOptions,
): Promise<{ tables: TableInfo[]; warnings: Warning[] }> {
  const warnings: Warning[] = [];
  const tables: TableInfo[] = [];
  let best: ColumnMap | undefined;
  const names: string[] = [];
  for await (const sheet of readTables(file, { encoding: opts.encoding, maxUnzipped: opts.maxUnzipped })) {
    if (sheet.sheet !== undefined) names.push(sheet.sheet);
    const finder = new HeaderFinder(opts.aliases);
    const wanted = opts.kpiSheet === undefined || sheet.sheet === undefined || sheet.sheet === opts.kpiSheet;
    const sink = await readSheet(sheet, wanted ? ['kpi'] : [], finder, (found) => readKpi(sheet, found, kpi, agents, opts));
    if (sink) {
      tables.push(sink.reader.finish());
      warnings.push(...sink.reader.warnings);
    } else {
      best = fuller(best, finder.best);
    }
  }
  checkSheetNamed(file, opts.kpiSheet, names, '--kpi-sheet');
  if (tables.length === 0) {
    throw new TalksError('kpi-columns', describeMissing('kpi', best), {
      file,
      args: missingArgs('kpi', best),
      hint:
        'A KPI file needs a header row with an agent ID (or the agent name), a period (week or date) and at least one metric. ' +
        'If yours are named differently, map them in talks.config.json, e.g. {"aliases": {"csat": ["Customer score"]}}.',
    });
  }
  return { tables, warnings };
}
