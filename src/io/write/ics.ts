import { createRequire } from 'node:module';
import type { EventAttributes } from 'ics';
import { TalksError, usageError } from '../../errors.js';
import { isoWeekLabel } from '../../model/day.js';
import type { Day, Talk } from '../../model/types.js';
import { RULE_LABELS, SCHEDULE_HEADERS, type Lang } from '../../text/labels.js';

export interface IcsOptions {
  /** IANA time zone the plan's local times are in, e.g. `Asia/Shanghai`. */
  tz: string;
  week: { start: Day; end: Day };
  lang?: Lang;
  /** When the file is written (the CLI's clock): DTSTAMP, and SEQUENCE so a calendar takes a re-planned week as an update. */
  now: Date;
}

/** Seconds since 2026-01-01: grows with every re-plan of the same week, as SEQUENCE must (RFC 5545 §3.8.7.4). */
const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);

/** Control characters other than tab and line feed have no place in calendar text. */
function plain(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw usageError('tz-bad', { tz });
    }
    formatters.set(tz, f);
  }
  return f;
}

/** Milliseconds the zone's wall clock is ahead of UTC at instant `t`. */
function zoneOffset(tz: string, t: number): number {
  const p = Object.fromEntries(formatter(tz).formatToParts(new Date(t)).map((x) => [x.type, x.value]));
  return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second) - t;
}

/** The UTC instant (ms) of wall-clock `hhmm` on `day` in `tz`; DST-aware (two passes settle the offset). */
export function zonedToUtc(day: Day, hhmm: string, tz: string): number {
  const [y, mo, d] = day.split('-').map(Number);
  const [h, mi] = hhmm.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const first = wall - zoneOffset(tz, wall);
  return wall - zoneOffset(tz, first);
}

function summary(t: Talk, lang: Lang): string {
  const who = [t.agentId, t.name].filter(Boolean).join(' ');
  const type = RULE_LABELS[lang][t.rule];
  return lang === 'zh-CN' ? `1:1 面谈 — ${who}（${type}）` : `1:1 — ${who} (${type})`;
}

function description(t: Talk, lang: Lang): string {
  const h = SCHEDULE_HEADERS[lang];
  const [sep, comma] = lang === 'zh-CN' ? ['：', '、'] : [': ', ', '];
  return [
    `${h.talkType}${sep}${t.rules.map((r) => RULE_LABELS[lang][r]).join(comma)}`,
    `${h.due}${sep}${t.due}`,
    t.team ? `${h.team}${sep}${t.team}` : '',
    t.lead ? `${h.lead}${sep}${t.lead}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** One UID per agent and ISO week, so importing a re-planned week updates its events instead of adding copies. */
function uidFor(agentId: string, week: string, seen: Map<string, number>): string {
  const base = `${week}-${encodeURIComponent(agentId)}`;
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return `${n === 1 ? base : `${base}-${n}`}@talks`;
}

/** Re-folds content lines at 75 octets (the library folds at 75 characters, too long for CJK text). */
function foldOctets(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let size = 0;
      for (const ch of line) {
        const n = Buffer.byteLength(ch);
        if (size + n > (parts.length === 0 ? 75 : 74)) {
          parts.push(part);
          part = '';
          size = 0;
        }
        part += ch;
        size += n;
      }
      parts.push(part);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** The scheduled talks of a week as an iCalendar file (RFC 5545, CRLF, times in UTC). */
export function renderIcs(talks: readonly Talk[], opts: IcsOptions): string {
  const lang = opts.lang ?? 'en';
  formatter(opts.tz);
  const week = isoWeekLabel(opts.week.start);
  const stamp = opts.now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const sequence = Math.max(0, Math.floor((opts.now.getTime() - SEQUENCE_EPOCH) / 1000));
  const seen = new Map<string, number>();
  const events = talks
    .filter((t) => t.date !== null && t.start !== null && t.end !== null)
    .map((t): EventAttributes & { timestamp: string } => {
      if (!HHMM.test(t.start!) || !HHMM.test(t.end!)) {
        throw new TalksError('bad-talk-time', `talk for ${t.agentId} has times "${t.start}"–"${t.end}", not HH:MM.`, { args: { agent: t.agentId, start: t.start ?? '', end: t.end ?? '' } });
      }
      return {
        uid: uidFor(t.agentId, week, seen),
        timestamp: stamp,
        sequence,
        start: zonedToUtc(t.date!, t.start!, opts.tz),
        end: zonedToUtc(t.date!, t.end!, opts.tz),
        startInputType: 'utc',
        startOutputType: 'utc',
        endInputType: 'utc',
        endOutputType: 'utc',
        title: plain(summary(t, lang)),
        description: plain(description(t, lang)),
        ...(t.location ? { location: plain(t.location) } : {}),
        status: 'CONFIRMED',
        busyStatus: 'BUSY',
      };
    });
  // Loaded here: only --ics needs it.
  const { createEvents } = createRequire(import.meta.url)('ics') as typeof import('ics');
  const { error, value } = createEvents(events, { productId: '-//talks//one-on-one plan//EN', method: 'PUBLISH', calName: `1:1 ${week}` });
  if (error || value === null) {
    throw new TalksError('ics', `the calendar file could not be built: ${error?.message ?? 'unknown reason'}.`, { args: { detail: error?.message ?? '?' } });
  }
  return foldOctets(value);
}
