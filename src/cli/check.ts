import type { Command } from 'commander';
import { FIELD_LABELS } from '../columns/fields.js';
import { loadInputs, missingColumnNotes, type TableInfo } from '../io/load.js';
import { count } from '../text/count.js';
import { readConfig } from '../io/config-read.js';
import { progressLine } from './progress.js';
import { addInputOptions, kpiFiles, kpiOption, type InputOptions } from './input-options.js';
import type { Out } from './output.js';
import { renderNote, renderWarning } from './render-error.js';
import type { KpiStore } from '../model/kpi.js';
import { textWidth } from '../text/width.js';

/** Pads to a display width: CJK characters take two columns in a terminal. */
function padTo(s: string, width: number): string {
  return s + ' '.repeat(Math.max(1, width - textWidth(s)));
}

/** A column line is 48 wide before its sample; the sample is cut to keep it within 80. */
const SAMPLE_WIDTH = 32;

function cut(s: string, width: number): string {
  if (textWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (textWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

function tableText(t: TableInfo): string {
  const lines = [`${t.file}${t.sheet ? ` › sheet "${t.sheet}"` : ''}: ${t.kind === 'roster' ? 'roster' : 'KPI data'}, header in row ${t.headerRow}, ${count(t.rows, 'data row')}`];
  for (const c of t.columns) {
    const sample = c.sample === undefined ? '(no values)' : cut(`"${c.sample}" → ${c.parsed}`, SAMPLE_WIDTH);
    lines.push(`  ${padTo(FIELD_LABELS[c.field], 13)} ← ${padTo(c.column, 24)} e.g. ${sample}`);
  }
  if (t.ignoredHeaders.length) lines.push(`  not used: ${t.ignoredHeaders.map((h) => `"${h}"`).join(', ')}`);
  return lines.join('\n');
}

function periodsText(kpi: KpiStore): string {
  const periods = kpi.periods();
  if (periods.length === 0) return 'KPI periods: none found';
  return `KPI periods: ${count(periods.length, kpi.kind === 'month' ? 'month' : 'week')}, ${periods[0]} … ${periods.at(-1)}; ${count(kpi.agentIds().length, 'agent')}; metrics: ${kpi.metrics().join(', ')}`;
}

async function checkAction(out: Out, roster: string, o: InputOptions): Promise<void> {
  const progress = progressLine(out);
  const inputs = await loadInputs(roster, kpiFiles(o), { ...o, aliases: readConfig(o.config)?.aliases, onProgress: progress.onProgress, duplicates: 'warn' }).finally(
    progress.done,
  );
  const problems = [...inputs.warnings, ...missingColumnNotes(inputs)];
  const parts = inputs.tables.map(tableText);
  parts.push(`Roster: ${count(inputs.agents.length, 'agent')}`);
  parts.push(periodsText(inputs.kpi));
  const known = new Set(inputs.agents.map((a) => a.id));
  const unknown = inputs.kpi.agentIds().filter((id) => !known.has(id));
  if (unknown.length) {
    const ids = `${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ', …' : ''}`;
    parts.push(`KPI rows for ${count(unknown.length, 'agent ID')} with no agent read from the roster (ignored): ${ids}. Either they are not in the roster, or their roster row was skipped (see below).`);
  }
  parts.push(problems.length ? `${count(problems.length, 'thing')} to check:` : 'No problems found.');
  out.data(parts.join('\n\n'));
  for (const w of problems) out.data(w.code.startsWith('note-') ? renderNote(w) : renderWarning(w));
}

export function register(program: Command, out: Out): void {
  const cmd = program
    .command('check')
    .description('Check the input files: the columns recognised, sample values as read, periods found and every problem.')
    .argument('<roster>', 'the HR roster (.xlsx or .csv)')
    .addOption(kpiOption());
  addInputOptions(cmd);
  cmd.action((roster: string, o: InputOptions) => checkAction(out, roster, o));
}
