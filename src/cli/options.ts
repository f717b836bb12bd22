import { Option, type Command } from 'commander';
import { isDay } from '../model/day.js';
import { usageError } from '../errors.js';
import { OPTIONS, type OptionDef, type OptionId } from '../options/table.js';
import type { Lang } from '../text/labels.js';
import { HELP_WORDS } from '../text/commander.js';
import { resolveLang } from './context.js';

/** Parses a `YYYY-MM-DD` option value or fails as a usage error. */
function day(flag: string) {
  return (value: string): string => {
    if (!isDay(value)) throw usageError('day-bad', { flag, value });
    return value;
  };
}

/** A whole number from 1 to 1000 (talks per week or per day). */
function count(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 1000) throw usageError('int-bad', { flag, value });
    return n;
  };
}

const MAX_MIB = 1024 * 1024;

/** `--max-unzipped MIB`: how far one part of an xlsx file may unzip, in bytes. */
function mebibytes(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > MAX_MIB) throw usageError('mib-bad', { flag, value, max: MAX_MIB });
    return n * 1024 * 1024;
  };
}

/** `--lang`: en or zh-CN (also `zh`, `zh_CN`, `en-GB`…), or a usage error. */
const lang = () => (value: string): Lang => resolveLang(value);

/** A repeatable option: every value, in order. */
const list = () => (value: string, previous: unknown): string[] => [...((previous as string[] | undefined) ?? []), value];

const PARSERS: Record<NonNullable<OptionDef['parse']>, (flag: string) => (value: string, previous: unknown) => unknown> = { day, count, mebibytes, list, lang };

/** `talks per week (default: 10)`: an option's help with the default the table shows. */
function optionHelp(d: OptionDef, lang: Lang): string {
  return d.shown ? HELP_WORDS[lang].withDefault(d.help[lang], d.shown[lang]) : d.help[lang];
}

const IDS = new WeakMap<Option, OptionId>();

/** The table's option `id` for commander: flags, parser, choices, default value and help. */
function tableOption(id: OptionId): Option {
  const d: OptionDef = OPTIONS[id];
  const o = new Option(d.flags!, optionHelp(d, 'en'));
  if (d.parse) o.argParser<unknown>(PARSERS[d.parse](o.long!));
  if (d.choices) o.choices(d.choices);
  if (d.value !== undefined) o.default(d.value);
  IDS.set(o, id);
  return o;
}

/** Adds the table's options `ids` to a command, in that order. */
export function addOptions(cmd: Command, ids: readonly OptionId[]): Command {
  for (const id of ids) cmd.addOption(tableOption(id));
  return cmd;
}

/** The table's id of an option added by `addOptions`; undefined for commander's own. */
export function tableOptionId(o: Option): OptionId | undefined {
  return IDS.get(o);
}

/** The help of an option added by `addOptions`, in `lang`; undefined for commander's own. */
export function tableOptionHelp(o: Option, lang: Lang): string | undefined {
  const id = IDS.get(o);
  return id && optionHelp(OPTIONS[id], lang);
}
