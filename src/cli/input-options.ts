import type { Command } from 'commander';
import { usageError } from '../errors.js';
import { addOptions } from './options.js';

export interface InputOptions {
  kpi?: string[];
  sheet?: string;
  kpiSheet?: string;
  encoding?: string;
  config?: string;
  maxUnzipped?: number;
  period?: 'day' | 'week' | 'month';
}

/** Commander leaves a repeatable option undefined when it is not given. */
export function kpiFiles(o: { kpi?: string[] }): string[] {
  return o.kpi ?? [];
}

/** Options every command that reads a roster and KPI files shares. */
export function addInputOptions(cmd: Command): Command {
  return addOptions(cmd, ['sheet', 'kpiSheet', 'encoding', 'maxUnzipped', 'config', 'period']);
}

/** The roster (optional for check and rank: the KPI data alone then) and the KPI files. */
export function inputsFrom(roster: string | undefined, o: { kpi?: string[] }, command: 'check' | 'rank' | 'impact'): { rosterFile?: string; kpi: string[] } {
  const kpi = kpiFiles(o);
  if (roster === undefined && kpi.length === 0) {
    throw usageError('inputs-none', { command });
  }
  return { rosterFile: roster, kpi };
}
