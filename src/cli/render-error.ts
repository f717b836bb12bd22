import type { TalksError } from '../errors.js';
import type { Warning } from '../model/types.js';
import type { Lang } from '../text/labels.js';
import { WARNING_WORDS, warningText } from '../text/warnings.js';

/** `file › sheet › row 5 › column C (Hire Date)` */
export function renderPlace(w: { file?: string; sheet?: string; row?: number; column?: string }): string {
  const parts: string[] = [];
  if (w.file) parts.push(w.file);
  if (w.sheet) parts.push(`sheet "${w.sheet}"`);
  if (w.row !== undefined) parts.push(`row ${w.row}`);
  if (w.column) parts.push(`column ${w.column}`);
  return parts.join(', ');
}

export function renderError(e: TalksError): string {
  const place = renderPlace(e);
  const lines = [`talks: ${place ? `${place}: ` : ''}${e.message}`];
  if (e.hint) lines.push(e.hint);
  return lines.join('\n');
}

export function renderNote(w: Warning, lang: Lang = 'en'): string {
  const place = renderPlace(w);
  return `${WARNING_WORDS[lang].note}: ${place ? `${place}: ` : ''}${warningText(w, lang)}`;
}

export function renderWarning(w: Warning, lang: Lang = 'en'): string {
  const place = renderPlace(w);
  return `${WARNING_WORDS[lang].warning}: ${place ? `${place}: ` : ''}${warningText(w, lang)}`;
}
