import type { Command } from 'commander';
import type { ArchivedTalk } from '../model/archive.js';
import { CATEGORY_LABELS, RULE_LABELS, SCHEDULE_HEADERS, YES_NO, type Lang } from '../text/labels.js';
import { addOptions } from './options.js';
import { resolveLang } from './context.js';
import type { Format, Out } from './output.js';
import { describe } from './help.js';
import { renderCsv, renderJson, renderTable, useColor } from './render.js';
import { leftOutNote } from '../text/narrow.js';
import { noTalksArchived } from '../text/history-text.js';

const CSV_FIELDS = ['agentId', 'name', 'date', 'heldOn', 'rule', 'held', 'category', 'issue', 'notes', 'leadNote', 'nextStep'] as const;
const PLAN_FIELDS = ['goal', 'metric', 'target', 'actions', 'review', 'support'] as const;


function issuesText(t: ArchivedTalk, lang: Lang): string | null {
  const parts = t.issues.map((i) => [i.category ? CATEGORY_LABELS[lang][i.category] : null, i.text].filter(Boolean).join(': '));
  return parts.length ? parts.join('; ') : null;
}

function table(talks: ArchivedTalk[], color: boolean, lang: Lang, width?: number): string {
  const h = SCHEDULE_HEADERS[lang];
  const yn = YES_NO[lang];
  return renderTable(
    [h.date, h.agentId, h.name, h.talkType, h.held, h.heldOn, h.issue, h.notes],
    talks.map((t) => [
      t.date,
      t.agentId,
      t.name,
      RULE_LABELS[lang][t.rule],
      t.held ? yn.yes : yn.no,
      t.heldOn,
      issuesText(t, lang),
      t.notes,
    ]),
    color,
    width,
    // Name, Held on, then Talk type leave first on a narrow terminal.
    { drop: [2, 5, 3], note: (left) => leftOutNote(lang, left, 'csv') },
  );
}

export function register(program: Command, out: Out): void {
  const cmd = describe(program.command('history'), 'history', { csv: [...CSV_FIELDS, 'issues', ...PLAN_FIELDS.map((f) => `plan.${f}`)].join(',') })
    .argument('[agent]');
  addOptions(cmd, ['history', 'format', 'lang'])
    .action(async (agent: string | undefined, opts: { history: string; format: Format; lang?: string }) => {
      // Loaded here, not at start-up (see plan.ts).
      const [{ withArchive }, { historyDocument }] = await Promise.all([import('../io/archive/archive.js'), import('../followup/routing.js')]);
      const lang = resolveLang(opts.lang);
      const talks = withArchive(opts.history, 'read', (a) => a.talks(agent));
      const doc = historyDocument(talks);
      if (opts.format === 'json') return out.data(renderJson(doc));
      if (opts.format === 'csv') {
        const head = [...CSV_FIELDS, 'issues', ...PLAN_FIELDS.map((f) => `plan.${f}`)];
        const cells = doc.talks.map((t, i) => [...CSV_FIELDS.map((f) => t[f]), issuesText(talks[i], 'en'), ...PLAN_FIELDS.map((f) => t.plan?.[f] ?? null)]);
        return out.data(renderCsv(head, cells));
      }
      if (talks.length === 0) return out.message(noTalksArchived(lang, opts.history, agent));
      out.data(table(talks, useColor(out), lang, out.columns));
    });
}
