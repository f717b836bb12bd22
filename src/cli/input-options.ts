import { Option, type Command } from 'commander';
import { usageError } from '../errors.js';

export interface InputOptions {
  kpi?: string[];
  sheet?: string;
  kpiSheet?: string;
  encoding?: string;
  config?: string;
  maxUnzipped?: number;
  period?: 'day' | 'week' | 'month';
}

/** `--max-unzipped MIB`: how far one part of an xlsx file may unzip, in bytes. */
function mebibytes(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1024 * 1024) {
    throw usageError('mib-bad', { flag: '--max-unzipped', value, max: 1024 * 1024 });
  }
  return n * 1024 * 1024;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** `--kpi FILE`, repeatable; absent means none (the roster workbook's KPI sheets, if any). */
export function kpiOption(): Option {
  return new Option('--kpi <file>', 'a KPI export (.xlsx or .csv); repeat for several files').argParser(collect);
}

/** Commander leaves a repeatable option undefined when it is not given. */
export function kpiFiles(o: { kpi?: string[] }): string[] {
  return o.kpi ?? [];
}

/** Options every command that reads a roster and KPI files shares. */
export function addInputOptions(cmd: Command): Command {
  return cmd
    .option('--sheet <name>', "the roster workbook's sheet to read (default: the first sheet with roster columns)")
    .option('--kpi-sheet <name>', "the KPI workbooks' sheet to read (default: every sheet with KPI columns)")
    .option('--encoding <name>', 'CSV encoding: utf8, utf16le, gbk, gb18030 (default: detected)')
    .option('--max-unzipped <MiB>', 'the most one part of an xlsx file may unzip to (default 2048)', mebibytes)
    .option('--config <file>', 'settings file (default: talks.config.json in this folder, if present)')
    .addOption(
      new Option('--period <period>', 'group KPI rows by day, week or month (default: week, or month when the period column is a month)').choices(['day', 'week', 'month']),
    );
}

/** The roster (optional for check and rank: the KPI data alone then) and the KPI files. */
export function inputsFrom(roster: string | undefined, o: { kpi?: string[] }, command: 'check' | 'rank' | 'impact'): { rosterFile?: string; kpi: string[] } {
  const kpi = kpiFiles(o);
  if (roster === undefined && kpi.length === 0) {
    throw usageError('inputs-none', { command });
  }
  return { rosterFile: roster, kpi };
}
