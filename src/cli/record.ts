import path from 'node:path';
import type { Command } from 'commander';
import { usageError } from '../errors.js';
import { openInExcel } from '../io/write/atomic.js';
import { cellText } from '../text/record-problems.js';
import { PLAN_OPEN, recordSummary, unheldText } from '../text/record-notices.js';
import { addOptions } from './options.js';
import type { Out } from './output.js';
import { describe } from './help.js';
import { localToday, resolveLang } from './context.js';
import { renderWarning } from './render-error.js';

function checkPaths(plan: string, history: string): void {
  if (path.resolve(plan) === path.resolve(history)) {
    throw usageError('record-same-file', { plan });
  }
  if (path.extname(plan).toLowerCase() !== '.xlsx') {
    throw usageError('record-not-xlsx', { plan });
  }
  if (path.extname(history).toLowerCase() === '.xlsx') {
    throw usageError('record-history-xlsx', { history });
  }
}

export function register(program: Command, out: Out): void {
  const cmd = describe(program.command('record'), 'record')
    .argument('<plan>');
  addOptions(cmd, ['history', 'lang'])
    .action(async (plan: string, opts: { history: string; lang?: string }) => {
      // Loaded here, not at start-up (see plan.ts).
      const [{ withArchive }, { readOutcomes }, { outcomeNotices }] = await Promise.all([
        import('../io/archive/archive.js'),
        import('../io/outcomes/outcomes.js'),
        import('../followup/notices.js'),
      ]);
      const lang = resolveLang(opts.lang);
      checkPaths(plan, opts.history);
      if (openInExcel(plan)) out.message(renderWarning({ code: 'plan-open', message: PLAN_OPEN[lang](plan) }, lang));
      const { rows, skipped, unheld } = await readOutcomes(plan);
      const counts = withArchive(opts.history, 'write', (a) => a.upsertTalks(rows, new Date().toISOString()));
      out.message(recordSummary(counts, skipped, lang));
      for (const u of unheld) {
        const who = `${u.agentId}${u.name ? ` ${u.name}` : ''} (${u.date})`;
        out.message(renderWarning({ code: 'typed-not-held', message: unheldText({ who, cells: u.cells.map((c) => cellText(c, lang)) }, lang) }, lang));
      }
      for (const n of outcomeNotices(rows, localToday())) out.message(renderWarning(n, lang));
    });
}
