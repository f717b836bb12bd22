import type { Command } from 'commander';
import { addInputOptions } from './input-options.js';
import { addOptions } from './options.js';
import type { Out } from './output.js';
import type { ImpactOpts } from './impact-run.js';

// Kept in step with src/followup/impact.ts and impact-run.ts, which load only when the command runs.
const AFTER_PERIODS = 4;
const DEFAULT_SINCE_DAYS = 90;
const CSV_FIELDS = 'agentId,name,team,date,rule,basis,verdict,partial,metric,before,after,periodsBefore,periodsAfter,low,high,usual,target,metricVerdict';

const HELP = `
For each talk held since --since (default ${DEFAULT_SINCE_DAYS} days before today): the plan's metric when the
talk agreed a plan measured by a KPI metric, else, for swing talks, the metrics whose swing led to it.
Before = the ${AFTER_PERIODS} KPI periods that ended before the talk; after = the first ${AFTER_PERIODS} that began on or
after it (the same measure as the follow-up prep form). A talk with no period after it yet is "too recent".
JSON (--format json): {"periodKind","afterPeriods","talks":[{"agentId","name","team","date","rule","basis",
"verdict","partial","metrics":[{"metric","before","since","periodsBefore","periodsSince","low","high",
"usual","target","verdict"}]}],"summary":[{"rule","basis","agents","better","notYet","tooRecent","noData","partial"}]}.
CSV: one row per talk and metric: ${CSV_FIELDS}.
`;

export function register(program: Command, out: Out): void {
  const cmd = program
    .command('impact')
    .description('Show whether the talks worked: the KPI change after each held talk against before, per agent and per talk type.')
    .argument('[roster]', 'the HR roster (.xlsx or .csv); leave it out to use the agents of the KPI files')
    .addHelpText('after', HELP);
  addOptions(cmd, ['kpi', 'impactSince', 'today', 'history', 'format', 'lang']);
  addInputOptions(cmd);
  cmd.action(async (roster: string | undefined, o: ImpactOpts) => (await import('./impact-run.js')).impactAction(out, roster, o));
}
