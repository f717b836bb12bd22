import type { Lang } from './labels.js';
import { PLACE_WORDS } from './warnings.js';

/** `file, sheet "S", row 5, column C (Hire Date)`, in `lang`. */
export function renderPlace(w: { file?: string; sheet?: string; row?: number; column?: string }, lang: Lang = 'en'): string {
  const words = PLACE_WORDS[lang];
  const parts: string[] = [];
  if (w.file) parts.push(w.file);
  if (w.sheet) parts.push(words.sheet(w.sheet));
  if (w.row !== undefined) parts.push(words.row(w.row));
  if (w.column) parts.push(words.column(w.column));
  return parts.join(lang === 'en' ? ', ' : '，');
}
