import type { Command } from 'commander';
import { Option } from 'commander';
import { settingsFrom } from '../config-file.js';
import { TalksError } from '../errors.js';
import { WORDS } from '../text/headers.js';
import { readConfig } from '../io/config-read.js';
import { loadInputs } from '../io/load.js';
import type { Agent } from '../model/types.js';
import { rankAgents, type Ranking } from '../ranking/rank.js';
import { formatMetric } from '../text/metrics.js';
import { METRIC_LABELS } from '../text/metrics.js';
import { localToday } from './context.js';
import { addInputOptions, kpiFiles, kpiOption, type InputOptions } from './input-options.js';
import { dayArg, formatOption } from './options.js';
import type { Out } from './output.js';
import { renderCsv, renderJson, renderTable, useColor, type Scalar } from './render.js';
import { leftOutNote } from '../text/narrow.js';
import { printWarnings } from './warnings-out.js';
import { progressLine } from './progress.js';
import type { KpiStore } from '../model/kpi.js';

interface RankOpts extends InputOptions {
  today?: string;
  groupBy?: 'team';
  format: 'table' | 'json' | 'csv';
}

const NOT_RANKED = { left: WORDS.en.left, tenure: WORDS.en.tenure, 'no-kpi': WORDS.en.noKpi } as const;


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

function rankTable(ranking: Ranking, agents: Agent[], kpi: KpiStore, color: boolean, width?: number): string {
  const metrics = kpi.metrics();
  const rows: Scalar[][] = rankRows(ranking, agents).map((r, i) => {
    const ranked = ranking.ordered[i];
    return [
      r.rank ?? '–',
      `${r.agentId} ${r.name}`,
      r.team,
      r.score ?? '',
      r.top ? (r.core ? 'core' : 'top') : '',
      ...metrics.map((m) => (ranked.metrics[m] === undefined ? '' : formatMetric(m, ranked.metrics[m]!))),
      ranked.reason ? NOT_RANKED[ranked.reason] : '',
    ];
  });
  const head = `Ranking over ${ranking.window.length} periods (${ranking.window[0] ?? '–'} … ${ranking.window.at(-1) ?? '–'})`;
  const headers = ['Rank', 'Agent', 'Team', 'Score', 'Top', ...metrics.map((m) => METRIC_LABELS.en[m]), 'Not ranked'];
  // Team, the reason, then the metrics from the last one leave first on a narrow terminal.
  const drop = [2, headers.length - 1, ...metrics.map((_, i) => 4 + metrics.length - i)];
  return `${head}\n${renderTable(headers, rows, color, width, { drop, note: (left) => leftOutNote('en', left, 'csv') })}\n`;
}

async function rankAction(out: Out, roster: string, o: RankOpts): Promise<void> {
  const today = o.today ?? localToday();
  const config = readConfig(o.config);
  const progress = progressLine(out);
  const inputs = await loadInputs(roster, kpiFiles(o), { ...o, aliases: config?.aliases, onProgress: progress.onProgress }).finally(progress.done);
  if (inputs.kpi.rowCount === 0) {
    throw new TalksError('no-kpi', 'There is no KPI data to rank by.', {
      file: roster,
      hint: 'Add --kpi FILE with your KPI export (or a KPI sheet in the roster workbook); run "talks check" to see what was found.',
    });
  }
  const ranking = rankAgents(inputs.agents, inputs.kpi, { today, groupBy: o.groupBy, settings: settingsFrom(config).ranking });
  const rows = rankRows(ranking, inputs.agents);
  if (o.format === 'json') out.data(renderJson({ agents: rows }));
  else if (o.format === 'csv') {
    const headers = ['agentId', 'name', 'team', 'rank', 'score', 'percentile', 'top', 'core'];
    out.data(renderCsv(headers, rows.map((r) => [r.agentId, r.name, r.team, r.rank, r.score, r.percentile, r.top, r.core])));
  } else out.data(rankTable(ranking, inputs.agents, inputs.kpi, useColor(out), out.columns));
  printWarnings(out, inputs.warnings, `run "talks check ${roster}" to see them all`);
}

export function register(program: Command, out: Out): void {
  const cmd = program
    .command('rank')
    .description('Rank agents by a composite of their KPIs over the last 4 periods (top 20% and core 3% marked).')
    .argument('<roster>', 'the HR roster (.xlsx or .csv)')
    .addOption(kpiOption())
    .option('--today <date>', "today's date, YYYY-MM-DD (default: the system date)", dayArg('--today'))
    .addOption(new Option('--group-by <field>', 'rank within each group').choices(['team']))
    .addOption(formatOption());
  addInputOptions(cmd);
  cmd.action((roster: string, o: RankOpts) => rankAction(out, roster, o));
}
