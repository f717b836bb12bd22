import type { Command } from 'commander';

export interface InputOptions {
  kpi: string[];
  sheet?: string;
  kpiSheet?: string;
  encoding?: string;
  config?: string;
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Options every command that reads a roster and KPI files shares. */
export function addInputOptions(cmd: Command): Command {
  return cmd
    .option('--sheet <name>', "the roster workbook's sheet to read (default: the first sheet with roster columns)")
    .option('--kpi-sheet <name>', "the KPI workbooks' sheet to read (default: every sheet with KPI columns)")
    .option('--encoding <name>', 'CSV encoding: utf8, utf16le, gbk, gb18030 (default: detected)')
    .option('--config <file>', 'settings file (default: talks.config.json in this folder, if present)');
}
