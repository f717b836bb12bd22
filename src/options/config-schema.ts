import { DEFAULTS, type Settings } from '../model/settings.js';
import type { ConfigFile } from './config-type.js';
import type { Check, Expect } from './checks.js';
import { CONFIG_SETTINGS, KEY_SETS, type OptionDef } from './table.js';

export type { ConfigFile } from './config-type.js';

/** One problem of a config file, as a code and the facts its sentence is made of. */
export type ConfigProblem =
  | { code: 'not-object'; path: string }
  | { code: 'reserved' | 'unknown-key'; path: string; known: string[] }
  | { code: 'bad-value'; path: string; expect: Expect; got: string };

/** Any key, each value checked the same way (a table keyed by manager or shift name). */
const EACH = Symbol('each');
type Shape = { [key: string]: Check | Shape; [EACH]?: Check | Shape };

const SECTIONS = ['rules', 'ranking', 'swing', 'schedule', 'language', 'calendar', 'aliases', 'questions', 'managers', 'shifts'];
const DEFAULT_ORDER = [...Object.keys(DEFAULTS.rules), ...Object.keys(DEFAULTS.ranking), ...Object.keys(DEFAULTS.swing), ...Object.keys(DEFAULTS.schedule)];

/** The table's config keys in the order a reader expects: by section, then as DEFAULTS lists them. */
export function configOrder(a: OptionDef, b: OptionDef): number {
  const rank = (d: OptionDef) => {
    const parts = d.config!.split('.');
    return [SECTIONS.indexOf(parts[0]), parts.slice(1).map((p) => DEFAULT_ORDER.indexOf(p)).find((i) => i >= 0) ?? -1];
  };
  const [x, y] = [rank(a), rank(b)];
  return x[0] - y[0] || x[1] - y[1];
}

function insert(shape: Shape, parts: string[], check: Check): void {
  const [head, ...rest] = parts;
  const sets: Record<string, readonly string[] | undefined> = KEY_SETS;
  const keys = Object.hasOwn(sets, head) ? sets[head] : [head];
  const place = (get: () => Check | Shape | undefined, set: (v: Check | Shape) => void) => {
    if (rest.length === 0) return set(check);
    const inner = (get() as Shape | undefined) ?? {};
    set(inner);
    insert(inner, rest, check);
  };
  if (keys === undefined) place(() => shape[EACH], (v) => (shape[EACH] = v));
  else for (const k of keys) place(() => (Object.hasOwn(shape, k) ? shape[k] : undefined), (v) => (shape[k] = v));
}

/** The config file's shape, built from the option table. */
const SHAPE: Shape = {};
for (const d of [...CONFIG_SETTINGS].sort(configOrder)) insert(SHAPE, d.config!.split('.'), d.check!);

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
