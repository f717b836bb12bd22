import type { Check } from './checks.js';
import type { ConfigRows, KEY_SETS } from './table.js';

/**
 * The TypeScript type of talks.config.json, derived from the option table: each row's dotted
 * `config` key is a path of optional keys, and its `check` gives the value's type. A new setting
 * is one row; no interface is written by hand (test/options/config-type.test.ts pins the result).
 */

type KeySets = typeof KEY_SETS;

/** One part of a dotted key: `<metric>` stands for every metric, `<name>` for any name. */
type Keys<P extends string> = P extends keyof KeySets ? (KeySets[P] extends readonly (infer K extends string)[] ? K : string) : P;

/** `a.b.c` holding `T` as `{ a?: { b?: { c?: T } } }`; a `<name>` part is a table of any names. */
type Nest<Path extends string, T> = Path extends `${infer Head}.${infer Rest}` ? Part<Head, Nest<Rest, T>> : Part<Path, T>;
type Part<P extends string, T> = P extends '<name>' ? Record<string, T> : { [K in Keys<P>]?: T };

type Entries = { [R in keyof ConfigRows]: ConfigRows[R] extends { config: infer P extends string; check: Check<infer T> } ? Nest<P, T> : never }[keyof ConfigRows];

type Intersect<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Flattens the intersections of the rows' paths into one plain object type, all the way down. */
type Flat<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]: Flat<T[K]> } : T;

/** The contents of `talks.config.json`, every key optional. */
export type ConfigFile = Flat<Intersect<Entries>>;
