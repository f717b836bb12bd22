import type { Command } from 'commander';
import { COMMON_MIN_AGENTS, issuesDocument, type IssuesDocument } from '../followup/routing.js';
import { NOTICE_MIN_COUNT, RESOLVE_TEXT } from '../text/resolve-text.js';
import { addDays } from '../model/day.js';
import type { Day } from '../model/types.js';
import { CATEGORY_LABELS, OWNER_LABELS, type IssueCategory, type Lang } from '../text/labels.js';
import { addOptions } from './options.js';
import { SINCE_DAYS } from '../options/table.js';
import { localToday, resolveLang } from './context.js';
import type { Format, Out } from './output.js';
import { renderCsv, renderJson, renderTable, useColor, wrapText } from './render.js';
import { leftOutNote } from '../text/narrow.js';

const COMMON_MARK = '★';

const HELP = `
An issue category whose open issues were raised by ${COMMON_MIN_AGENTS} or more different agents since --since
is a common issue: handle it for everyone ("talks resolve --category CAT --text ..."), then publish
the result ("talks issues --notice -o notice.md"). Common issues are listed first (marked ${COMMON_MARK}).
Each issue shows its state (open, or resolved on the day the change took effect) and its Ref
(agent/talk date/issue number), which "talks resolve REF" takes.
JSON (--format json): {"issues":[{"ref","agentId","date","talkDate","rule","seq","category","owner","text",
"state","resolvedOn"|null,"resolution"|null}],"common":[{"category","owner","count","agents":[...]}],
"resolutions":[{"id","on","category"|null,"text","issues":[ref...],"agents":[...]}]} where "category" is
the stable id (skill, mood, shift, qa, pay, other), "owner" the English owner (QA & training, Team
lead, Workforce management, QA, HR, Manager), "date" the day the issue was raised (held on, else
planned), "talkDate" the planned date of its talk, "state" open or resolved.
CSV: ref,agentId,date,category,owner,text,common,state,resolvedOn.
--notice -o FILE (.md or .txt) writes the changes made since --since as a notice for the team, in
--lang (or the config file's language): what was raised, how many raised it (only when ${NOTICE_MIN_COUNT} or more),
what was changed and from when. It never names an agent.
`;

const TEXT = {
  en: {
    common: (since: Day) => `${COMMON_MARK} Common issues since ${since} (${COMMON_MIN_AGENTS}+ agents): handle each for everyone and publish the result.`,
    commonHead: ['Issue category', 'Owner', 'Agents', 'Count'],
    byOwner: (since: Day) => `Issues since ${since}, by owner:`,
    head: ['Owner', 'Issue category', 'Date', 'Agent ID', 'Issue', 'State', 'Ref'],
  },
  'zh-CN': {
    common: (since: Day) => `${COMMON_MARK} ${since} 以来的共性问题（${COMMON_MIN_AGENTS} 人及以上提出）：请统一处理并公布结果。`,
    commonHead: ['问题类别', '负责方', '坐席', '人数'],
    byOwner: (since: Day) => `${since} 以来的问题（按负责方）：`,
    head: ['负责方', '问题类别', '日期', '工号', '问题', '状态', '编号'],
  },
} as const;

function tables(doc: IssuesDocument, since: Day, color: boolean, lang: Lang, width?: number): string {
  const t = TEXT[lang];
  const label = (c: IssueCategory): string => CATEGORY_LABELS[lang][c];
  const owner = (c: IssueCategory): string => OWNER_LABELS[lang][c];
  const common = new Set(doc.common.map((c) => c.category));
  const parts: string[] = [];
  if (doc.common.length > 0) {
    parts.push(width ? wrapText(t.common(since), width) : t.common(since));
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
  const cmd = program
    .command('issues')
    .description('List the issues raised in held talks, by owner; common issues first.');
  addOptions(cmd, ['since', 'today', 'history', 'format', 'lang', 'notice', 'noticeOutput', 'force'])
    .addHelpText('after', HELP)
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
            ['ref', 'agentId', 'date', 'category', 'owner', 'text', 'common', 'state', 'resolvedOn'],
            doc.issues.map((i) => [i.ref, i.agentId, i.date, i.category, i.owner, i.text, common.has(i.category), i.state, i.resolvedOn]),
          ),
        );
      }
      if (doc.issues.length === 0) return out.message(`No issues raised since ${since} in ${opts.history}.`);
      out.data(tables(doc, since, useColor(out), lang, out.columns));
    });
}
