import type { Lang } from './labels.js';

/** The line under a table that left columns out to fit the terminal; `where` has them all. */
export function leftOutNote(lang: Lang, columns: string[], where: 'workbook' | 'csv' | 'json'): string {
  if (lang === 'en') {
    const rest = where === 'workbook' ? 'the workbook has them' : `a wider terminal or --format ${where} shows them`;
    return `Left out to fit the terminal: ${columns.join(', ')} (${rest}).`;
  }
  const rest = where === 'workbook' ? '工作簿中有完整内容' : `加宽终端或使用 --format ${where} 可查看`;
  return `为适应终端宽度未显示：${columns.join('、')}（${rest}）。`;
}
