import { reasonText } from '../text/cell-reasons.js';
import type { Command } from 'commander';
import { FIELD_LABELS } from '../columns/fields.js';
import { CHECK_WORDS, FIELD_LABELS_ZH } from '../text/check.js';
import type { Lang } from '../text/labels.js';
import { localToday, resolveLang } from './context.js';
import { addOptions } from './options.js';
import { partialNotes } from '../io/load/notes.js';
import { readConfig } from '../io/config-file.js';
import { progressLine } from './progress.js';
import { addInputOptions, inputsFrom, type InputOptions } from './input-options.js';
import type { Out } from './output.js';
import { describe } from './help.js';
import { renderNote, renderWarning } from './render-error.js';
import type { KpiStore } from '../model/kpi.js';
import type { TableInfo } from '../io/load/index.js';
import { textWidth } from '../text/width.js';
import { renderJson } from './render.js';

interface CheckOpts extends InputOptions {
  format: 'text' | 'json';
  lang?: string;
  shifts?: string;
}

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
  const skipped = Object.values(t.skipped).reduce((a, b) => a + b, 0);
  const head = w.table({ file: t.file, sheet: t.sheet, roster: t.kind === 'roster', shifts: t.kind === 'shifts', headerRow: t.headerRow, rows: t.rows });
  const lines = [`${head}${t.callLog ? w.callLog : ''}${skipped ? w.rowsNotUsed(skipped) : ''}`];
  for (const c of t.columns) {
    const sample = c.sample === undefined ? w.noValues : cut(`"${c.sample}" → ${c.unreadable && lang !== 'en' ? w.unreadable(reasonText(lang, c.unreadable)) : c.parsed}`, SAMPLE_WIDTH);
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
    kind: kpi.kind,
    first: periods[0],
    last: periods.at(-1)!,
    agents: kpi.agentIds().length,
    metrics: kpi.metrics().join(', '),
  });
}

async function checkAction(out: Out, roster: string | undefined, o: CheckOpts): Promise<void> {
  // Loaded here, not at start-up (see plan.ts).
  const [{ loadInputs, missingColumnNotes }, { checkReport }, { checkShifts }] = await Promise.all([import('../io/load/index.js'), import('./check-report.js'), import('./check-shifts.js')]);
  const { rosterFile, kpi } = inputsFrom(roster, o, 'check');
  const config = readConfig(o.config);
  const lang = resolveLang(o.lang ?? config?.language);
  const w = CHECK_WORDS[lang];
  const progress = progressLine(out);
  const inputs = await loadInputs(rosterFile, kpi, { ...o, aliases: config?.aliases, onProgress: progress.onProgress, duplicates: 'warn' }).finally(
    progress.done,
  );
  const shifts = o.shifts ? await checkShifts(o.shifts, o, config, inputs) : { tables: [], warnings: [] };
  const today = localToday();
  const problems = [...inputs.warnings, ...shifts.warnings, ...(rosterFile ? missingColumnNotes(inputs) : []), ...partialNotes(inputs.kpi, today)];
  const tables = [...inputs.tables, ...shifts.tables];
  if (o.format === 'json') {
    out.data(renderJson(checkReport({ ...inputs, tables }, problems, today, rosterFile !== undefined)));
    return;
  }
  const parts = tables.map((t) => tableText(t, lang));
  parts.push(rosterFile ? w.roster(inputs.agents.length) : w.noRoster(inputs.agents.length));
  parts.push(periodsText(inputs.kpi, lang));
  parts.push(problems.length ? w.problems(problems.length) : w.noProblems);
  out.data(parts.join('\n\n'));
  for (const p of problems) out.data(p.code.startsWith('note-') ? renderNote(p, lang) : renderWarning(p, lang));
}

export function register(program: Command, out: Out): void {
  const cmd = describe(program.command('check'), 'check')
    .argument('[roster]');
  addOptions(cmd, ['kpi', 'checkFormat', 'lang', 'checkShifts']);
  addInputOptions(cmd);
  cmd.action((roster: string | undefined, o: CheckOpts) => checkAction(out, roster, o));
}
