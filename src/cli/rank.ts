import type { Command } from 'commander';
import { textError } from '../errors.js';
import { notRanked, RANK_WORDS } from '../text/rank-text.js';
import { readConfig } from '../io/config-file.js';
import type { Agent } from '../model/types.js';
import { formatMetric } from '../text/metrics.js';
import { METRIC_LABELS } from '../text/metrics.js';
import { localToday, resolveLang } from './context.js';
import type { Lang } from '../text/labels.js';
import { addInputOptions, inputsFrom, type InputOptions } from './input-options.js';
import { partialNotes } from '../io/load/notes.js';
import { addOptions } from './options.js';
import type { Out } from './output.js';
import { describe } from './help.js';
import { DEFAULTS, type RankingSettings } from '../model/settings.js';
import { renderCsv, renderJson, renderTable, useColor, type Scalar } from './render.js';
import { leftOutNote } from '../text/narrow.js';
import { printWarnings } from './warnings-out.js';
import { progressLine } from './progress.js';
import type { KpiStore } from '../model/kpi.js';
import type { Ranking } from '../ranking/rank.js';

interface RankOpts extends InputOptions {
  today?: string;
  lang?: string;
  groupBy?: 'team';
  format: 'table' | 'json' | 'csv';
}


function rankRows(ranking: Ranking, agents: Agent[]) {
  const byId = new Map(agents.map((a) => [a.id, a]));
  return ranking.ordered.map((r) => ({
    agentId: r.agentId,
    name: byId.get(r.agentId)?.name ?? '',
    team: byId.get(r.agentId)?.team ?? '',
    rank: r.rank,
    score: r.score,
    percentile: r.percentile,
    top: r.top,
    core: r.core,
  }));
}

function rankTable(ranking: Ranking, agents: Agent[], kpi: KpiStore, settings: RankingSettings, color: boolean, lang: Lang, width?: number): string {
  const w = RANK_WORDS[lang];
  const reasons = notRanked(lang, settings.minTenureDays);
  const metrics = kpi.metrics();
  const rows: Scalar[][] = rankRows(ranking, agents).map((r, i) => {
    const ranked = ranking.ordered[i];
    return [
      r.rank ?? '–',
      r.name && r.name !== r.agentId ? `${r.agentId} ${r.name}` : r.agentId,
      r.team,
      r.score ?? '',
      r.top ? (r.core ? w.core : w.top(settings.topShare)) : '',
      ...metrics.map((m) => (ranked.metrics[m] === undefined ? '' : formatMetric(m, ranked.metrics[m]!))),
      ranked.reason ? reasons[ranked.reason] : '',
    ];
  });
  const head = w.head(ranking.window.length, ranking.window[0] ?? '–', ranking.window.at(-1) ?? '–');
  const headers = [...w.columns(settings.topShare), ...metrics.map((m) => METRIC_LABELS[lang][m]), w.notRanked];
  // Team, the reason, then the metrics from the last one leave first on a narrow terminal.
  const drop = [2, headers.length - 1, ...metrics.map((_, i) => 4 + metrics.length - i)];
  return `${head}\n${renderTable(headers, rows, color, width, { drop, note: (left) => leftOutNote(lang, left, 'csv') })}\n`;
}

async function rankAction(out: Out, roster: string | undefined, o: RankOpts): Promise<void> {
  // Loaded here, not at start-up (see plan.ts).
  const [{ settingsFrom }, { loadInputs }, { rankAgents }] = await Promise.all([import('../options/config-schema.js'), import('../io/load/index.js'), import('../ranking/rank.js')]);
  const { rosterFile, kpi } = inputsFrom(roster, o, 'rank');
  const today = o.today ?? localToday();
  const config = readConfig(o.config);
  const lang = resolveLang(o.lang ?? config?.language);
  const progress = progressLine(out);
  const inputs = await loadInputs(rosterFile, kpi, { ...o, aliases: config?.aliases, onProgress: progress.onProgress }).finally(progress.done);
  if (inputs.kpi.rowCount === 0) {
    throw textError('no-kpi', {}, { file: rosterFile ?? kpi[0] });
  }
  const settings = settingsFrom(config).ranking;
  const ranking = rankAgents(inputs.agents, inputs.kpi, { today, groupBy: o.groupBy, settings });
  const rows = rankRows(ranking, inputs.agents);
  if (o.format === 'json') out.data(renderJson({ agents: rows }));
  else if (o.format === 'csv') {
    const headers = ['agentId', 'name', 'team', 'rank', 'score', 'percentile', 'top', 'core'];
    out.data(renderCsv(headers, rows.map((r) => [r.agentId, r.name, r.team, r.rank, r.score, r.percentile, r.top, r.core])));
  } else out.data(rankTable(ranking, inputs.agents, inputs.kpi, settings, useColor(out), lang, out.columns));
  printWarnings(out, [...inputs.warnings, ...partialNotes(inputs.kpi, today)], RANK_WORDS[lang].where(rosterFile ?? kpi.map((f) => `--kpi ${f}`).join(' ')), lang);
}

export function register(program: Command, out: Out): void {
  const cmd = describe(program.command('rank'), 'rank', { periods: DEFAULTS.ranking.windowPeriods, topShare: DEFAULTS.ranking.topShare, coreShare: DEFAULTS.ranking.coreShare })
    .argument('[roster]');
  addOptions(cmd, ['kpi', 'today', 'groupBy', 'format', 'lang']);
  addInputOptions(cmd);
  cmd.action((roster: string | undefined, o: RankOpts) => rankAction(out, roster, o));
}
