/** What a config value must be: rendered as a sentence in src/text/config-problems.ts. */
export type Expect =
  | { kind: 'whole' | 'number'; min: number; max: number }
  | { kind: 'bool' | 'text' | 'texts' | 'hours' | 'range' }
  | { kind: 'hours-reversed' | 'hours-overlap'; range: string }
  | { kind: 'one-of'; values: readonly string[] };

/**
 * A config value's check: undefined when the value is good, else what it must be. `T` is the type
 * of a good value; the config file's TypeScript type is derived from it (src/options/config-type.ts).
 */
export type Check<T = unknown> = ((v: unknown) => Expect | undefined) & { /** Never set: only the type checker reads it. */ readonly valueType?: T };

export const num = (min: number, max: number, integer = true): Check<number> => (v) =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v))
    ? undefined
    : { kind: integer ? 'whole' : 'number', min, max };
export const bool: Check<boolean> = (v) => (typeof v === 'boolean' ? undefined : { kind: 'bool' });
export const text: Check<string> = (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : { kind: 'text' });
export const texts: Check<string[]> = (v) => (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x.trim() !== '') ? undefined : { kind: 'texts' });
export const oneOf = <V extends string>(values: readonly V[]): Check<V> => (v) => (typeof v === 'string' && (values as readonly string[]).includes(v) ? undefined : { kind: 'one-of', values });

const time = /^([01]?\d|2[0-3]):[0-5]\d$/;
const isTime = (t: unknown) => typeof t === 'string' && time.test(t);
const minutes = (t: string) => Number(t.split(':')[0]) * 60 + Number(t.split(':')[1]);

export const pair: Check<[string, string]> = (v) => (Array.isArray(v) && v.length === 2 && v.every(isTime) ? undefined : { kind: 'range' });

/** Working hours: ranges of HH:MM that start before they end and do not overlap. */
export const hours: Check<[string, string][]> = (v) => {
  if (!(Array.isArray(v) && v.length > 0 && v.every((r) => Array.isArray(r) && r.length === 2 && r.every(isTime)))) return { kind: 'hours' };
  const ranges = (v as [string, string][]).map(([a, b]) => ({ a: minutes(a), b: minutes(b), range: `${a}–${b}` })).sort((x, y) => x.a - y.a);
  const reversed = ranges.find((r) => r.b <= r.a);
  if (reversed) return { kind: 'hours-reversed', range: reversed.range };
  const overlap = ranges.find((r, i) => i > 0 && r.a < ranges[i - 1].b);
  return overlap ? { kind: 'hours-overlap', range: overlap.range } : undefined;
};
