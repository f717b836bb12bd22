import type { Warning } from '../model/types.js';
import type { Lang } from '../text/labels.js';
import { WARNING_WORDS } from '../text/warnings.js';
import type { Out } from './output.js';
import { renderWarning } from './render-error.js';

const SHOWN = 10;

/** Warnings to stderr: urgent ones always, the rest up to a handful, then a count. */
export function printWarnings(out: Out, warnings: Warning[], where: string, lang: Lang = 'en'): void {
  const urgent = warnings.filter((w) => w.code === 'urgent-late');
  const rest = warnings.filter((w) => w.code !== 'urgent-late' && !w.code.startsWith('note-'));
  for (const w of urgent) out.message(renderWarning(w, lang));
  for (const w of rest.slice(0, SHOWN)) out.message(renderWarning(w, lang));
  const more = rest.length - SHOWN;
  if (more > 0) out.message(WARNING_WORDS[lang].more(more, where));
}
