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
};

const TABLES: Record<Lang, Table> = { en: EN, 'zh-CN': ZH };

/** An error's message and hint in `lang`, when src/text has them for its code. */
export function errorText(lang: Lang, code: string, args: ErrorArgs = {}): { message: string; hint?: string } | undefined {
  const t = TABLES[lang][code];
  return t && { message: t.message(args), hint: t.hint?.(args) };
}
