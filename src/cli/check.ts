import type { Command } from 'commander';
import { FIELD_LABELS } from '../columns/fields.js';
import { loadInputs, missingColumnNotes, type TableInfo } from '../io/load.js';
import { CHECK_WORDS, FIELD_LABELS_ZH } from '../text/check.js';
import type { Lang } from '../text/labels.js';
import { resolveLang } from './context.js';
import { langOption } from './options.js';
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

function tableText(t: TableInfo, lang: Lang): string {
  const w = CHECK_WORDS[lang];
  const labels = lang === 'en' ? FIELD_LABELS : FIELD_LABELS_ZH;
  const lines = [w.table({ file: t.file, sheet: t.sheet, roster: t.kind === 'roster', headerRow: t.headerRow, rows: t.rows })];
  for (const c of t.columns) {
    const sample = c.sample === undefined ? w.noValues : cut(`"${c.sample}" → ${c.parsed}`, SAMPLE_WIDTH);
    lines.push(`  ${padTo(labels[c.field], 13)} ← ${padTo(c.column, 24)} ${w.example} ${sample}`);
  }
  if (t.ignoredHeaders.length) lines.push(`  ${w.notUsed(t.ignoredHeaders.map((h) => `"${h}"`).join(', '))}`);
  return lines.join('\n');
}

function periodsText(kpi: KpiStore, lang: Lang): string {
  const periods = kpi.periods();
  if (periods.length === 0) return CHECK_WORDS[lang].noPeriods;
  return CHECK_WORDS[lang].periods({
    n: periods.length,
    month: kpi.kind === 'month',
    first: periods[0],
    last: periods.at(-1)!,
    agents: kpi.agentIds().length,
    metrics: kpi.metrics().join(', '),
  });
}

async function checkAction(out: Out, roster: string, o: InputOptions & { lang?: string }): Promise<void> {
  const config = readConfig(o.config);
  const lang = resolveLang(o.lang ?? config?.language);
  const w = CHECK_WORDS[lang];
  const progress = progressLine(out);
  const inputs = await loadInputs(roster, kpiFiles(o), { ...o, aliases: config?.aliases, onProgress: progress.onProgress, duplicates: 'warn' }).finally(
    progress.done,
  );
  const problems = [...inputs.warnings, ...missingColumnNotes(inputs)];
  const parts = inputs.tables.map((t) => tableText(t, lang));
  parts.push(w.roster(inputs.agents.length));
  parts.push(periodsText(inputs.kpi, lang));
  const known = new Set(inputs.agents.map((a) => a.id));
  const unknown = inputs.kpi.agentIds().filter((id) => !known.has(id));
  if (unknown.length) parts.push(w.unknownIds(unknown.length, `${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ', …' : ''}`));
  parts.push(problems.length ? w.problems(problems.length) : w.noProblems);
  out.data(parts.join('\n\n'));
  for (const p of problems) out.data(p.code.startsWith('note-') ? renderNote(p, lang) : renderWarning(p, lang));
}

export function register(program: Command, out: Out): void {
  const cmd = program
    .command('check')
    .description('Check the input files: the columns recognised, sample values as read, periods found and every problem.')
    .argument('<roster>', 'the HR roster (.xlsx or .csv)')
    .addOption(kpiOption())
    .addOption(langOption());
  addInputOptions(cmd);
  cmd.action((roster: string, o: InputOptions & { lang?: string }) => checkAction(out, roster, o));
}
