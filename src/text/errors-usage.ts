import type { ErrorTable } from './errors-types.js';

/** Usage errors (exit 2): a bad option value or a combination that cannot work. */
export const USAGE_EN: ErrorTable = {
  /** A sentence already in the user's language (from src/text, e.g. PREP_PLAN_TEXT). */
  'as-said': { message: (a) => String(a.text) },
  'feedback-o-format': { message: (a) => `-o writes the workbook; --format ${a.format} prints to the terminal.`, hint: (a) => `Leave out -o, or redirect: talks feedback --format ${a.format} > feedback.${a.format}` },
  'notice-needs-output': { message: () => '--notice and -o FILE go together: talks issues --notice -o notice.md', hint: () => 'Give both, e.g. talks issues --notice -o notice.md.' },
  'notice-ext': { message: (a) => `The notice is written as .md or .txt (got "${a.output}").`, hint: () => 'Name the file e.g. notice.md (Markdown) or notice.txt (plain text).' },
  'resolve-both': { message: () => 'Give either --category or issue refs, not both.', hint: () => 'e.g. talks resolve --category shift --text "..."' },
  'resolve-category': { message: (a) => `--category must be one of ${a.categories} (got "${a.value}").`, hint: (a) => `Or a name: ${a.en}; ${a.zh}.` },
  'resolve-none': { message: () => 'Say which issues were resolved: --category CAT, or refs like A012/2026-11-23/1.', hint: () => 'Run "talks issues" to see each issue with its Ref.' },
  'resolve-text': { message: () => '--text is required: what was done, in a sentence the team can read.', hint: () => 'e.g. --text "Shift swaps are answered within 2 days"' },
  'lang-bad': { message: (a) => `--lang must be en or zh-CN (got "${a.value}").` },
  'day-bad': { message: (a) => `${a.flag} must be a date written YYYY-MM-DD, e.g. 2026-11-23 (got "${a.value}").` },
  'int-bad': { message: (a) => `${a.flag} must be a whole number from 1 to 1000 (got "${a.value}").` },
  'mib-bad': { message: (a) => `${a.flag} must be a whole number of MiB from 1 to ${a.max} (got "${a.value}"), e.g. ${a.flag} 4096.` },
  'tz-bad': { message: (a) => `--tz ${a.tz} is not a time zone.`, hint: () => 'Use a name like Asia/Shanghai, Europe/London or America/New_York.' },
  'encoding-bad': { message: (a) => `Unknown encoding "${a.name}".`, hint: () => 'Use utf8, utf16le, utf16be, gbk or gb18030 (or leave --encoding out to detect it).' },
  'output-ext': { message: (a) => `${a.option} ${a.path}: the file name must end in ${a.ext}.`, hint: (a) => `For example ${a.option} ${a.example}.` },
  'workbook-conflict': { message: () => '-o names the workbook to write, and --no-workbook says to write none.', hint: () => 'Leave out one of them.' },
  'manager-no-column': {
    message: (a) => `--manager ${a.name}: the roster has no manager column.`,
    hint: () => 'Add a Manager column to the roster (e.g. Manager, Site Manager, 经理), or leave --manager out.',
  },
  'manager-unknown': { message: (a) => `--manager ${a.name}: no agent in the roster has that manager.`, hint: (a) => `Managers in the roster: ${a.managers}.` },
  'record-same-file': {
    message: (a) => `the plan workbook and --history are the same file (${a.plan}).`,
    hint: () => 'Pass the plan workbook (.xlsx) and keep the archive in its own file, e.g. --history talks.db.',
  },
  'record-not-xlsx': { message: (a) => `talks record reads the plan workbook written by "talks plan" (.xlsx), not ${a.plan}.` },
  'record-history-xlsx': { message: (a) => `--history ${a.history} looks like a workbook; the archive is an SQLite file.`, hint: () => 'Use e.g. --history talks.db.' },
  'inputs-none': {
    message: (a) => `talks ${a.command} needs a roster, KPI files (--kpi FILE), or both.`,
    hint: (a) => `For example: talks ${a.command} roster.xlsx --kpi kpi.xlsx, or talks ${a.command} --kpi kpi.xlsx.`,
  },
  'calendar-unknown': {
    message: (a) => `--calendar ${a.value}: no such calendar or file.`,
    hint: () => 'Use weekdays, cn (mainland China official holidays), a CSV/xlsx file of dates marked holiday or workday, or cn,FILE.',
  },
  'week-past': {
    message: (a) => `--week ${a.week}: the week of ${a.start} is over, and talks are never planned before today (${a.today}).`,
    hint: () => 'Leave --week out to plan this week, or give a date in this or a later week.',
  },
};

