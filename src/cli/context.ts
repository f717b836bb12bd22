import { makeDay } from '../model/day.js';
import type { Day } from '../model/types.js';
import type { Lang } from '../text/labels.js';
import { usageError } from '../errors.js';

/** Today in the machine's local time zone: the manager's calendar day. The CLI alone reads the clock. */
export function localToday(): Day {
  const now = new Date();
  return makeDay(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}

/** The local time of day as `HH:MM`. */
export function localTime(): string {
  const now = new Date();
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

/** `--lang`, else the system locale (LC_ALL, LC_MESSAGES, LANG), else English. */
export function resolveLang(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (option !== undefined) {
    const o = option.toLowerCase();
    if (o === 'en' || o.startsWith('en-')) return 'en';
    if (o === 'zh' || o === 'zh-cn' || o === 'zh_cn' || o === 'zh-hans') return 'zh-CN';
    throw usageError('lang-bad', { value: option });
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

/** The system's IANA time zone, for calendar exports. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
