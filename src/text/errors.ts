import type { Lang } from './labels.js';
import type { ErrorArgs, ErrorTable as Table } from './errors-types.js';
import { USAGE_EN, USAGE_ZH } from './errors-usage.js';
import { DATA_EN, DATA_ZH } from './errors-data.js';
import type { ConfigProblem } from '../options/config-schema.js';
import { configProblemText } from './config-problems.js';
import { jsonFaultText } from './json-faults.js';
import { readerDetailZh } from './reader-details.js';
import type { JsonFault, JsonSyntaxError } from '../model/json-fault.js';

export type { ErrorArgs };

/** What a failed system call means for the user, by its errno code. */
const REASON: Record<Lang, Partial<Record<string, string>>> = {
  en: {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the disk is read-only',
    EBUSY: 'the file is in use by another program',
    EIO: 'the disk reported an input/output error',
  },
  'zh-CN': {
    ENOSPC: '磁盘已满',
    EDQUOT: '磁盘配额已用完',
    EACCES: '没有权限',
    EPERM: '没有权限',
    EROFS: '磁盘是只读的',
    EBUSY: '文件正被其他程序使用',
    EIO: '磁盘读写出错',
  },
};

/** `the disk is full (ENOSPC)`; the system's own words for a code without a translation. */
function systemReason(lang: Lang, code: string | undefined, detail: string): string {
  const said = code ? REASON[lang][code] : undefined;
  return said ? `${said} (${code})` : detail;
}

/** The arguments that describe a failed system call: its errno code and the system's own words. */
export function systemFailure(e: unknown): ErrorArgs {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const detail = e instanceof Error ? e.message : String(e);
  return code === undefined ? { detail } : { errno: code, detail };
}

const fault = (a: ErrorArgs): JsonSyntaxError => ({ fault: a.fault as JsonFault, line: Number(a.line), column: Number(a.column), found: String(a.found) });
const why = (lang: Lang, a: ErrorArgs) => systemReason(lang, a.errno === undefined ? undefined : String(a.errno), String(a.detail ?? ''));
const isFull = (a: ErrorArgs) => a.errno === 'ENOSPC' || a.errno === 'EDQUOT';

