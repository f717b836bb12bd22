import { LANGS, type Lang } from '../model/lang.js';
import { DEFAULTS } from '../model/settings.js';
import { num, oneOf, text, type Check } from './checks.js';

/**
 * Every setting and command-line option of talks, in one table. It drives commander (flags,
 * parsing, choices, defaults), the help text (the default shown from here), the validation of
 * talks.config.json, and the README's settings list (a test keeps the README in step).
 */
export interface OptionDef {
  /**
   * The talks.config.json key, dotted. `<metric>`, `<field>`, `<lang>`, `<rule>` stand for each of
   * those, `<name>` for any name. With `check`, it gives the config file's TypeScript type.
   */
  config?: 'language' | 'calendar' | `${string}.${string}`;
  /** The command-line flags, e.g. `--capacity <n>`. */
  flags?: string;
  /** What it sets, per language, without the default. */
  help: Record<Lang, string>;
  /** The default as a user reads it. */
  shown?: Record<Lang, string>;
  /** How a config value is checked; its type is the value's type in the config file. */
  check?: Check;
  /** How a typed option value is read (a usage error when it cannot be). */
  parse?: 'day' | 'count' | 'mebibytes' | 'list' | 'lang';
  choices?: readonly string[];
  /** The value a command gets when the option is left out. */
  value?: string;
}

export const same = (s: string | number): Record<Lang, string> => ({ en: String(s), 'zh-CN': String(s) });
export const json = (v: unknown) => same(JSON.stringify(v));
export const h = (en: string, zh: string): Record<Lang, string> => ({ en, 'zh-CN': zh });
const S = DEFAULTS.schedule;

/** Settings the config file and an option can both set (the option wins). */
export const SHARED = {
  capacity: { flags: '--capacity <n>', config: 'schedule.capacity', check: num(1, 1000), parse: 'count', help: h('talks per week', '每周面谈场数'), shown: same(S.capacity) },
  perDay: { flags: '--per-day <n>', config: 'schedule.perDay', check: num(1, 100), parse: 'count', help: h('talks per day', '每天面谈场数'), shown: same(S.perDay) },
  calendar: {
    flags: '--calendar <calendar>',
    config: 'calendar',
    check: text,
    help: h(
      'working days: weekdays, cn (mainland China official holidays), a file of holidays/workdays, or cn,FILE',
      '工作日：weekdays、cn（中国大陆法定节假日）、标注假日/工作日的文件，或 cn,文件',
    ),
    shown: same('weekdays'),
  },
  lang: {
    flags: '--lang <lang>',
    parse: 'lang',
    config: 'language',
    check: oneOf(LANGS),
    help: h('language of the output and messages: en or zh-CN', '输出和提示的语言：en 或 zh-CN'),
    shown: h('the config\'s "language", else the system locale', '配置中的 "language"，否则为系统语言'),
  },
} satisfies Record<string, OptionDef>;
