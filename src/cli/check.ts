import type { Command } from 'commander';
import { FIELD_LABELS } from '../columns/fields.js';
import { loadInputs, type TableInfo } from '../io/load.js';
import { readConfig } from '../io/config-read.js';
import { progressLine } from './progress.js';
import { addInputOptions, collect, type InputOptions } from './input-options.js';
import type { Out } from './output.js';
import { renderWarning } from './render-error.js';
import type { KpiStore } from '../model/kpi.js';
import { textWidth } from '../io/workbook/table-sheet.js';

/** Pads to a display width: CJK characters take two columns in a terminal. */
function padTo(s: string, width: number): string {
  return s + ' '.repeat(Math.max(1, width - textWidth(s)));
}

function tableText(t: TableInfo): string {
  const lines = [`${t.file}${t.sheet ? ` › sheet "${t.sheet}"` : ''}: ${t.kind === 'roster' ? 'roster' : 'KPI data'}, header in row ${t.headerRow}, ${t.rows} data rows`];
  for (const c of t.columns) {
    const sample = c.sample === undefined ? '(no values)' : `"${c.sample}" → ${c.parsed}`;
    lines.push(`  ${padTo(FIELD_LABELS[c.field], 13)} ← ${padTo(c.column, 24)} e.g. ${sample}`);
  }
  if (t.ignoredHeaders.length) lines.push(`  not used: ${t.ignoredHeaders.map((h) => `"${h}"`).join(', ')}`);
  return lines.join('\n');
}

function periodsText(kpi: KpiStore): string {
  const periods = kpi.periods();
  if (periods.length === 0) return 'KPI periods: none found';
  return `KPI periods: ${periods.length} ${kpi.kind === 'month' ? 'months' : 'weeks'}, ${periods[0]} … ${periods.at(-1)}; ${kpi.agentIds().length} agents; metrics: ${kpi.metrics().join(', ')}`;
}

async function checkAction(out: Out, roster: string, o: InputOptions): Promise<void> {
  const progress = progressLine(out);
  const inputs = await loadInputs(roster, o.kpi, { ...o, aliases: readConfig(o.config)?.aliases, onProgress: progress.onProgress }).finally(progress.done);
  const parts = inputs.tables.map(tableText);
  parts.push(`Roster: ${inputs.agents.length} agents`);
  parts.push(periodsText(inputs.kpi));
  const unknown = inputs.kpi.agentIds().filter((id) => !inputs.agents.some((a) => a.id === id));
  if (unknown.length) parts.push(`KPI rows for ${unknown.length} agent IDs not in the roster (ignored): ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ', …' : ''}`);
  parts.push(inputs.warnings.length ? `${inputs.warnings.length} warnings:` : 'No problems found.');
  out.data(parts.join('\n\n'));
  for (const w of inputs.warnings) out.data(renderWarning(w));
}

export function register(program: Command, out: Out): void {
  const cmd = program
    .command('check')
    .description('Check the input files: the columns recognised, sample values as read, periods found and every problem.')
    .argument('<roster>', 'the HR roster (.xlsx or .csv)')
    .option('--kpi <file>', 'a KPI export (.xlsx or .csv); repeat for several files', collect, []);
  addInputOptions(cmd);
  cmd.action((roster: string, o: InputOptions) => checkAction(out, roster, o));
}