const EN: Table = {
  'config-json': {
    message: (a) => `The config file is not valid JSON: ${jsonFaultText('en', fault(a))}.`,
    hint: () => 'Open the file in an editor, fix that place and run the command again; "talks init" writes a fresh config file.',
  },
  'config-invalid': {
    message: (a, items) => `The config file has ${a.count} problem${a.count === 1 ? '' : 's'}:\n  ${(items as ConfigProblem[]).map((p) => configProblemText('en', p)).join('\n  ')}`,
    hint: () => 'Fix or remove these keys; see the README for the accepted keys.',
  },
  'stdout-failed': {
    message: (a) => `could not write the output: ${why('en', a)}.`,
    hint: () => 'Free some space, or send the output to another file or program.',
  },
  'output-write': {
    message: (a) => `could not write ${a.path}: ${why('en', a)}.`,
    hint: (a) => (isFull(a) ? 'Free some space on that disk, or write to another folder with -o FILE.' : 'Check that the file is not open in Excel and that the folder is writable.'),
  },
  'archive-busy': {
    message: () => 'the talk archive is in use by another program (another "talks record" or a database viewer) and stayed locked.',
    hint: () => 'Wait until the other program has finished (or close it), then run the command again.',
  },
  'archive-full': {
    message: (a) => `the talk archive could not be written: ${why('en', a)}. Nothing of this workbook was stored.`,
    hint: () => 'Free some space on that disk (or point --history at a file on another disk), then run talks record again.',
  },
  'archive-schema': {
    message: (a) => `this talk archive is damaged: its "${a.table}" table has no "${a.column}" column.`,
    hint: () => 'Restore the archive from a backup, or point --history at another file; talks never changes this file.',
  },
  'xlsx-part-too-large': {
    message: (a) => `the part ${a.part} of this workbook unzips to ${a.size} MiB, more than the limit of ${a.limit} MiB.`,
    hint: (a) => (a.fixed ? 'In a real workbook this part is a few KiB: the file is damaged or forged. Ask for the export again.' : 'If the workbook is genuine, export fewer rows or columns, save it as .csv, or raise the limit with --max-unzipped MIB.'),
  },
  'xlsx-bomb': {
    message: (a) => `the part ${a.part} of this workbook would unzip to ${a.ratio} times its packed size: this is not a spreadsheet export but a "zip bomb".`,
    hint: () => 'Ask for the export again; if the file is genuine, save it as .csv.',
  },
  'xlsx-part-lies': {
    message: (a) => `the part ${a.part} of this workbook holds more data than its zip header says (${a.declared} bytes): the file is damaged or forged.`,
    hint: () => 'Open it in Excel and save it again as .xlsx, or export the data again.',
  },
  'xlsx-strings-too-large': {
    message: (a) => `the workbook's shared text table holds more than ${a.limit} MiB of text or ${a.items} texts.`,
    hint: () => 'Export fewer columns or rows, or save the sheet as .csv.',
  },
  'xlsx-cell-ref': {
    message: (a) => `a cell reference "${a.ref}" lies beyond Excel's last column XFD or last row 1048576: the file is damaged or was not written by a spreadsheet program.`,
    hint: () => 'Open it in Excel and save it again as .xlsx, or export the data again.',
  },
  'xlsx-row-too-long': {
    message: (a) => `one row of this sheet takes more than ${a.limit} MiB of XML (or never ends).`,
    hint: () => 'Open it in Excel and save it again as .xlsx, or export the data again.',
  },
  'xlsx-encrypted': {
    message: () => 'this workbook is password-protected (encrypted), so it cannot be read.',
    hint: () => 'Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it), save, and run the command again.',
  },
  'xlsx-old-xls': {
    message: () => 'this is an old-style Excel 97–2003 workbook (.xls) with an .xlsx name.',
    hint: () => 'Open it in Excel and save it as "Excel Workbook (.xlsx)" or as .csv, then run the command again.',
  },
  'csv-quote-unclosed': {
    message: () => 'a quoted field (one that starts with ") begins on this row and is never closed, so the rest of the file would be read as one cell.',
    hint: () => 'Look on this row for a stray or missing " mark (a quote inside a field is written twice: ""), or export the file again.',
  },
  'csv-line-too-long': {
    message: (a) => `this row runs for more than ${a.limit} million characters without a line break: it is not a row of a table.`,
    hint: () => 'Check that this is the right file (a CSV export has one row per line); if it is, export it again.',
  },
};

