import type { Lang } from './labels.js';

/** Commander's own messages, recognised by their English wording (commander ^14) and said in Chinese. */
const ZH_ERRORS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^error: unknown option '([^']*)'/, (m) => `错误：未知选项“${m[1]}”`],
  [/^error: unknown command '([^']*)'/, (m) => `错误：未知命令“${m[1]}”`],
  [/^error: missing required argument '([^']*)'/, (m) => `错误：缺少必需的参数“${m[1]}”`],
  [/^error: option '([^']*)' argument missing/, (m) => `错误：选项“${m[1]}”缺少参数值`],
  [/^error: required option '([^']*)' not specified/, (m) => `错误：必须指定选项“${m[1]}”`],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./, (m) => `错误：选项“${m[1]}”的值“${m[2]}”无效。可选值：${m[3]}。`],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\.(.*)/, (m) => `错误：选项“${m[1]}”的值“${m[2]}”无效。${m[3].trim()}`],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./, (m) => `错误：参数太多${m[1] ? `（${m[1]}）` : ''}：应为 ${m[2]} 个，实际 ${m[3]} 个。`],
  [/^error: (.*) cannot be used with (.*)/, (m) => `错误：${m[1]} 不能与 ${m[2]} 同时使用`],
];

const ZH_SUGGESTION: [RegExp, (m: RegExpExecArray) => string][] = [
  [/\(Did you mean one of (.*)\?\)/, (m) => `（您是否想输入以下之一：${m[1]}？）`],
  [/\(Did you mean (.*)\?\)/, (m) => `（您是否想输入 ${m[1]}？）`],
];

function translateLine(line: string, table: [RegExp, (m: RegExpExecArray) => string][]): string {
  for (const [re, zh] of table) {
    const m = re.exec(line);
    if (m) return zh(m) + line.slice(m.index + m[0].length);
  }
  return line;
}

/** A message commander wrote to stderr, in `lang`; lines it does not know stay as they are. */
export function commanderError(lang: Lang, text: string): string {
  if (lang === 'en') return text;
  return text
    .split('\n')
    .map((line) => translateLine(translateLine(line, ZH_ERRORS), ZH_SUGGESTION))
    .join('\n');
}

/** Commander's `[options]` and `[command]` placeholders in usage lines and the command list. */
const USAGE_ZH: [RegExp, string][] = [
  [/\[options\]/g, '[选项]'],
  [/\[command\]/g, '[命令]'],
];

export const HELP_WORDS: Record<Lang, { titles: Record<string, string>; help: string; version: string; helpCommand: string; afterError: (cmd?: string) => string; usage: (line: string) => string; withDefault: (help: string, shown: string) => string }> = {
  en: {
    titles: {},
    help: 'display help for command',
    version: 'output the version number',
    helpCommand: 'display help for command',
    afterError: (cmd) => (cmd ? `(run "talks ${cmd} --help" for usage)` : '(run "talks --help" or "talks <command> --help" for usage)'),
    usage: (line) => line,
    withDefault: (help, shown) => `${help} (default: ${shown})`,
  },
  'zh-CN': {
    titles: { 'Usage:': '用法：', 'Options:': '选项：', 'Arguments:': '参数：', 'Commands:': '命令：', 'Global Options:': '全局选项：' },
    help: '显示命令的帮助',
    version: '显示版本号',
    helpCommand: '显示命令的帮助',
    afterError: (cmd) => (cmd ? `（运行 "talks ${cmd} --help" 查看用法）` : '（运行 "talks --help" 或 "talks <命令> --help" 查看用法）'),
    usage: (line) => USAGE_ZH.reduce((s, [re, zh]) => s.replace(re, zh), line),
    withDefault: (help, shown) => `${help}（默认：${shown}）`,
  },
};
