import type { Command } from 'commander';
import { addInputOptions } from './input-options.js';
import { addOptions } from './options.js';
import type { Out } from './output.js';
import { describe } from './help.js';
import { SINCE_DAYS } from '../options/table.js';
import type { ImpactOpts } from './impact-run.js';

// Kept in step with src/followup/impact.ts and impact-run.ts, which load only when the command runs.
const AFTER_PERIODS = 4;
const CSV_FIELDS = 'agentId,name,team,date,rule,basis,verdict,partial,metric,before,after,periodsBefore,periodsAfter,low,high,usual,target,metricVerdict';

export function register(program: Command, out: Out): void {
  const cmd = describe(program.command('impact'), 'impact', { periods: AFTER_PERIODS, days: SINCE_DAYS.impact, csv: CSV_FIELDS })
    .argument('[roster]');
  addOptions(cmd, ['kpi', 'impactSince', 'today', 'history', 'format', 'lang']);
  addInputOptions(cmd);
  cmd.action(async (roster: string | undefined, o: ImpactOpts) => (await import('./impact-run.js')).impactAction(out, roster, o));
}