const ZH: Table = {
  'stdout-failed': {
    message: (a) => `无法写出输出：${why('zh-CN', a)}。`,
    hint: () => '请腾出磁盘空间，或把输出发送到其他文件或程序。',
  },
  'output-write': {
    message: (a) => `无法写入 ${a.path}：${why('zh-CN', a)}。`,
    hint: (a) => (isFull(a) ? '请腾出该磁盘的空间，或用 -o 文件 写到其他文件夹。' : '请确认该文件没有在 Excel 中打开，且文件夹可写。'),
  },
  'archive-busy': {
    message: () => '面谈档案正被其他程序使用（另一个 “talks record” 或数据库查看器），一直处于锁定状态。',
    hint: () => '请等其他程序结束（或将其关闭）后重新运行命令。',
  },
  'archive-full': {
    message: (a) => `无法写入面谈档案：${why('zh-CN', a)}。本工作簿的内容均未保存。`,
    hint: () => '请腾出该磁盘的空间（或用 --history 指向其他磁盘上的文件），然后重新运行 talks record。',
  },
  'archive-schema': {
    message: (a) => `面谈档案已损坏：其“${a.table}”表缺少“${a.column}”列。`,
    hint: () => '请从备份恢复档案，或用 --history 指向其他文件；talks 不会修改此文件。',
  },
  'xlsx-part-too-large': {
    message: (a) => `此工作簿的部件 ${a.part} 解压后有 ${a.size} MiB，超过上限 ${a.limit} MiB。`,
    hint: (a) => (a.fixed ? '真实工作簿中此部件只有几 KiB：文件已损坏或被篡改。请重新索取导出文件。' : '如果工作簿确实无误，请减少导出的行或列、另存为 .csv，或用 --max-unzipped MIB 提高上限。'),
  },
  'xlsx-bomb': {
    message: (a) => `此工作簿的部件 ${a.part} 解压后将是压缩大小的 ${a.ratio} 倍：这不是表格导出文件，而是“压缩炸弹”。`,
    hint: () => '请重新索取导出文件；如果文件确实无误，请另存为 .csv。',
  },
  'xlsx-part-lies': {
    message: (a) => `此工作簿的部件 ${a.part} 的数据多于其 zip 头所声明的大小（${a.declared} 字节）：文件已损坏或被篡改。`,
    hint: () => '请在 Excel 中打开并重新另存为 .xlsx，或重新导出数据。',
  },
  'xlsx-strings-too-large': {
    message: (a) => `此工作簿的共享文本表超过 ${a.limit} MiB 或 ${a.items} 条文本。`,
    hint: () => '请减少导出的列或行，或把工作表另存为 .csv。',
  },
  'xlsx-cell-ref': {
    message: (a) => `单元格引用“${a.ref}”超出了 Excel 的最后一列 XFD 或最后一行 1048576：文件已损坏，或不是电子表格程序写出的。`,
    hint: () => '请在 Excel 中打开并重新另存为 .xlsx，或重新导出数据。',
  },
  'xlsx-row-too-long': {
    message: (a) => `此工作表的一行 XML 超过 ${a.limit} MiB（或没有结束）。`,
    hint: () => '请在 Excel 中打开并重新另存为 .xlsx，或重新导出数据。',
  },
  'xlsx-encrypted': {
    message: () => '此工作簿设有打开密码（已加密），无法读取。',
    hint: () => '请在 Excel 中打开，取消密码（文件 › 信息 › 保护工作簿 › 用密码进行加密，清空密码）并保存，然后重新运行命令。',
  },
  'xlsx-old-xls': {
    message: () => '这是旧版 Excel 97–2003 工作簿（.xls），只是文件名为 .xlsx。',
    hint: () => '请在 Excel 中打开并另存为“Excel 工作簿 (.xlsx)”或 .csv，然后重新运行命令。',
  },
  'csv-quote-unclosed': {
    message: () => '此行有一个以引号（"）开头的字段，一直没有结束，文件的其余部分会被读成一个单元格。',
    hint: () => '请检查此行是否多了或少了一个 " 号（字段中的引号应写成两个：""），或重新导出文件。',
  },
  'csv-line-too-long': {
    message: (a) => `此行超过 ${a.limit} 百万个字符仍没有换行：这不是表格中的一行。`,
    hint: () => '请确认文件是否选对（CSV 导出文件每行一条记录）；如果没错，请重新导出。',
  },
};

