import type { ConfigFile } from './config-schema.js';
import { DEFAULTS } from '../model/settings.js';
import { normalizeHeader, PRIMARY_ALIASES, type FieldId } from '../columns/fields.js';

/** What `talks init` found in the user's files, beside the config it suggests. */
export interface InitSuggestion {
  config: ConfigFile;
  /** Headers recognised only by a further alias or a stand-in: written into `aliases`. */
  aliased: { field: FieldId; header: string; file: string }[];
  /** Headers no field claimed, per file: candidates for aliases of the user's own. */
  unused: { file: string; headers: string[] }[];
  /** Why the language and calendar were chosen. */
  chinese: boolean;
}

/** What suggestConfig reads of a table that was loaded (the loader's TableInfo). */
interface TableHeaders {
  file: string;
  columns: readonly { field: FieldId; header: string }[];
  ignoredHeaders: string[];
}

const CJK = /[\u3400-\u9fff]/;

/**
 * A starting `talks.config.json` from the tables read (pure): the aliases the headers needed,
 * the language and calendar the headers suggest (Chinese → zh-CN and cn), capacity and hours at
 * their defaults.
 */
export function suggestConfig(tables: readonly TableHeaders[]): InitSuggestion {
  const aliased: InitSuggestion['aliased'] = [];
  const aliases: Partial<Record<FieldId, string[]>> = {};
  for (const t of tables) {
    for (const c of t.columns) {
      const primary = PRIMARY_ALIASES[c.field].some((a) => normalizeHeader(a) === normalizeHeader(c.header));
      if (primary || aliases[c.field]?.includes(c.header)) continue;
      (aliases[c.field] ??= []).push(c.header);
      aliased.push({ field: c.field, header: c.header, file: t.file });
    }
  }
  const headers = tables.flatMap((t) => t.columns.map((c) => c.header));
  const chinese = headers.some((h) => CJK.test(h));
  const config: ConfigFile = {
    language: chinese ? 'zh-CN' : 'en',
    calendar: chinese ? 'cn' : 'weekdays',
    schedule: { capacity: DEFAULTS.schedule.capacity, perDay: DEFAULTS.schedule.perDay, hours: DEFAULTS.schedule.hours.map((r) => [...r] as [string, string]) },
  };
  if (Object.keys(aliases).length) config.aliases = aliases;
  const unused = tables.filter((t) => t.ignoredHeaders.length).map((t) => ({ file: t.file, headers: t.ignoredHeaders }));
  return { config, aliased, unused, chinese };
}
