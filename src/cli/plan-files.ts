import { extname } from 'node:path';

// Control characters too: a name pasted from another system may hold a tab or a newline.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A manager's name as part of a file name on Windows, macOS and Linux: no path separators,
 * no characters Windows refuses, no leading dots, no reserved device names; Chinese stays.
 */
function safeFilePart(name: string): string {
  let s = name
    .normalize('NFC')
    .replace(UNSAFE, '_')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/^[.\-_]+|[.\-_]+$/g, '');
  if (!s) s = 'no-manager';
  if (RESERVED.test(s)) s = `_${s}`;
  return s.slice(0, 60);
}

/**
 * One workbook per manager: `<base>-<manager>.xlsx`, where base is `talks-plan-<ISO week>` or
 * the stem of -o. Names that come out the same (also ignoring case) get -2, -3…
 */
export function managerFiles(managers: string[], base: string): Map<string, string> {
  const stem = extname(base).toLowerCase() === '.xlsx' ? base.slice(0, -5) : base;
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const m of managers) {
    const part = safeFilePart(m);
    let file = `${stem}-${part}.xlsx`;
    for (let n = 2; taken.has(file.toLowerCase()); n++) file = `${stem}-${part}-${n}.xlsx`;
    taken.add(file.toLowerCase());
    out.set(m, file);
  }
  return out;
}
