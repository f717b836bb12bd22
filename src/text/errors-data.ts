import type { Warning } from '../model/types.js';
import type { Problem } from '../model/outcome-problems.js';
import { METRICS } from '../model/types.js';
import { PRIMARY_ALIASES, type FieldId } from '../columns/fields.js';
import type { ErrorArgs, ErrorTable } from './errors-types.js';
import { FIELD_LABELS_ZH } from './check.js';
import { renderPlace } from './place.js';
import { warningText } from './warnings.js';
import { problemLines } from './record-problems.js';

/** Errors whose English text is built here too (the others carry theirs where they are raised). */
export const DATA_EN: ErrorTable = {
  unexpected: { message: (a) => `unexpected problem: ${a.detail}`, hint: () => 'Please report it with the command you ran.' },
  'bad-outcomes': {
    message: (a, items) => `${a.count === 1 ? '1 cell needs' : `${a.count} cells need`} fixing before the outcomes can be recorded; nothing was recorded:\n${problemLines(items as Problem[], 'en')}`,
    hint: () => 'Fix these cells in the workbook, save it, and run "talks record" again.',
  },
  'roster-all-skipped': {
    message: (a) => `None of the roster's ${a.skipped} rows could be read, so there is no agent to plan for. The first problems:`,
    hint: (a, items) => `${(items as Warning[]).map((w) => `  ${renderPlace(w)}: ${w.message}`).join('\n')}\nFix these columns (run "talks check ${a.file}" to see every problem) and run again.`,
  },
  'duplicate-agent': {
    message: (a) => `Agent ID "${a.id}" appears twice, in rows ${a.first} and ${a.second}.`,
    hint: () => 'Each agent must have one row in the roster: remove or correct the duplicate row.',
  },
  'no-kpi': {
    message: () => 'There is no KPI data to rank by.',
    hint: () => 'Add --kpi FILE with your KPI export (or a KPI sheet in the roster workbook); run "talks check" to see what was found.',
  },
  'impact-no-kpi': { message: () => 'There is no KPI data to measure the talks by.', hint: () => 'Add --kpi FILE with your KPI exports, including the weeks since the talks.' },
  'unknown-agent': {
    message: (a) => `No agent with the ID "${a.id}" in the roster.`,
    hint: (a) => `${a.close ? `Close IDs: ${a.close}. ` : ''}Check the ID in the roster's agent ID column and run the command again.`,
  },
  'bad-schedule-setting': { message: (a) => scheduleEn(a).message, hint: (a) => scheduleEn(a).hint },
};

function scheduleEn(a: ErrorArgs): { message: string; hint: string } {
  if (a.kind === 'time') return { message: `"${a.value}" is not a time of day.`, hint: 'Write working hours as HH:MM, e.g. ["10:00", "12:00"].' };
  if (a.kind === 'talk') return { message: `A talk of ${a.value} minutes is not allowed.`, hint: 'Set the talk length to 30–60 minutes.' };
  if (a.kind === 'gap') return { message: `A gap of ${a.value} minutes between talks is not allowed.`, hint: 'Set the gap to 0 or more whole minutes.' };
  if (a.kind === 'reversed') return { message: `The working hours ${a.value} end before they start.`, hint: 'Write each range as [start, end].' };
  return { message: `The working hours ${a.value} overlap another range.`, hint: 'Make the ranges separate.' };
}

function scheduleZh(a: ErrorArgs): { message: string; hint: string } {
  if (a.kind === 'time') return { message: `“${a.value}”不是时刻。`, hint: '工作时间请写成 HH:MM，如 ["10:00", "12:00"]。' };
  if (a.kind === 'talk') return { message: `不允许 ${a.value} 分钟的面谈时长。`, hint: '请把面谈时长设为 30–60 分钟。' };
  if (a.kind === 'gap') return { message: `不允许面谈之间间隔 ${a.value} 分钟。`, hint: '请把间隔设为 0 或更多的整数分钟。' };
  if (a.kind === 'reversed') return { message: `工作时间 ${a.value} 的结束早于开始。`, hint: '每段请写成 [开始, 结束]。' };
  return { message: `工作时间 ${a.value} 与另一段重叠。`, hint: '请让各段时间互不重叠。' };
}

const fieldsZh = (a: ErrorArgs): string[] => [
  ...String(a.fields).split(',').filter(Boolean).map((f) => FIELD_LABELS_ZH[f as FieldId] ?? f),
  ...(a.metric ? ['KPI指标'] : []),
];

/** `没有找到工号、入职日期列。可接受的表头：…`: the Chinese of `describeMissing`. */
function missingZh(a: ErrorArgs): string {
  const fields = String(a.fields).split(',').filter(Boolean) as FieldId[];
  const accepted = fields.map((f) => `${FIELD_LABELS_ZH[f]}：${PRIMARY_ALIASES[f].join('、')}`);
  if (a.metric) accepted.push(`KPI指标，任一即可：${METRICS.map((m) => `${PRIMARY_ALIASES[m].join('、')}（${FIELD_LABELS_ZH[m]}）`).join('；')}`);
  const names = fieldsZh(a).join('、');
  const head = a.best ? `没有${names}列。找到的列：${a.found || '无'}。` : `没有找到含${names}列的表头行。`;
  return `${head}可接受的表头——${accepted.join('；')}。请重命名或添加这些列。`;
}

const ALIASES_HINT = '如果列名不同，请在 talks.config.json 中映射，例如';

