import type { TalksError } from '../errors.js';
import type { Warning } from '../model/types.js';
import type { Lang } from '../text/labels.js';
import { errorText } from '../text/errors.js';
import { WARNING_WORDS, warningText } from '../text/warnings.js';
import { renderPlace } from '../text/place.js';


/** The error in `lang` when src/text has its code, else as it was raised. */
export function renderError(e: TalksError, lang: Lang = 'en'): string {
  const text = (lang === 'en' ? undefined : errorText(lang, e.code, e.args ?? {}, e.items)) ?? { message: e.message, hint: e.hint };
  const place = renderPlace(e, lang);
  const lines = [`talks: ${place ? `${place}: ` : ''}${text.message}`];
  if (text.hint) lines.push(text.hint);
  return lines.join('\n');
}

export function renderNote(w: Warning, lang: Lang = 'en'): string {
  const place = renderPlace(w, lang);
  return `${WARNING_WORDS[lang].note}: ${place ? `${place}: ` : ''}${warningText(w, lang)}`;
}

export function renderWarning(w: Warning, lang: Lang = 'en'): string {
  const place = renderPlace(w, lang);
  return `${WARNING_WORDS[lang].warning}: ${place ? `${place}: ` : ''}${warningText(w, lang)}`;
}