/** Errors raised with their English text in place (and their values in `args`), in Chinese. */
Object.assign(ZH, {
  'file-missing': { message: () => '找不到此文件。', hint: () => '请检查路径和拼写；在文件所在的文件夹中运行命令，或写出完整路径。' },
  'file-is-folder': { message: () => '这是一个文件夹，不是文件。' },
  'file-empty': { message: () => '文件是空的。', hint: () => '请重新导出数据，并确认文件中有数据行。' },
  'file-xls': { message: () => '无法读取旧版 .xls 工作簿。', hint: () => '请在 Excel 中打开并另存为 .xlsx（Excel 工作簿）或 .csv，然后重新运行命令。' },
  'file-type': { message: (a) => `无法读取“${a.ext}”文件。`, hint: () => '请把数据另存为 .xlsx 或 .csv。' },
  'file-unreadable': {
    message: (a) => `无法把此文件读取为${a.xlsx ? ' Excel 工作簿' : '文本表格'}（${readerDetailZh(String(a.detail))}）。`,
    hint: (a) => (a.xlsx ? '文件可能已损坏或未完整复制：请在 Excel 中打开，重新另存为 .xlsx 后再试。' : '请确认这是 CSV 导出文件；如不确定，请在 Excel 中另存为“CSV UTF-8”。'),
  },
  'sheet-missing': { message: (a) => `没有名为“${a.sheet}”的工作表。`, hint: () => '请检查工作表名称（运行 "talks check 文件" 可列出所有工作表），或不指定该选项。' },
  'roster-empty': { message: (a) => `花名册有表头行（第 ${a.row} 行），但下面没有坐席数据行。`, hint: () => '请重新导出带数据行的花名册，或用 --sheet 名称 指向存放数据的工作表。' },
  'config-missing': { message: () => '找不到配置文件。', hint: () => '请检查 --config 后面的路径。' },
  'config-json': { message: (a) => `配置文件不是有效的 JSON：${jsonFaultText('zh-CN', fault(a))}。`, hint: () => '请在编辑器中打开该文件，修改这一处后重新运行；也可以运行 "talks init" 生成一份新的配置文件。' },
  'config-invalid': {
    message: (a, items) => `配置文件有 ${a.count} 个问题：\n  ${(items as ConfigProblem[]).map((p) => configProblemText('zh-CN', p)).join('\n  ')}`,
    hint: () => '请修正或删除这些键；可用的键见 README。',
  },
  'not-xlsx': { message: () => '此文件不是可以读取的 Excel 工作簿（.xlsx）。', hint: () => '请传入 "talks plan" 写出的计划工作簿，并以 .xlsx 格式保存。' },
  'unknown-agent': { message: (a) => `花名册中没有工号为“${a.id}”的坐席。`, hint: () => '请核对花名册工号列中的工号后重新运行命令。' },
  'output-folder': { message: (a) => `文件夹 ${a.dir} 不存在。`, hint: () => '请先创建该文件夹，或选择其他输出文件。' },
  'output-is-folder': { message: (a) => `${a.path} 是一个文件夹。`, hint: (a) => `请用 ${a.option} 文件 给出文件名。` },
  'output-is-input': { message: (a) => `拒绝把输出写到输入文件 ${a.path} 上。`, hint: (a) => `请用 ${a.option} 文件 选择其他输出文件。` },
  'output-exists': { message: (a) => `${a.path} 已存在。`, hint: (a) => `加上 --force 可替换它，或用 ${a.option} 文件 选择其他文件。` },
  'output-open': { message: (a) => `${a.path} 正在 Excel 中打开。`, hint: (a) => `请先在 Excel 中关闭它，或用 ${a.option} 文件 选择其他文件。` },
  'archive-damaged': { message: () => '这不是可读取的面谈档案：文件不是 SQLite 数据库，或已损坏。', hint: () => '请用 --history 指向其他文件（或从备份恢复档案）；talks 不会替换或修改此文件。' },
  'archive-foreign': { message: () => '此 SQLite 数据库属于其他程序，不是面谈档案。', hint: () => '请用 --history 指向面谈档案（默认 ./talks.db）或一个新文件名；talks 不会修改此文件。' },
} satisfies Table);

const TABLES: Record<Lang, Table> = { en: { ...EN, ...USAGE_EN, ...DATA_EN }, 'zh-CN': { ...ZH, ...USAGE_ZH, ...DATA_ZH } };

/** An error's message and hint in `lang`, when src/text has them for its code. */
export function errorText(lang: Lang, code: string, args: ErrorArgs = {}, items: readonly unknown[] = []): { message: string; hint?: string } | undefined {
  const t = TABLES[lang][code];
  return t && { message: t.message(args, items), hint: t.hint?.(args, items) };
}

/** Message and hint on one line, for an error that is only a warning (e.g. `talks check` lists duplicates). */
export function errorLine(lang: Lang, code: string, args: ErrorArgs): string {
  const t = errorText(lang, code, args);
  return t ? [t.message, t.hint].filter(Boolean).join(' ') : code;
}
