/** What a config value must be: rendered as a sentence in src/text/config-problems.ts. */
export type Expect =
  | { kind: 'whole' | 'number'; min: number; max: number }
  | { kind: 'bool' | 'text' | 'texts' | 'hours' | 'range' }
  | { kind: 'hours-reversed' | 'hours-overlap'; range: string }
  | { kind: 'one-of'; values: readonly string[] };

/** A config value's check: undefined when the value is good, else what it must be. */
export type Check = (v: unknown) => Expect | undefined;

export const num = (min: number, max: number, integer = true): Check => (v) =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v))
    ? undefined
    : { kind: integer ? 'whole' : 'number', min, max };
export const bool: Check = (v) => (typeof v === 'boolean' ? undefined : { kind: 'bool' });
export const text: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : { kind: 'text' });
export const texts: Check = (v) => (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x.trim() !== '') ? undefined : { kind: 'texts' });
export const oneOf = (values: readonly string[]): Check => (v) => (typeof v === 'string' && values.includes(v) ? undefined : { kind: 'one-of', values });

const time = /^([01]?\d|2[0-3]):[0-5]\d$/;
const isTime = (t: unknown) => typeof t === 'string' && time.test(t);
const minutes = (t: string) => Number(t.split(':')[0]) * 60 + Number(t.split(':')[1]);

export const pair: Check = (v) => (Array.isArray(v) && v.length === 2 && v.every(isTime) ? undefined : { kind: 'range' });

/** Working hours: ranges of HH:MM that start before they end and do not overlap. */
export const hours: Check = (v) => {
  if (!(Array.isArray(v) && v.length > 0 && v.every((r) => Array.isArray(r) && r.length === 2 && r.every(isTime)))) return { kind: 'hours' };
  const ranges = (v as [string, string][]).map(([a, b]) => ({ a: minutes(a), b: minutes(b), range: `${a}–${b}` })).sort((x, y) => x.a - y.a);
  const reversed = ranges.find((r) => r.b <= r.a);
  if (reversed) return { kind: 'hours-reversed', range: reversed.range };
  const overlap = ranges.find((r, i) => i > 0 && r.a < ranges[i - 1].b);
  return overlap ? { kind: 'hours-overlap', range: overlap.range } : undefined;
};
