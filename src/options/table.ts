import { METRICS, RULE_IDS } from '../model/types.js';
import { FIELD_IDS } from '../columns/fields.js';
import { LANGS } from '../model/lang.js';
import { SHARED, h, same, type OptionDef } from './option-rows.js';
import { CONFIG } from './config-rows.js';

export type { OptionDef } from './option-rows.js';

// The option table: the command-line rows below, the rows an option and the config file share in
// option-rows.ts, the config-file-only rows in config-rows.ts. Together they drive commander, the
// help, the config file's checks and type, and the README's settings list.

/** How far back `--since` reaches when it is left out, per command. */
export const SINCE_DAYS = { issues: 90, impact: 90, feedback: 14 } as const;
/** The workbook `talks feedback` writes without -o. */
export const FEEDBACK_FILE = 'talks-feedback.xlsx';

const since = (days: number, en: string, zh: string): OptionDef => ({ flags: '--since <date>', parse: 'day', help: h(en, zh), shown: h(`${days} days before today`, `今天之前 ${days} 天`) });

/** Command-line options only. */
const CLI = {
  kpi: { flags: '--kpi <file>', parse: 'list', help: h('a KPI export (.xlsx or .csv); repeat for several files', 'KPI导出文件（.xlsx 或 .csv）；多个文件请重复此选项') },
  today: { flags: '--today <date>', parse: 'day', help: h("today's date, YYYY-MM-DD", '今天的日期，YYYY-MM-DD'), shown: h('the system date', '系统日期') },
  week: {
    flags: '--week <date>',
    parse: 'day',
    help: h('plan the ISO week containing this date', '安排包含此日期的 ISO 周'),
    shown: h('this week; next week on a weekend', '本周；周末时为下周'),
  },
  planOutput: { flags: '-o, --output <file>', help: h('the workbook to write', '要写出的工作簿'), shown: h('talks-plan-<ISO week>.xlsx', 'talks-plan-<ISO 周>.xlsx') },
  prepOutput: { flags: '-o, --output <file>', help: h('the workbook to write', '要写出的工作簿'), shown: h('talks-prep-<ID>.xlsx', 'talks-prep-<工号>.xlsx') },
  initOutput: { flags: '-o, --output <file>', help: h('the config file to write', '要写出的配置文件'), value: 'talks.config.json', shown: same('talks.config.json') },
  force: { flags: '--force', help: h('replace the output files if they exist', '输出文件已存在时替换') },
  history: { flags: '--history <file>', help: h('the talk archive (SQLite)', '面谈档案（SQLite）'), value: 'talks.db', shown: same('talks.db') },
  sheet: { flags: '--sheet <name>', help: h("the roster workbook's sheet to read", '要读取的花名册工作表'), shown: h('the first sheet with roster columns', '第一个含花名册列的工作表') },
  kpiSheet: { flags: '--kpi-sheet <name>', help: h("the KPI workbooks' sheet to read", '要读取的KPI工作表'), shown: h('every sheet with KPI columns', '所有含KPI列的工作表') },
  encoding: { flags: '--encoding <name>', help: h('CSV encoding: utf8, utf16le, utf16be, gbk or gb18030', 'CSV 编码：utf8、utf16le、utf16be、gbk 或 gb18030'), shown: h('detected', '自动识别') },
  maxUnzipped: {
    flags: '--max-unzipped <MiB>',
    parse: 'mebibytes',
    help: h('the most one part of an xlsx file may unzip to', 'xlsx 文件中单个部件解压后的上限'),
    shown: same(2048),
  },
  config: { flags: '--config <file>', help: h('settings file', '配置文件'), shown: h('talks.config.json in this folder, if present', '当前文件夹中的 talks.config.json（如有）') },
  period: {
    flags: '--period <period>',
    choices: ['day', 'week', 'month'],
    help: h('group KPI rows by day, week or month', '按天、周或月汇总KPI数据行'),
    shown: h('week, or month when the period column is a month', '按周；周期列为月份时按月'),
  },
  ics: {
    flags: '--ics <file>',
    help: h("also write the week's talks as calendar events (.ics) for Outlook or Google Calendar", '同时把本周面谈写成日历事件（.ics），可导入 Outlook 或 Google 日历'),
  },
  workbook: {
    flags: '--no-workbook',
    help: h('print the plan (--format json|csv|table) without writing the workbook, e.g. in scripts and pipes', '只输出计划（--format json|csv|table），不写工作簿，适用于脚本和管道'),
  },
  manager: { flags: '--manager <name>', help: h("plan this manager's week only (the roster's manager column)", '只安排这位经理的一周（花名册的经理列）') },
  shifts: {
    flags: '--shifts <file>',
    help: h(
      "a WFM schedule export (agent, date, start, end; .xlsx or .csv): talks only inside each agent's shift",
      'WFM 排班导出文件（坐席、日期、开始、结束；.xlsx 或 .csv）：面谈只安排在坐席的班次内',
    ),
  },
  tz: { flags: '--tz <zone>', help: h('time zone of the talk times in the .ics file, e.g. Asia/Shanghai', '.ics 文件中面谈时间的时区，如 Asia/Shanghai'), shown: h('the system time zone', '系统时区') },
  format: { flags: '--format <format>', choices: ['table', 'json', 'csv'], value: 'table', help: h('output format: table, json or csv', '输出格式：table、json 或 csv'), shown: same('table') },
  checkFormat: { flags: '--format <format>', choices: ['text', 'json'], value: 'text', help: h('output format: text or json', '输出格式：text 或 json'), shown: same('text') },
  groupBy: { flags: '--group-by <field>', choices: ['team'], help: h('rank within each group', '在每个分组内排名') },
  since: since(SINCE_DAYS.issues, 'issues raised on or after this day', '在此日期当天或之后提出的问题'),
  notice: { flags: '--notice', help: h('write the notice of the changes made since --since for the team (with -o FILE)', '把 --since 以来所做的改进写成给团队的通告（配合 -o 文件）') },
  noticeOutput: { flags: '-o, --output <file>', help: h('the notice file (.md or .txt)', '通告文件（.md 或 .txt）') },
  agent: { flags: '--agent <id>', help: h('the agent ID, as in the roster (needed with a roster)', '坐席工号，与花名册一致（给花名册时必填）') },
  checkShifts: {
    flags: '--shifts <file>',
    help: h('a WFM schedule export (agent, date, start, end; .xlsx or .csv) to check as plan --shifts reads it', 'WFM 排班导出文件（坐席、日期、开始、结束；.xlsx 或 .csv），按 plan --shifts 的读法检查'),
  },
  impactSince: since(SINCE_DAYS.impact, 'talks held on or after this day', '在此日期当天或之后进行的面谈'),
  feedbackSince: since(SINCE_DAYS.feedback, 'talks on or after this day (held on, else planned)', '在此日期当天或之后的面谈（按面谈日期，未面谈按计划日期）'),
  feedbackOutput: { flags: '-o, --output <file>', help: h('the workbook to write', '要写出的工作簿'), shown: same(FEEDBACK_FILE) },
  feedbackFormat: {
    flags: '--format <format>',
    choices: ['xlsx', 'json', 'csv'],
    value: 'xlsx',
    help: h('xlsx writes the workbook; json or csv print to the terminal', 'xlsx 写出工作簿；json 或 csv 输出到终端'),
    shown: same('xlsx'),
  },
  category: { flags: '--category <category>', help: h('resolve every open issue of this category', '解决此类别的所有未解决问题') },
  text: { flags: '--text <text>', help: h('what was done (shown to the team in the notice)', '所做的改进（在通告中告诉团队）') },
  on: { flags: '--on <date>', parse: 'day', help: h('the day the change took effect', '改进生效的日期'), shown: h('today', '今天') },
  resolveFormat: { flags: '--format <format>', choices: ['table', 'json'], value: 'table', help: h('output format: table or json', '输出格式：table 或 json'), shown: same('table') },
} satisfies Record<string, OptionDef>;

export const OPTIONS = { ...SHARED, ...CLI } satisfies Record<string, OptionDef>;
export type OptionId = keyof typeof OPTIONS;

/** The rows of every setting the config file can hold: their keys and checks give its type (config-type.ts). */
export type ConfigRows = typeof SHARED & typeof CONFIG;

/** Every setting the config file can hold, with its checks. */
export const CONFIG_SETTINGS: readonly OptionDef[] = [...Object.values(SHARED), ...Object.values(CONFIG)];

/** What a `<…>` part of a config key stands for; `<name>` is any name. */
export const KEY_SETS = {
  '<metric>': METRICS,
  '<field>': FIELD_IDS,
  '<lang>': LANGS,
  '<rule>': [...RULE_IDS, 'core'] as const,
  '<name>': undefined,
} satisfies Record<string, readonly string[] | undefined>;