export const DATA_ZH: ErrorTable = {
  'no-kpi': { message: () => '没有可用于排名的KPI数据。', hint: () => '请用 --kpi 文件 提供KPI导出文件（或在花名册工作簿中加KPI工作表）；运行 "talks check" 查看读取到的内容。' },
  'impact-no-kpi': { message: () => '没有可用于衡量面谈效果的KPI数据。', hint: () => '请用 --kpi 文件 提供KPI导出文件，并包含面谈之后的各周。' },
  unexpected: { message: (a) => `意外问题：${a.detail}`, hint: () => '请连同所运行的命令一起报告此问题。' },
  'bad-outcomes': {
    message: (a, items) => `有 ${a.count} 个单元格需要先修正，才能记录面谈结果；本次没有记录任何内容：\n${problemLines(items as Problem[], 'zh-CN')}`,
    hint: () => '请在工作簿中修正这些单元格，保存后重新运行 "talks record"。',
  },
  'roster-all-skipped': {
    message: (a) => `花名册的 ${a.skipped} 行都无法读取，没有可安排的坐席。前几个问题：`,
    hint: (a, items) => `${(items as Warning[]).map((w) => `  ${renderPlace(w, 'zh-CN')}: ${warningText(w, 'zh-CN')}`).join('\n')}\n请修正这些列（运行 "talks check ${a.file}" 查看所有问题）后重新运行。`,
  },
  'duplicate-agent': {
    message: (a) => `工号“${a.id}”出现了两次，在第 ${a.first} 行和第 ${a.second} 行。`,
    hint: () => '每名坐席在花名册中只能有一行：请删除或更正重复的行。',
  },
  'unknown-agent': {
    message: (a) => `花名册中没有工号为“${a.id}”的坐席。`,
    hint: (a) => `${a.close ? `相近的工号：${a.close}。` : ''}请核对花名册工号列中的工号后重新运行命令。`,
  },
  'bad-schedule-setting': { message: (a) => scheduleZh(a).message, hint: (a) => scheduleZh(a).hint },
  'roster-columns': {
    message: missingZh,
    hint: (a) =>
      a.kpiLike
        ? `此文件看起来是KPI数据（坐席、日期和指标），不是HR花名册。请用 --kpi 传入："talks check --kpi ${a.file}" 或 "talks rank --kpi ${a.file}" 不需要花名册；"talks plan" 还需要花名册。`
        : `花名册需要一个表头行，至少有工号列和入职日期列。${ALIASES_HINT} {"aliases": {"agentId": ["Staff No"], "hireDate": ["Joined on"]}}。`,
  },
  'kpi-columns': {
    message: missingZh,
    hint: () => `KPI文件需要一个表头行，含工号（或坐席姓名）、周期（周或日期）和至少一个指标。${ALIASES_HINT} {"aliases": {"csat": ["Customer score"]}}。`,
  },
  'shifts-columns': {
    message: missingZh,
    hint: () => '排班文件需要一个表头行，含工号、日期和班次：开始和结束列（Start、End），或班次列（09:00-18:00、22:00-07:00 或配置中的班次名称）。',
  },
  'sheet-missing': {
    message: (a) => `没有名为“${a.sheet}”的工作表。`,
    hint: (a) => (a.names ? `工作簿中的工作表：${a.names}。请检查 ${a.option}，或不写该选项。` : '请检查工作表名称（运行 "talks check 文件" 可列出所有工作表），或不指定该选项。'),
  },
  'bad-talk-time': { message: (a) => `${a.agent} 的面谈时间是“${a.start}”–“${a.end}”，不是 HH:MM。` },
  ics: { message: (a) => `无法生成日历文件：${a.detail}。` },
  'not-a-plan': {
    message: (a) => `此工作簿不是面谈计划：没有任何工作表含有日程表头 ${a.needed}。`,
    hint: () => '请传入 "talks plan" 写出的工作簿，并在其中填写是否已面谈、面谈日期、问题类别、问题和备注列。',
  },
  'archive-not-file': { message: () => '面谈档案必须是文件，但这是一个文件夹。', hint: () => '请用 --history 指向一个文件，如 --history talks.db。' },
  'archive-folder-missing': { message: (a) => `文件夹 ${a.dir} 不存在。`, hint: () => '请先创建该文件夹，或用 --history 指向已有文件夹中的文件。' },
  'archive-open': { message: (a) => `无法打开面谈档案：${a.detail}。`, hint: () => '请确认该文件及其文件夹可读写，或用 --history 指向其他位置。' },
  'archive-newer': {
    message: (a) => `此档案由更新版本的 talks 写出（档案版本 ${a.version}；当前 talks 最多支持 ${a.known}）。`,
    hint: () => '请升级 talks，或用 --history 指向其他文件。',
  },
  'archive-read-only': { message: () => '面谈档案以只读方式打开。' },
  'calendar-no-working-day': {
    message: (a) => `日历 ${a.name} 在 ${a.from} 前后 ${a.days} 天内没有工作日。`,
    hint: () => '请检查日历文件：标为假日的日期太多了。',
  },
  'calendar-no-date-column': {
    message: (a) => `日历文件 ${a.file} 中没有日期列。`,
    hint: () => '请加一个表头行，含“日期”列（Date），如需标注工作日，再加“类型”列（Type），填写 假日 或 工作日（holiday / workday）。',
  },
};
