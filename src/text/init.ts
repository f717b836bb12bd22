import type { InitSuggestion } from '../options/config-suggest.js';
import { FIELD_LABELS } from '../columns/fields.js';
import type { Lang } from './labels.js';

/** What each key `talks init` writes means, per language. */
const KEYS: Record<Lang, Record<string, string>> = {
  en: {
    language: 'language of the workbook, prep sheets and messages (en or zh-CN)',
    calendar: 'working days: weekdays, cn (mainland China official holidays and make-up days), or a calendar file',
    'schedule.capacity': 'talks per week at most',
    'schedule.perDay': 'talks per day at most',
    'schedule.hours': 'the hours talks may be held in, as ["HH:MM", "HH:MM"] ranges',
    aliases: 'your column headers, per field, so they are read the same way every time; add your own here',
  },
  'zh-CN': {
    language: '工作簿、面谈准备表和提示的语言（en 或 zh-CN）',
    calendar: '工作日：weekdays（周一至周五）、cn（中国大陆法定节假日及调休）或日历文件',
    'schedule.capacity': '每周最多面谈场数',
    'schedule.perDay': '每天最多面谈场数',
    'schedule.hours': '可安排面谈的时段，格式为 ["HH:MM", "HH:MM"]',
    aliases: '各字段对应的表头名称，以后每次都按此读取；可在此加入您自己的表头',
  },
};

/** The lines `talks init` prints after writing the file. */
export function initText(file: string, s: InitSuggestion, lang: Lang): string {
  const en = lang === 'en';
  const lines = [en ? `Wrote ${file}:` : `已写入 ${file}：`];
  const keys = Object.keys(KEYS[lang]).filter((k) => (k === 'aliases' ? !!s.config.aliases : true));
  const width = Math.max(...keys.map((k) => k.length));
  for (const k of keys) lines.push(`  ${k.padEnd(width)}  ${KEYS[lang][k]}`);
  if (s.chinese) lines.push(en ? 'Your headers are Chinese, so the language is zh-CN and the calendar cn.' : '您的表头是中文，因此语言设为 zh-CN，日历设为 cn。');
  for (const a of s.aliased) lines.push(en ? `  "${a.header}" is read as the ${FIELD_LABELS[a.field]} (${a.file})` : `  “${a.header}”读作 ${FIELD_LABELS[a.field]}（${a.file}）`);
  for (const u of s.unused) {
    const list = u.headers.map((h) => `"${h}"`).join(', ');
    lines.push(en ? `Not used in ${u.file}: ${list}. To use one, add it under "aliases" in ${file}.` : `${u.file} 中未使用的列：${list}。如需使用，请加到 ${file} 的 "aliases" 中。`);
  }
  lines.push(en ? 'The next runs read this file from this folder: no flags needed for these settings.' : '之后在此文件夹运行时会自动读取该文件，无需再为这些设置加参数。');
  return lines.join('\n');
}
