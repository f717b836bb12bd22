import path from 'node:path';
import type { Command } from 'commander';
import { usageError } from '../errors.js';
import { openInExcel } from '../io/write/atomic.js';
import { cellText } from '../text/record-problems.js';
import { unheldText } from '../text/record-notices.js';
import type { UpsertCounts } from '../model/archive.js';
import { addOptions } from './options.js';
import type { Out } from './output.js';
import { describe } from './help.js';
import { localToday, resolveLang } from './context.js';
import { count } from '../text/count.js';
import type { Lang } from '../text/labels.js';
import { renderWarning } from './render-error.js';

function recordSummary(counts: UpsertCounts, skipped: number, lang: Lang = 'en'): string {
  const total = counts.added + counts.updated + counts.unchanged;
  if (lang === 'zh-CN') {
    const head = `已记录 ${total} 场面谈：新增 ${counts.added}，更新 ${counts.updated}，未变 ${counts.unchanged}`;
    return skipped === 0 ? `${head}。` : `${head}；另有 ${skipped} 行尚未填写（“是否已面谈”为空）。`;
  }
  const head = `Recorded ${count(total, 'talk')}: ${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged`;
  if (skipped === 0) return `${head}.`;
  return `${head}; ${count(skipped, 'row')} not filled in yet (Held is empty).`;
}

const PLAN_OPEN: Record<Lang, (plan: string) => string> = {
  en: (plan) => `${plan} is open in Excel: only what was saved is recorded. Save it (or close it) and run talks record again if you changed it since.`,
  'zh-CN': (plan) => `${plan} 正在 Excel 中打开：只记录已保存的内容。如果之后又改过，请保存（或关闭）后重新运行 talks record。`,
};

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
