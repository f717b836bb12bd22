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

/** What a config value must be: rendered as a sentence in src/text/config-problems.ts. */
export type Expect =
  | { kind: 'whole' | 'number'; min: number; max: number }
  | { kind: 'bool' | 'text' | 'texts' | 'hours' | 'range' }
  | { kind: 'hours-reversed' | 'hours-overlap'; range: string }
  | { kind: 'one-of'; values: readonly string[] };

/** One problem of a config file, as a code and the facts its sentence is made of. */
export type ConfigProblem =
  | { code: 'not-object'; path: string }
  | { code: 'reserved' | 'unknown-key'; path: string; known: string[] }
  | { code: 'bad-value'; path: string; expect: Expect; got: string };

type Check = (v: unknown) => Expect | undefined;

const num = (min: number, max: number, integer = true): Check => (v) =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v))
    ? undefined
    : { kind: integer ? 'whole' : 'number', min, max };
const bool: Check = (v) => (typeof v === 'boolean' ? undefined : { kind: 'bool' });
const text: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : { kind: 'text' });
const texts: Check = (v) => (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x.trim() !== '') ? undefined : { kind: 'texts' });
const time = /^([01]?\d|2[0-3]):[0-5]\d$/;
const minutes = (t: string) => Number(t.split(':')[0]) * 60 + Number(t.split(':')[1]);
const hours: Check = (v) => {
  if (!(Array.isArray(v) && v.length > 0 && v.every((r) => Array.isArray(r) && r.length === 2 && r.every((t) => typeof t === 'string' && time.test(t))))) return { kind: 'hours' };
  const ranges = (v as [string, string][]).map(([a, b]) => ({ a: minutes(a), b: minutes(b), range: `${a}–${b}` })).sort((x, y) => x.a - y.a);
  const reversed = ranges.find((r) => r.b <= r.a);
  if (reversed) return { kind: 'hours-reversed', range: reversed.range };
  const overlap = ranges.find((r, i) => i > 0 && r.a < ranges[i - 1].b);
  return overlap ? { kind: 'hours-overlap', range: overlap.range } : undefined;
};
const oneOf = (values: readonly string[]): Check => (v) => (typeof v === 'string' && values.includes(v) ? undefined : { kind: 'one-of', values });

/** Any key, each value checked the same way (a table keyed by manager or shift name). */
const EACH = Symbol('each');
type Shape = { [key: string]: Check | Shape; [EACH]?: Check | Shape };

function keyed(keys: readonly string[], check: Check | Shape): Shape {
  return Object.fromEntries(keys.map((k) => [k, check]));
}

const pair: Check = (v) => (Array.isArray(v) && v.length === 2 && v.every((t) => typeof t === 'string' && time.test(t)) ? undefined : { kind: 'range' });

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

function walk(value: unknown, shape: Shape, path: string, problems: ConfigProblem[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ code: 'not-object', path });
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    const where = path ? `${path}.${key}` : key;
    // Only the table's own keys: "toString" or "__proto__" must not find Object.prototype's members.
    const rule = Object.hasOwn(shape, key) ? shape[key] : shape[EACH];
    const known = Object.keys(shape);
    if (RESERVED.has(key)) problems.push({ code: 'reserved', path: where, known });
    else if (rule === undefined) problems.push({ code: 'unknown-key', path: where, known });
    else if (typeof rule === 'function') {
      const expect = rule(v);
      if (expect) problems.push({ code: 'bad-value', path: where, expect, got: JSON.stringify(v) ?? String(v) });
    } else walk(v, rule, where, problems);
  }
}

/** Validates a parsed config file: the config when valid, else every problem. Pure. */
export function validateConfig(json: unknown): { config?: ConfigFile; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  walk(json, SHAPE, '', problems);
  return problems.length ? { problems } : { config: json as ConfigFile, problems };
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

