/** Excel's limit on a sheet name, in UTF-16 code units. */
export const MAX_SHEET_NAME = 31;

/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[/\\?*[\]:]/g;

/** Excel reserves this name for itself. */
const RESERVED = 'history';

/** Cuts to `max` UTF-16 units without splitting a character. */
function cut(s: string, max: number): string {
  let out = '';
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** A name may not start or end with an apostrophe; spaces at the ends only confuse. */
function tidy(s: string): string {
  return s.replace(/^[\s']+|[\s']+$/g, '');
}

/**
 * A prep sheet's name, `<agent id> <name>`: forbidden characters replaced by `_`, cut to 31
 * characters, and made unique (case-insensitive, as Excel compares) with a ` (2)` suffix.
 */
export function prepSheetName(agentId: string, name: string, taken: Iterable<string>): string {
  return safeSheetName(`${agentId} ${name}`, taken, 'Agent');
}

/** Any text as a sheet name: the same rules as prepSheetName; `fallback` when nothing is left of it. */
export function safeSheetName(text: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  used.add(RESERVED);
  const clean = tidy(text.replace(FORBIDDEN, '_').replace(/\s+/g, ' '));
  const base = tidy(cut(clean, MAX_SHEET_NAME)) || fallback;
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${tidy(cut(base, MAX_SHEET_NAME - suffix.length))}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
