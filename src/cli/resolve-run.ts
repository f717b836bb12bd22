import { TalksError, usageError } from '../errors.js';
import { agentsOf, issueRef, selectToResolve, type ResolveTarget } from '../followup/resolutions.js';
import { withArchive } from '../io/archive/archive.js';
import { parseCategory } from '../io/outcomes/cells.js';
import type { Day } from '../model/types.js';
import { CATEGORY_LABELS, ISSUE_CATEGORIES, type Lang } from '../text/labels.js';
import { RESOLVE_TEXT } from '../text/resolve-text.js';
import { localToday, resolveLang } from './context.js';
import type { Out } from './output.js';
import { renderJson, renderTable, useColor, wrapText } from './render.js';

export interface ResolveOpts {
  category?: string;
  text?: string;
  on?: Day;
  today?: Day;
  history: string;
  format: 'table' | 'json';
  lang?: string;
}


function target(refs: string[], o: ResolveOpts): ResolveTarget {
  if (refs.length > 0 && o.category !== undefined) throw usageError('resolve-both');
  if (o.category !== undefined) {
    const category = parseCategory(o.category.trim());
    if (!category) {
      throw usageError('resolve-category', { categories: ISSUE_CATEGORIES.join(', '), value: o.category, en: Object.values(CATEGORY_LABELS.en).join(', '), zh: Object.values(CATEGORY_LABELS['zh-CN']).join('、') });
    }
    return { category };
  }
  if (refs.length === 0) throw usageError('resolve-none');
  return { refs: refs.map((r) => r.trim()) };
}

function refused(message: string, lang: Lang, file: string): TalksError {
  return new TalksError('resolve-refused', message, { file, hint: RESOLVE_TEXT[lang].seeIssues });
}

export async function resolveAction(out: Out, refs: string[], o: ResolveOpts): Promise<void> {
  const lang = resolveLang(o.lang);
  const t = RESOLVE_TEXT[lang];
  const text = o.text?.trim();
  if (!text) throw usageError('resolve-text');
  const what = target(refs, o);
  const on = o.on ?? o.today ?? localToday();
  const recordedAt = new Date().toISOString();
  const done = withArchive(o.history, 'write', (a) => {
    const sel = selectToResolve(a.issues('0000-01-01'), what, on);
    if (sel.unknown.length) throw refused(t.unknownRef(sel.unknown), lang, o.history);
    if (sel.alreadyResolved.length) throw refused(t.already(sel.alreadyResolved), lang, o.history);
    if (sel.closes.length === 0 && 'category' in what) throw refused(t.nothingOpen(what.category, on), lang, o.history);
    return { resolution: a.addResolution({ on, category: 'category' in what ? what.category : null, text }, sel.closes, recordedAt), closes: sel.closes };
  });
  const { resolution: r, closes } = done;
  const agents = agentsOf(closes);
  if (o.format === 'json') {
    return out.data(renderJson({ resolution: { id: r.id, on: r.on, category: r.category, text: r.text, issues: closes.map(issueRef), agents } }));
  }
  const label = r.category ? t.category(r.category) : t.picked(closes.length);
  const said = t.recorded(label, text, on, closes.length, agents);
  out.data(out.columns ? wrapText(said, out.columns) : said);
  out.data(renderTable([...t.closedHead], closes.map((i) => [issueRef(i), i.agentId, i.date, CATEGORY_LABELS[lang][i.category], i.text]), useColor(out), out.columns));
  out.message(t.after);
}

