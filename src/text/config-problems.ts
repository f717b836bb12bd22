import type { ConfigProblem } from '../options/config-schema.js';
import type { Expect } from '../options/checks.js';
import type { Lang } from './labels.js';

function expectEn(e: Expect): string {
  switch (e.kind) {
    case 'whole':
      return `must be a whole number from ${e.min} to ${e.max}`;
    case 'number':
      return `must be a number from ${e.min} to ${e.max}`;
    case 'bool':
      return 'must be true or false';
    case 'text':
      return 'must be a non-empty text';
    case 'texts':
      return 'must be a list of texts';
    case 'hours':
      return 'must be a list of ["HH:MM", "HH:MM"] ranges, e.g. [["10:00", "12:00"], ["14:00", "17:30"]]';
    case 'range':
      return 'must be a ["HH:MM", "HH:MM"] range, e.g. ["22:00", "07:00"]';
    case 'hours-reversed':
      return `has the range ${e.range}, which ends before it starts: write each range as [start, end]`;
    case 'hours-overlap':
      return `has the range ${e.range}, which overlaps another: make the ranges separate`;
    case 'one-of':
      return `must be one of ${e.values.join(', ')}`;
  }
}

function expectZh(e: Expect): string {
  switch (e.kind) {
    case 'whole':
      return `必须是 ${e.min} 到 ${e.max} 之间的整数`;
    case 'number':
      return `必须是 ${e.min} 到 ${e.max} 之间的数字`;
    case 'bool':
      return '必须是 true 或 false';
    case 'text':
      return '必须是非空文本';
    case 'texts':
      return '必须是文本列表';
    case 'hours':
      return '必须是 ["HH:MM", "HH:MM"] 时间段的列表，如 [["10:00", "12:00"], ["14:00", "17:30"]]';
    case 'range':
      return '必须是一个 ["HH:MM", "HH:MM"] 时间段，如 ["22:00", "07:00"]';
    case 'hours-reversed':
      return `中的时间段 ${e.range} 结束早于开始：每段请写成 [开始, 结束]`;
    case 'hours-overlap':
      return `中的时间段 ${e.range} 与另一段重叠：请让各段时间互不重叠`;
    case 'one-of':
      return `必须是 ${e.values.join('、')} 之一`;
  }
}

/** One problem of a config file, naming the key and what it accepts. */
export function configProblemText(lang: Lang, p: ConfigProblem): string {
  const known = 'known' in p ? p.known.join(', ') : '';
  if (lang === 'en') {
    switch (p.code) {
      case 'not-object':
        return `${p.path ? `"${p.path}"` : 'The config'} must be an object ({ … })`;
      case 'reserved':
        return `"${p.path}" is not allowed: __proto__, constructor and prototype are never config keys. Known keys here: ${known}`;
      case 'unknown-key':
        return `Unknown key "${p.path}". Known keys here: ${known}`;
      case 'bad-value':
        return `"${p.path}" ${expectEn(p.expect)} (got ${p.got})`;
    }
  }
  switch (p.code) {
    case 'not-object':
      return `${p.path ? `“${p.path}”` : '配置文件'}必须是对象（{ … }）`;
    case 'reserved':
      return `不允许使用“${p.path}”：__proto__、constructor 和 prototype 不能作为配置键。此处可用的键：${known}`;
    case 'unknown-key':
      return `未知的键“${p.path}”。此处可用的键：${known}`;
    case 'bad-value':
      return `“${p.path}”${expectZh(p.expect)}（收到的是 ${p.got}）`;
  }
}
