import type { TalksError } from '../errors.js';
import type { Warning } from '../model/types.js';

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

export function renderNote(w: Warning): string {
  const place = renderPlace(w);
  return `note: ${place ? `${place}: ` : ''}${w.message}`;
}

export function renderWarning(w: Warning): string {
  const place = renderPlace(w);
  return `warning: ${place ? `${place}: ` : ''}${w.message}`;
}
