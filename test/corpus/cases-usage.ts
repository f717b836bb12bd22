import type { MessageCase } from './grouped.js';
import { KPI_CSV, ROSTER_CSV, TODAY } from './inputs.js';

const R = { 'roster.csv': ROSTER_CSV };

/** Commander's own messages: unknown options and commands, missing and extra arguments, help. */
export const USAGE_CASES: MessageCase[] = [
  { name: 'an unknown option', files: R, args: ['plan', 'roster.csv', '--colour'], exit: 2, en: ["error: unknown option '--colour'", 'talks plan --help'], zh: ['错误：未知选项“--colour”', '查看用法'] },
  { name: 'a misspelt option gets a suggestion', files: R, args: ['plan', 'roster.csv', '--capacit', '3'], exit: 2, en: ['(Did you mean --capacity?)'], zh: ['您是否想输入 --capacity'] },
  { name: 'an unknown command', files: {}, args: ['plna'], exit: 2, en: ["error: unknown command 'plna'", '(Did you mean plan?)'], zh: ['错误：未知命令“plna”', '您是否想输入 plan'] },
  { name: 'plan without its roster', files: {}, args: ['plan'], exit: 2, en: ["error: missing required argument 'roster'"], zh: ['错误：缺少必需的参数“roster”'] },
  { name: 'record without its plan', files: {}, args: ['record'], exit: 2, en: ["error: missing required argument 'plan'"], zh: ['缺少必需的参数“plan”'] },
  { name: 'too many arguments', files: R, args: ['plan', 'roster.csv', 'roster2.csv', ...TODAY], exit: 2, en: ['error: too many arguments'], zh: ['错误：参数太多'] },
  { name: 'an option missing its value', files: R, args: ['plan', 'roster.csv', '--kpi'], exit: 2, en: ["error: option '--kpi <file>' argument missing"], zh: ['错误：选项“--kpi <file>”缺少参数值'] },
  { name: 'a --format that is not offered', files: R, args: ['check', 'roster.csv', '--format', 'xml'], exit: 2, en: ["argument 'xml' is invalid. Allowed choices are"], zh: ['的值“xml”无效。可选值：'] },
  { name: 'rank --group-by a field that is not offered', files: { 'kpi.csv': KPI_CSV }, args: ['rank', '--kpi', 'kpi.csv', '--group-by', 'shoe'], exit: 2, en: ["argument 'shoe' is invalid"], zh: ['的值“shoe”无效'] },
  { name: 'history --format that is not offered', files: {}, args: ['history', 'A1', '--format', 'pdf'], exit: 2, en: ['Allowed choices are'], zh: ['可选值'] },
  { name: 'plan --period that is not offered', files: R, args: ['plan', 'roster.csv', '--period', 'year'], exit: 2, en: ['Allowed choices are'], zh: ['可选值'] },
  { name: 'talks with no command shows help on stderr', files: {}, args: [], exit: 2, both: ['plan', 'record'], zh: ['用法：', '安排本周的一对一面谈'], noLangOption: true },
  { name: 'help for plan', files: {}, args: ['plan', '--help'], exit: 0, en: ['Usage: talks plan', 'Options:', '(default: 10)'], zh: ['用法：', '选项：', '每周面谈场数（默认：10）', '显示命令的帮助'] },
  { name: 'help for record', files: {}, args: ['record', '--help'], exit: 0, en: ['the talk archive (SQLite) (default: talks.db)'], zh: ['面谈档案（SQLite）（默认：talks.db）'] },
  { name: 'help for check', files: {}, args: ['check', '--help'], exit: 0, en: ['output format: text or json (default: text)'], zh: ['输出格式：text 或 json（默认：text）'] },
  { name: 'the version', files: {}, args: ['--version'], exit: 0, both: ['0.1.0'], noLangOption: true },
];
