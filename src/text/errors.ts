import type { Lang } from './labels.js';

export type ErrorArgs = Record<string, string | number>;

interface ErrorText {
  message: (a: ErrorArgs) => string;
  hint?: (a: ErrorArgs) => string;
}

type Table = Partial<Record<string, ErrorText>>;

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

const why = (lang: Lang, a: ErrorArgs) => systemReason(lang, a.errno === undefined ? undefined : String(a.errno), String(a.detail ?? ''));
const isFull = (a: ErrorArgs) => a.errno === 'ENOSPC' || a.errno === 'EDQUOT';

const EN: Table = {
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
};

const TABLES: Record<Lang, Table> = { en: EN, 'zh-CN': ZH };

/** An error's message and hint in `lang`, when src/text has them for its code. */
export function errorText(lang: Lang, code: string, args: ErrorArgs = {}): { message: string; hint?: string } | undefined {
  const t = TABLES[lang][code];
  return t && { message: t.message(args), hint: t.hint?.(args) };
}
