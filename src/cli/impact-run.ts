import { settingsFrom } from '../options/config-schema.js';
import { SINCE_DAYS } from '../options/table.js';
import { textError } from '../errors.js';
import { AFTER_PERIODS, talkImpact, type Impact, type MetricImpact } from '../followup/impact.js';
import { withArchive } from '../io/archive/archive.js';
import { readConfig } from '../io/config-file.js';
import { loadInputs } from '../io/load/index.js';
import { addDays } from '../model/day.js';
import type { Day } from '../model/types.js';
import { IMPACT_TEXT, summaryLine } from '../text/impact-text.js';
import { RULE_LABELS, type Lang } from '../text/labels.js';
import { formatMetric, METRIC_LABELS } from '../text/metrics.js';
import { leftOutNote } from '../text/narrow.js';
import { localToday, resolveLang } from './context.js';
import { inputsFrom, type InputOptions } from './input-options.js';
import type { Format, Out } from './output.js';
import { progressLine } from './progress.js';
import { renderCsv, renderJson, renderTable, useColor, wrapText, type Scalar } from './render.js';
import { printWarnings } from './warnings-out.js';


export interface ImpactOpts extends InputOptions {
  since?: Day;
  today?: Day;
  history: string;
  format: Format;
  lang?: string;
}

export const CSV_HEAD = ['agentId', 'name', 'team', 'date', 'rule', 'basis', 'verdict', 'partial', 'metric', 'before', 'after', 'periodsBefore', 'periodsAfter', 'low', 'high', 'usual', 'target', 'metricVerdict'];


const num = (m: MetricImpact, v: number | undefined): string => (v === undefined ? '–' : formatMetric(m.metric, v));

function table(impact: Impact, color: boolean, lang: Lang, width?: number): string {
  const T = IMPACT_TEXT[lang];
  const rows: Scalar[][] = [];
  for (const t of impact.talks) {
    const base = [t.date, t.agentId, t.name, RULE_LABELS[lang][t.rule], T.basis[t.basis]];
    if (t.metrics.length === 0) rows.push([...base, '–', '–', '–', '–', '–', T.verdict[t.verdict]]);
    for (const m of t.metrics) {
      const range = m.target !== undefined ? num(m, m.target) : m.low !== undefined ? `${num(m, m.low)}–${num(m, m.high)}` : '–';
      rows.push([...base, METRIC_LABELS[lang][m.metric], num(m, m.before), num(m, m.since), `${m.periodsSince}/${AFTER_PERIODS}`, range, T.verdict[m.verdict]]);
    }
  }
  // Name, Judged by, Periods after, Talk type leave first on a narrow terminal.
  return renderTable([...T.head], rows, color, width, { drop: [2, 4, 8, 3, 9], note: (left) => leftOutNote(lang, left, 'csv') });
}

function csv(impact: Impact): string {
  const rows: Scalar[][] = [];
  for (const t of impact.talks) {
    const base: Scalar[] = [t.agentId, t.name, t.team, t.date, t.rule, t.basis, t.verdict, t.partial];
    if (t.metrics.length === 0) rows.push([...base, null, null, null, null, null, null, null, null, null, null]);
    for (const m of t.metrics) rows.push([...base, m.metric, m.before, m.since, m.periodsBefore, m.periodsSince, m.low, m.high, m.usual, m.target, m.verdict]);
  }
  return renderCsv(CSV_HEAD, rows);
}

export async function impactAction(out: Out, roster: string | undefined, o: ImpactOpts): Promise<void> {
  const { rosterFile, kpi } = inputsFrom(roster, o, 'impact');
  const today = o.today ?? localToday();
  const since = o.since ?? addDays(today, -SINCE_DAYS.impact);
  const config = readConfig(o.config);
  const lang = resolveLang(o.lang ?? config?.language);
  const talks = withArchive(o.history, 'read', (a) => a.talks()).filter((t) => t.held && (t.heldOn ?? t.date) >= since);
  if (talks.length === 0 && o.format === 'table') return out.message(IMPACT_TEXT[lang].none(since, o.history));
  const progress = progressLine(out);
  const inputs = await loadInputs(rosterFile, kpi, { ...o, aliases: config?.aliases, onProgress: progress.onProgress }).finally(progress.done);
  if (inputs.kpi.rowCount === 0) {
    throw textError('impact-no-kpi', {}, { file: rosterFile ?? kpi[0] });
  }
  const settings = settingsFrom(config);
  const impact = talkImpact({ talks, agents: inputs.agents, kpi: inputs.kpi, settings: { ranking: settings.ranking, swing: settings.swing, higherIsBetter: settings.ranking.higherIsBetter } });
  if (o.format === 'json') return out.data(renderJson({ periodKind: impact.periodKind, afterPeriods: AFTER_PERIODS, talks: impact.talks, summary: impact.summary }));
  if (o.format === 'csv') return out.data(csv(impact));
  const T = IMPACT_TEXT[lang];
  const wrap = (line: string) => (out.columns ? wrapText(line, out.columns) : line);
  const sums = impact.summary.map((s) => wrap(`- ${summaryLine(s, impact.periodKind, AFTER_PERIODS, lang)}`));
  out.data([T.title(since, talks.length), ...sums, '', table(impact, useColor(out), lang, out.columns), wrap(T.method(impact.periodKind, AFTER_PERIODS))].join('\n'));
  printWarnings(out, inputs.warnings, rosterFile ?? kpi.map((f) => `--kpi ${f}`).join(' '), lang);
}

