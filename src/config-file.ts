import { DEFAULTS, type Settings } from './config.js';
import { FIELD_IDS, type ExtraAliases } from './columns/fields.js';
import { METRICS, RULE_IDS, type MetricId, type RuleId } from './model/types.js';
import { LANGS, type Lang } from './text/labels.js';

/** The contents of `talks.config.json`, every key optional. */
export interface ConfigFile {
  rules?: Partial<Settings['rules']>;
  ranking?: Partial<Omit<Settings['ranking'], 'weights' | 'higherIsBetter'>> & {
    weights?: Partial<Record<MetricId, number>>;
    higherIsBetter?: Partial<Record<MetricId, boolean>>;
  };
  swing?: Partial<Settings['swing']>;
  schedule?: Partial<Settings['schedule']>;
  language?: Lang;
  calendar?: string;
  aliases?: ExtraAliases;
  questions?: Partial<Record<Lang, Partial<Record<RuleId | 'core', string[]>>>>;
  /** Per manager (as named in the roster's manager column): their own capacity, hours, rooms… */
  managers?: Record<string, ManagerSettings>;
  /** Shift names used in the roster or the shifts file, e.g. {"早班": ["07:00", "15:00"]}. */
  shifts?: Record<string, [string, string]>;
}

type ManagerSettings = Partial<Omit<Settings['schedule'], 'pullForwardDays'>>;

type Check = (v: unknown) => string | undefined;

const num = (min: number, max: number, integer = true): Check => (v) =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v))
    ? undefined
    : `must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`;
const bool: Check = (v) => (typeof v === 'boolean' ? undefined : 'must be true or false');
const text: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : 'must be a non-empty text');
const texts: Check = (v) => (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x.trim() !== '') ? undefined : 'must be a list of texts');
const time = /^([01]?\d|2[0-3]):[0-5]\d$/;
const hours: Check = (v) =>
  Array.isArray(v) && v.length > 0 && v.every((r) => Array.isArray(r) && r.length === 2 && r.every((t) => typeof t === 'string' && time.test(t)))
    ? undefined
    : 'must be a list of ["HH:MM", "HH:MM"] ranges, e.g. [["10:00", "12:00"], ["14:00", "17:30"]]';
const oneOf = (values: readonly string[]): Check => (v) => (typeof v === 'string' && values.includes(v) ? undefined : `must be one of ${values.join(', ')}`);

/** Any key, each value checked the same way (a table keyed by manager or shift name). */
const EACH = Symbol('each');
type Shape = { [key: string]: Check | Shape; [EACH]?: Check | Shape };

function keyed(keys: readonly string[], check: Check | Shape): Shape {
  return Object.fromEntries(keys.map((k) => [k, check]));
}

const pair: Check = (v) =>
  Array.isArray(v) && v.length === 2 && v.every((t) => typeof t === 'string' && time.test(t)) ? undefined : 'must be a ["HH:MM", "HH:MM"] range, e.g. ["22:00", "07:00"]';

const SCHEDULE: Shape = {
  talkMinutes: num(30, 60),
  gapMinutes: num(0, 120),
  hours,
  capacity: num(1, 1000),
  perDay: num(1, 100),
  pullForwardDays: num(0, 90),
  rooms: texts,
};
/** A manager's own schedule settings; pulling forward stays one setting for the centre. */
const MANAGER: Shape = Object.fromEntries(Object.entries(SCHEDULE).filter(([k]) => k !== 'pullForwardDays'));

/** One table drives validation; its keys mirror DEFAULTS. */
const SHAPE: Shape = {
  rules: keyed(Object.keys(DEFAULTS.rules), num(0, 3650)),
  ranking: {
    windowPeriods: num(1, 104),
    topShare: num(0, 1, false),
    coreShare: num(0, 1, false),
    minTenureDays: num(0, 3650),
    weights: keyed(METRICS, num(0, 100, false)),
    higherIsBetter: keyed(METRICS, bool),
  },
  swing: { minPoints: num(0, 100, false), madSigmas: num(0, 20, false), minBaseline: num(1, 52), maxBaseline: num(1, 104) },
  schedule: SCHEDULE,
  language: oneOf(LANGS),
  calendar: text,
  aliases: keyed(FIELD_IDS, texts),
  questions: keyed(LANGS, { ...keyed(RULE_IDS, texts), core: texts }),
  managers: { [EACH]: MANAGER },
  shifts: { [EACH]: pair },
};

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

function walk(value: unknown, shape: Shape, path: string, errors: string[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push(`${path || 'The config'} must be an object ({ … })`);
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    const where = path ? `${path}.${key}` : key;
    // Only the table's own keys: "toString" or "__proto__" must not find Object.prototype's members.
    const rule = Object.hasOwn(shape, key) ? shape[key] : shape[EACH];
    if (RESERVED.has(key)) {
      errors.push(`"${where}" is not allowed: __proto__, constructor and prototype are never config keys. Known keys here: ${Object.keys(shape).join(', ')}`);
    } else if (rule === undefined) {
      errors.push(`Unknown key "${where}". Known keys here: ${Object.keys(shape).join(', ')}`);
    } else if (typeof rule === 'function') {
      const problem = rule(v);
      if (problem) errors.push(`"${where}" ${problem} (got ${JSON.stringify(v)})`);
    } else {
      walk(v, rule, where, errors);
    }
  }
}

/** Validates a parsed config file: the config when valid, else every problem. Pure. */
export function validateConfig(json: unknown): { config?: ConfigFile; errors: string[] } {
  const errors: string[] = [];
  walk(json, SHAPE, '', errors);
  return errors.length ? { errors } : { config: json as ConfigFile, errors };
}

/** Defaults overridden by the config file, section by section. */
export function settingsFrom(config: ConfigFile | undefined): Settings {
  const c = config ?? {};
  return {
    rules: { ...DEFAULTS.rules, ...c.rules },
    ranking: {
      ...DEFAULTS.ranking,
      ...c.ranking,
      weights: { ...DEFAULTS.ranking.weights, ...c.ranking?.weights },
      higherIsBetter: { ...DEFAULTS.ranking.higherIsBetter, ...c.ranking?.higherIsBetter },
    },
    swing: { ...DEFAULTS.swing, ...c.swing },
    schedule: { ...DEFAULTS.schedule, ...c.schedule },
  };
}

