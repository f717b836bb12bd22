import type { MessageCase } from './grouped.js';
import { ROSTER_CSV, TODAY } from './inputs.js';

const withConfig = (name: string, json: string, en: string[], zh: string[], exit = 1, args = ['check', 'roster.csv']): MessageCase => ({
  name: `config: ${name}`,
  files: { 'roster.csv': ROSTER_CSV, 'talks.config.json': json },
  args,
  exit,
  en,
  zh,
  both: ['talks.config.json'],
});

const plan = ['plan', 'roster.csv', ...TODAY];

/** Config files that cannot be used: the key named, what it accepts. */
export const CONFIG_CASES: MessageCase[] = [
  withConfig('not JSON', '{"schedule": {capacity: 4}}', ['The config file is not valid JSON: line 1, column 15', 'without double quotes'], ['配置文件不是有效的 JSON：第 1 行第 15 列', '键名没有加双引号']),
  withConfig('a trailing comma', '{"language": "en",}', ['not valid JSON', 'line 1, column 19', 'no comma after the last entry'], ['不是有效的 JSON', '第 1 行第 19 列', '多了一个逗号']),
  withConfig('a comment', '{\n  // capacity for December\n  "schedule": {"capacity": 8}\n}', ['line 2, column 3: a comment'], ['第 2 行第 3 列：有注释']),
  withConfig('cut off', '{"schedule": {"capacity": 8}', ['the file ends before the JSON is complete'], ['JSON 还没结束文件就结束了']),
  withConfig('a list, not an object', '[1, 2]', ['The config must be an object'], ['配置文件必须是对象']),
  withConfig('an unknown key', '{"capacity": 4}', ['Unknown key "capacity". Known keys here: rules'], ['未知的键“capacity”。此处可用的键：rules']),
  withConfig('a misspelt nested key', '{"schedule": {"capcity": 4}}', ['Unknown key "schedule.capcity"', 'capacity'], ['未知的键“schedule.capcity”']),
  withConfig('a number out of range', '{"schedule": {"talkMinutes": 90}}', ['"schedule.talkMinutes" must be a whole number from 30 to 60 (got 90)'], ['“schedule.talkMinutes”必须是 30 到 60 之间的整数（收到的是 90）']),
  withConfig('a fraction out of range', '{"ranking": {"topShare": 1.5}}', ['"ranking.topShare" must be a number from 0 to 1'], ['必须是 0 到 1 之间的数字']),
  withConfig('text where a number goes', '{"rules": {"guardDays": "thirty"}}', ['"rules.guardDays" must be a whole number from 0 to 3650 (got "thirty")'], ['“rules.guardDays”必须是 0 到 3650 之间的整数']),
  withConfig('a word where true/false goes', '{"ranking": {"higherIsBetter": {"aht": "no"}}}', ['must be true or false'], ['必须是 true 或 false']),
  withConfig('a language nobody speaks', '{"language": "fr"}', ['"language" must be one of en, zh-CN'], ['必须是 en、zh-CN 之一']),
  withConfig('hours that are not ranges', '{"schedule": {"hours": [["10:00"]]}}', ['"schedule.hours" must be a list of ["HH:MM", "HH:MM"] ranges'], ['时间段的列表']),
  withConfig('rooms that are not a list', '{"schedule": {"rooms": "Room 1"}}', ['"schedule.rooms" must be a list of texts'], ['必须是文本列表']),
  withConfig('an empty calendar name', '{"calendar": ""}', ['"calendar" must be a non-empty text'], ['必须是非空文本']),
  withConfig('a shift that is no range', '{"shifts": {"早班": ["07:00"]}}', ['"shifts.早班" must be a ["HH:MM", "HH:MM"] range'], ['必须是一个 ["HH:MM", "HH:MM"] 时间段']),
  withConfig('a manager setting that is unknown', '{"managers": {"Zhou": {"pullForwardDays": 3}}}', ['Unknown key "managers.Zhou.pullForwardDays"'], ['未知的键“managers.Zhou.pullForwardDays”']),
  withConfig('__proto__', '{"__proto__": {"capacity": 0}}', ['"__proto__" is not allowed'], ['不允许使用“__proto__”']),
  withConfig('constructor', '{"constructor": {}}', ['"constructor" is not allowed'], ['不允许使用“constructor”']),
  withConfig('prototype nested', '{"ranking": {"prototype": 1}}', ['"ranking.prototype" is not allowed'], ['不允许使用“ranking.prototype”']),
  withConfig('hasOwnProperty', '{"hasOwnProperty": 1}', ['Unknown key "hasOwnProperty"'], ['未知的键“hasOwnProperty”']),
  withConfig('valueOf nested', '{"rules": {"valueOf": 1}}', ['Unknown key "rules.valueOf"'], ['未知的键“rules.valueOf”']),
  withConfig('toString in questions', '{"questions": {"en": {"toString": ["x"]}}}', ['Unknown key "questions.en.toString"'], ['未知的键“questions.en.toString”']),
  withConfig('three problems at once', '{"capacity": 4, "language": "fr", "schedule": {"perDay": 0}}', ['The config file has 3 problems'], ['配置文件有 3 个问题']),
  withConfig('working hours that end before they start', '{"schedule": {"hours": [["12:00", "10:00"]]}}', ['"schedule.hours" has the range 12:00–10:00, which ends before it starts'], ['“schedule.hours”中的时间段 12:00–10:00 结束早于开始'], 1, plan),
  withConfig('working hours that overlap', '{"schedule": {"hours": [["10:00", "12:00"], ["11:00", "13:00"]]}}', ['"schedule.hours" has the range 11:00–13:00, which overlaps another'], ['“schedule.hours”中的时间段 11:00–13:00 与另一段重叠'], 1, plan),
  {
    name: 'config: a manager nobody in the roster has',
    files: { 'roster.csv': ROSTER_CSV, 'talks.config.json': '{"managers": {"Nobody": {"capacity": 3}}}' },
    args: ['plan', 'roster.csv', '--no-workbook', ...TODAY],
    exit: 0,
    en: ['settings for the manager "Nobody", but no agent in the roster has that manager'],
    zh: ['配置中有经理“Nobody”的设置'],
  },
  {
    name: 'config: --config naming a file that is not there',
    files: { 'roster.csv': ROSTER_CSV },
    args: ['check', 'roster.csv', '--config', 'settings.json'],
    exit: 2,
    en: ['Config file not found', '--config'],
    zh: ['找不到配置文件'],
    both: ['settings.json'],
  },
  {
    name: 'config: the language comes from the config when no --lang is given',
    files: { 'roster.csv': ROSTER_CSV, 'talks.config.json': '{"language": "zh-CN"}' },
    args: ['plan', 'roster.csv', '--capacity', 'lots', ...TODAY],
    exit: 2,
    only: 'en',
    speaks: 'zh',
    both: ['--capacity 必须是 1 到 1000 之间的整数'],
  },
];
