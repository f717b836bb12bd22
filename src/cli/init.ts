import type { Command } from 'commander';
import { checkOutputPath, writeFileAtomic } from '../io/write/atomic.js';
import { checkInputFile } from '../io/read/tables.js';
import { initText } from '../text/init.js';
import { resolveLang } from './context.js';
import { kpiFiles } from './input-options.js';
import { addOptions } from './options.js';
import type { Out } from './output.js';
import { describe } from './help.js';

interface InitOpts {
  kpi?: string[];
  output: string;
  force?: boolean;
  lang?: string;
  encoding?: string;
}

async function initAction(out: Out, roster: string | undefined, o: InitOpts): Promise<void> {
  // Loaded here, not at start-up (see plan.ts).
  const [{ suggestConfig }, { loadInputs }] = await Promise.all([import('../options/config-suggest.js'), import('../io/load/index.js')]);
  const kpi = kpiFiles(o);
  const inputs = [...(roster ? [roster] : []), ...kpi];
  for (const f of inputs) checkInputFile(f);
  checkOutputPath(o.output, inputs, !!o.force, '-o');
  const read = inputs.length ? await loadInputs(roster, kpi, { encoding: o.encoding, duplicates: 'warn' }) : undefined;
  const suggestion = suggestConfig(read?.tables ?? []);
  writeFileAtomic(o.output, `${JSON.stringify(suggestion.config, null, 2)}\n`);
  out.message(initText(o.output, suggestion, resolveLang(o.lang ?? (suggestion.chinese ? 'zh-CN' : undefined))));
}

export function register(program: Command, out: Out): void {
  const cmd = describe(program.command('init'), 'init')
    .argument('[roster]');
  addOptions(cmd, ['kpi', 'initOutput', 'force', 'encoding', 'lang'])
    .action((roster: string | undefined, o: InitOpts) => initAction(out, roster, o));
}
