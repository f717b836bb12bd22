import { METRICS, RULE_IDS } from '../model/types.js';
import { FIELD_IDS } from '../columns/fields.js';
import { LANGS, type Lang } from '../text/labels.js';
import { DEFAULTS } from '../model/settings.js';
import { bool, hours, num, oneOf, pair, text, texts, type Check } from './checks.js';

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

const same = (s: string | number): Record<Lang, string> => ({ en: String(s), 'zh-CN': String(s) });
const json = (v: unknown) => same(JSON.stringify(v));
const h = (en: string, zh: string): Record<Lang, string> => ({ en, 'zh-CN': zh });
const S = DEFAULTS.schedule;
const R = DEFAULTS.rules;
const K = DEFAULTS.ranking;
const W = DEFAULTS.swing;

/** How far back `--since` reaches when it is left out, per command. */
export const SINCE_DAYS = { issues: 90, impact: 90, feedback: 14 } as const;
/** The workbook `talks feedback` writes without -o. */
export const FEEDBACK_FILE = 'talks-feedback.xlsx';

const since = (days: number, en: string, zh: string): OptionDef => ({ flags: '--since <date>', parse: 'day', help: h(en, zh), shown: h(`${days} days before today`, `今天之前 ${days} 天`) });

/** Settings the config file and an option can both set (the option wins). */
const SHARED = {
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

const rule = <K extends keyof typeof R>(key: K, en: string, zh: string) =>
  ({ config: `rules.${key}`, check: num(0, 3650), help: h(en, zh), shown: same(R[key]) }) as const satisfies OptionDef;
const SCHEDULE_ONLY = {
  talkMinutes: { config: 'schedule.talkMinutes', check: num(30, 60), help: h('length of a talk in minutes', '每场面谈的分钟数'), shown: same(S.talkMinutes) },
  gapMinutes: { config: 'schedule.gapMinutes', check: num(0, 120), help: h('minutes between talks', '面谈之间的间隔分钟数'), shown: same(S.gapMinutes) },
  hours: { config: 'schedule.hours', check: hours, help: h("the manager's hours for talks", '经理可用于面谈的时间段'), shown: json(S.hours) },
  rooms: { config: 'schedule.rooms', check: texts, help: h('where talks are held, used in turn', '面谈地点，轮流使用'), shown: h(JSON.stringify(S.rooms), '["会议室", "休息室"]') },
} satisfies Record<string, OptionDef>;

const SCHEDULE = { ...SHARED, ...SCHEDULE_ONLY };
const MANAGER_OWN = ['capacity', 'perDay', 'talkMinutes', 'gapMinutes', 'hours', 'rooms'] as const;
type ManagerOwn = { [K in (typeof MANAGER_OWN)[number] as `managers.${K}`]: OptionDef & { config: `managers.<name>.${K}`; check: (typeof SCHEDULE)[K]['check'] } };

/** A manager's own schedule settings (by the name in the roster's manager column). */
const managerOwn = Object.fromEntries(
  MANAGER_OWN.map((k) => {
    const d: OptionDef = SCHEDULE[k];
    return [`managers.${k}`, { config: `managers.<name>.${k}`, check: d.check, help: h(`one manager's own ${k} (${d.help.en})`, `某位经理自己的 ${k}（${d.help['zh-CN']}）`), shown: h('the schedule setting', '同 schedule 设置') }];
  }),
) as ManagerOwn;

/** Settings only the config file holds. */
const CONFIG = {
  ...SCHEDULE_ONLY,
  pullForwardDays: {
    config: 'schedule.pullForwardDays',
    check: num(0, 90),
    help: h('days ahead a talk due later may be pulled into this week', '截止日在此天数内的面谈可提前到本周'),
    shown: same(S.pullForwardDays),
  },
  onboardingDays: rule('onboardingDays', 'days after hire during which an agent is a new hire', '入职后多少天内算新员工'),
  newHireDueDays: rule('newHireDueDays', "calendar days from hire to the new-hire talk's due date", '从入职到新员工面谈截止日的天数'),
  leadFlagDueWorkingDays: rule('leadFlagDueWorkingDays', "working days from a lead flag's report to the talk's due date", '从组长反馈到面谈截止日的工作日数'),
  swingDueWorkingDays: rule('swingDueWorkingDays', "working days from the latest KPI period's end to a swing talk's due date", '从最近KPI周期结束到波动面谈截止日的工作日数'),
  topPerformerMonths: rule('topPerformerMonths', 'months between top-performer talks', '优秀员工面谈的间隔月数'),
  routineMonths: rule('routineMonths', 'months between routine talks', '例行面谈的间隔月数'),
  guardDays: rule('guardDays', 'no top-performer, routine or swing-up talk within this many days of the last talk', '距上次面谈这么多天内不安排优秀员工、例行或上升波动面谈'),
  windowPeriods: { config: 'ranking.windowPeriods', check: num(1, 104), help: h('KPI periods the ranking looks back over', '排名回看的KPI周期数'), shown: same(K.windowPeriods) },
  topShare: { config: 'ranking.topShare', check: num(0, 1, false), help: h('share of agents marked top', '标为前列的坐席比例'), shown: same(K.topShare) },
  coreShare: { config: 'ranking.coreShare', check: num(0, 1, false), help: h('share of agents marked core', '标为核心的坐席比例'), shown: same(K.coreShare) },
  minTenureDays: { config: 'ranking.minTenureDays', check: num(0, 3650), help: h('days of tenure before an agent is ranked', '参与排名所需的在职天数'), shown: same(K.minTenureDays) },
  weights: { config: 'ranking.weights.<metric>', check: num(0, 100, false), help: h("each metric's weight in the composite score", '各指标在综合分中的权重'), shown: json(K.weights) },
  higherIsBetter: { config: 'ranking.higherIsBetter.<metric>', check: bool, help: h('whether a higher value of the metric is better', '该指标是否越高越好'), shown: json(K.higherIsBetter) },
  minPoints: { config: 'swing.minPoints', check: num(0, 100, false), help: h('the fewest points a KPI must move to be a swing', '构成波动所需的最小变化点数'), shown: same(W.minPoints) },
  madSigmas: { config: 'swing.madSigmas', check: num(0, 20, false), help: h('how many robust deviations (MAD) the move must pass', '变化须超过的稳健偏差（MAD）倍数'), shown: same(W.madSigmas) },
  minBaseline: { config: 'swing.minBaseline', check: num(1, 52), help: h('the fewest earlier periods a swing is judged against', '判断波动所需的最少历史周期数'), shown: same(W.minBaseline) },
  maxBaseline: { config: 'swing.maxBaseline', check: num(1, 104), help: h('the most earlier periods a swing is judged against', '判断波动最多使用的历史周期数'), shown: same(W.maxBaseline) },
  aliases: { config: 'aliases.<field>', check: texts, help: h('more column headers read as this field, e.g. {"agentId": ["Staff No"]}', '读作该字段的其他列名，如 {"agentId": ["Staff No"]}') },
  questions: { config: 'questions.<lang>.<rule>', check: texts, help: h('your own prep-sheet questions, per language and talk type (or "core")', '面谈准备表上的自定义问题，按语言和面谈类型（或 "core"）') },
  ...managerOwn,
  shifts: { config: 'shifts.<name>', check: pair, help: h('a shift your files write by name: ["start", "end"]', '文件中按名称书写的班次：["开始", "结束"]') },
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