export const USAGE_ZH: ErrorTable = {
  'as-said': { message: (a) => String(a.text) },
  'feedback-o-format': { message: (a) => `-o 用于写出工作簿；--format ${a.format} 输出到终端。`, hint: (a) => `请去掉 -o，或重定向：talks feedback --format ${a.format} > feedback.${a.format}` },
  'notice-needs-output': { message: () => '--notice 与 -o 文件 须一起使用：talks issues --notice -o notice.md', hint: () => '请两者都写，如 talks issues --notice -o notice.md。' },
  'notice-ext': { message: (a) => `通知只能写成 .md 或 .txt（收到的是“${a.output}”）。`, hint: () => '请把文件命名为如 notice.md（Markdown）或 notice.txt（纯文本）。' },
  'resolve-both': { message: () => '请给出 --category 或问题编号之一，不要同时给出。', hint: () => '例如 talks resolve --category shift --text "..."' },
  'resolve-category': { message: (a) => `--category 必须是 ${a.categories} 之一（收到的是“${a.value}”）。`, hint: (a) => `也可写名称：${a.zh}；${a.en}。` },
  'resolve-none': { message: () => '请说明哪些问题已解决：--category 类别，或如 A012/2026-11-23/1 的问题编号。', hint: () => '运行 "talks issues" 可查看每个问题的编号。' },
  'resolve-text': { message: () => '必须写 --text：做了什么，用团队能看懂的一句话。', hint: () => '例如 --text "换班申请在 2 天内答复"' },
  'lang-bad': { message: (a) => `--lang 只能是 en 或 zh-CN（收到的是“${a.value}”）。` },
  'day-bad': { message: (a) => `${a.flag} 必须是 YYYY-MM-DD 格式的日期，如 2026-11-23（收到的是“${a.value}”）。` },
  'int-bad': { message: (a) => `${a.flag} 必须是 1 到 1000 之间的整数（收到的是“${a.value}”）。` },
  'mib-bad': { message: (a) => `${a.flag} 必须是 1 到 ${a.max} 之间的整数（单位 MiB，收到的是“${a.value}”）。` },
  'tz-bad': { message: (a) => `--tz ${a.tz} 不是时区。`, hint: () => '请使用 Asia/Shanghai、Europe/London 或 America/New_York 这样的名称。' },
  'encoding-bad': { message: (a) => `无法识别的编码“${a.name}”。`, hint: () => '请使用 utf8、utf16le、utf16be、gbk 或 gb18030（或不写 --encoding，自动识别）。' },
  'output-ext': { message: (a) => `${a.option} ${a.path}：文件名必须以 ${a.ext} 结尾。`, hint: (a) => `例如 ${a.option} ${a.example}。` },
  'workbook-conflict': { message: () => '-o 指定要写出的工作簿，而 --no-workbook 表示不写工作簿。', hint: () => '请去掉其中一个。' },
  'manager-no-column': { message: (a) => `--manager ${a.name}：花名册没有经理列。`, hint: () => '请在花名册中加经理列（如 经理、Manager、Site Manager），或不写 --manager。' },
  'manager-unknown': { message: (a) => `--manager ${a.name}：花名册中没有坐席属于这位经理。`, hint: (a) => `花名册中的经理：${a.managers}。` },
  'record-same-file': { message: (a) => `计划工作簿与 --history 是同一个文件（${a.plan}）。`, hint: () => '请传入计划工作簿（.xlsx），并把档案放在单独的文件中，如 --history talks.db。' },
  'record-not-xlsx': { message: (a) => `talks record 读取的是 "talks plan" 写出的计划工作簿（.xlsx），而不是 ${a.plan}。` },
  'record-history-xlsx': { message: (a) => `--history ${a.history} 看起来是工作簿；面谈档案是 SQLite 文件。`, hint: () => '请使用如 --history talks.db。' },
  'inputs-none': {
    message: (a) => `talks ${a.command} 需要花名册、KPI文件（--kpi 文件），或两者都要。`,
    hint: (a) => `例如：talks ${a.command} roster.xlsx --kpi kpi.xlsx，或 talks ${a.command} --kpi kpi.xlsx。`,
  },
  'calendar-unknown': { message: (a) => `--calendar ${a.value}：没有这个日历或文件。`, hint: () => '请使用 weekdays、cn（中国大陆法定节假日）、标注了假日或工作日的 CSV/xlsx 日期文件，或 cn,文件。' },
  'week-past': {
    message: (a) => `--week ${a.week}：${a.start} 这一周已经过去，面谈不会安排在今天（${a.today}）之前。`,
    hint: () => '不写 --week 即安排本周，或给出本周或以后某周的日期。',
  },
};
