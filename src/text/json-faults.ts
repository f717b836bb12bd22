import type { JsonFault, JsonSyntaxError } from '../model/json-fault.js';
import type { Lang } from './labels.js';

const EN: Record<JsonFault, (found: string) => string> = {
  end: () => 'the file ends before the JSON is complete (a closing "}", "]" or quote is missing)',
  'trailing-comma': (f) => `a comma before "${f}" (JSON allows no comma after the last entry)`,
  comment: () => 'a comment (JSON allows no comments)',
  'single-quote': () => "text in single quotes (JSON needs double quotes: \"...\")",
  'unquoted-key': () => 'a key without double quotes (write it as "key")',
  'missing-colon': (f) => `"${f}" where a ":" should follow the key`,
  'missing-comma': (f) => `"${f}" where a "," should separate two entries`,
  'newline-in-string': () => 'a line break inside quoted text (close the quote on the same line)',
  'bad-escape': () => 'a backslash that JSON does not allow (write \\\\ for a backslash, e.g. in a Windows path)',
  'after-end': (f) => `"${f}" after the end of the JSON (only one { … } is allowed)`,
  unexpected: (f) => `"${f}" is not allowed here`,
};

const ZH: Record<JsonFault, (found: string) => string> = {
  end: () => 'JSON 还没结束文件就结束了（缺少右括号 "}"、"]" 或引号）',
  'trailing-comma': (f) => `"${f}" 前面多了一个逗号（JSON 不允许最后一项后面有逗号）`,
  comment: () => '有注释（JSON 不允许注释）',
  'single-quote': () => '用了单引号（JSON 必须用英文双引号 "..."）',
  'unquoted-key': () => '键名没有加双引号（请写成 "键名"）',
  'missing-colon': (f) => `此处是 "${f}"，键名后面应是冒号 ":"`,
  'missing-comma': (f) => `此处是 "${f}"，两项之间应有逗号 ","`,
  'newline-in-string': () => '引号内的文字中间换行了（请在同一行内闭合引号）',
  'bad-escape': () => '有 JSON 不允许的反斜杠（反斜杠要写成 \\\\，例如 Windows 路径）',
  'after-end': (f) => `JSON 结束后还有 "${f}"（只能有一个 { … }）`,
  unexpected: (f) => `此处不能出现 "${f}"`,
};

/** `line 3, column 15: a comma before "}" …`: where a config file stops being JSON, and why. */
export function jsonFaultText(lang: Lang, e: JsonSyntaxError): string {
  const why = (lang === 'en' ? EN : ZH)[e.fault](e.found);
  return lang === 'en' ? `line ${e.line}, column ${e.column}: ${why}` : `第 ${e.line} 行第 ${e.column} 列：${why}`;
}
