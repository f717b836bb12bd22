import type { Command } from 'commander';
import { COMMON_MIN_AGENTS, issuesDocument, type IssuesDocument } from '../followup/routing.js';
import { NOTICE_MIN_COUNT, RESOLVE_TEXT } from '../text/resolve-text.js';
import { COMMON_MARK, ISSUES_TEXT } from '../text/issues-text.js';
import { addDays } from '../model/day.js';
import type { Day } from '../model/types.js';
import { CATEGORY_LABELS, OWNER_LABELS, type IssueCategory, type Lang } from '../text/labels.js';
import { addOptions } from './options.js';
import { SINCE_DAYS } from '../options/table.js';
import { localToday, resolveLang } from './context.js';
import type { Format, Out } from './output.js';
import { describe } from './help.js';
import { renderCsv, renderJson, renderTable, useColor, wrapText } from './render.js';
import { leftOutNote } from '../text/narrow.js';

const CSV_HEAD = ['ref', 'agentId', 'date', 'category', 'owner', 'text', 'common', 'state', 'resolvedOn'] as const;



function tables(doc: IssuesDocument, since: Day, color: boolean, lang: Lang, width?: number): string {
  const t = ISSUES_TEXT[lang];
  const label = (c: IssueCategory): string => CATEGORY_LABELS[lang][c];
  const owner = (c: IssueCategory): string => OWNER_LABELS[lang][c];
  const common = new Set(doc.common.map((c) => c.category));
  const parts: string[] = [];
  if (doc.common.length > 0) {
    parts.push(width ? wrapText(t.common(since, COMMON_MIN_AGENTS), width) : t.common(since, COMMON_MIN_AGENTS));
    parts.push(
      renderTable(
        [...t.commonHead],
        doc.common.map((c) => [`${COMMON_MARK} ${label(c.category)}`, owner(c.category), c.agents.join(', '), c.count]),
        color,
        width,
      ),
    );
    parts.push('');
  }
  parts.push(t.byOwner(since));
  parts.push(
    renderTable(
      [...t.head],
      doc.issues.map((i) => [
        owner(i.category),
        `${common.has(i.category) ? `${COMMON_MARK} ` : ''}${label(i.category)}`,
        i.date,
        i.agentId,
        i.text,
        RESOLVE_TEXT[lang].state(i.resolvedOn),
        i.ref,
      ]),
      color,
      width,
      // Owner, State, then Ref leave first on a narrow terminal (all are in --format csv).
      { drop: [0, 5, 6], note: (left) => leftOutNote(lang, left, 'csv') },
    ),
  );
  if (doc.resolutions.length > 0) {
    const r = RESOLVE_TEXT[lang];
    parts.push('', r.resolvedHead(since));
    const cats = (c: IssueCategory | null) => (c ? label(c) : '–');
    const rows = doc.resolutions.map((x) => [x.on, cats(x.category), x.text, x.issues.length, x.agents.join(', ')]);
    parts.push(renderTable([...r.resolutionsHead], rows, color, width));
  }
  return parts.join('\n');
}

interface IssuesOpts {
  since?: Day;
  today?: Day;
  history: string;
  format: Format;
  lang?: string;
  notice?: boolean;
  output?: string;
  force?: boolean;
}

export function register(program: Command, out: Out): void {
  const cmd = describe(program.command('issues'), 'issues', { minAgents: COMMON_MIN_AGENTS, minCount: NOTICE_MIN_COUNT, mark: COMMON_MARK, csv: CSV_HEAD.join(',') });
  addOptions(cmd, ['since', 'today', 'history', 'format', 'lang', 'notice', 'noticeOutput', 'force'])
    .action(async (opts: IssuesOpts) => {
      const today = opts.today ?? localToday();
      const since = opts.since ?? addDays(today, -SINCE_DAYS.issues);
      // Loaded here, not at start-up (see plan.ts).
      if (opts.notice || opts.output) return (await import('./issues-notice.js')).writeNotice(out, { ...opts, since, today });
      const { withArchive } = await import('../io/archive/archive.js');
      const lang = resolveLang(opts.lang);
      const [issues, resolutions] = withArchive(opts.history, 'read', (a) => [a.issues(since), a.resolutions().filter((r) => r.on >= since)] as const);
      const doc = issuesDocument(issues, resolutions);
      if (opts.format === 'json') return out.data(renderJson(doc));
      if (opts.format === 'csv') {
        const common = new Set(doc.common.map((c) => c.category));
        return out.data(
          renderCsv(
            [...CSV_HEAD],
            doc.issues.map((i) => [i.ref, i.agentId, i.date, i.category, i.owner, i.text, common.has(i.category), i.state, i.resolvedOn]),
          ),
        );
      }
      if (doc.issues.length === 0) return out.message(ISSUES_TEXT[lang].none(since, opts.history));
      out.data(tables(doc, since, useColor(out), lang, out.columns));
    });
}
