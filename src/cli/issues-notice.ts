import { extname } from 'node:path';
import { usageError } from '../errors.js';
import { noticeItems } from '../followup/resolutions.js';
import { withArchive } from '../io/archive/archive.js';
import { readConfig } from '../io/config-file.js';
import { checkOutputPath, writeFileAtomic } from '../io/write/atomic.js';
import { TalksError } from '../errors.js';
import type { Day } from '../model/types.js';
import { noticeText, RESOLVE_TEXT } from '../text/resolve-text.js';
import { resolveLang } from './context.js';
import type { Out } from './output.js';

export interface NoticeOpts {
  since: Day;
  today: Day;
  history: string;
  lang?: string;
  notice?: boolean;
  output?: string;
  force?: boolean;
}

const FORMATS: Record<string, boolean> = { '.md': true, '.markdown': true, '.txt': false };

/** `talks issues --notice -o FILE`: the changes made since --since, for the team, naming no agent. */
export function writeNotice(out: Out, o: NoticeOpts): void {
  if (!o.notice || !o.output) throw usageError('notice-needs-output');
  const markdown = FORMATS[extname(o.output).toLowerCase()];
  if (markdown === undefined) throw usageError('notice-ext', { output: o.output });
  checkOutputPath(o.output, [o.history], !!o.force);
  const lang = resolveLang(o.lang ?? readConfig(undefined)?.language);
  const items = withArchive(o.history, 'read', (a) => noticeItems(a.resolutions(), a.issues('0000-01-01'), o.since));
  if (items.length === 0) throw new TalksError('nothing-to-publish', RESOLVE_TEXT[lang].noNotice(o.since), { file: o.history });
  writeFileAtomic(o.output, `${markdown ? '' : '\uFEFF'}${noticeText(items, o.today, lang, markdown)}`);
  out.message(RESOLVE_TEXT[lang].noticeWritten(o.output, items.length));
}
