import type { Lang } from './labels.js';

/** `talks history` with nothing archived (for that agent) yet, and what to do. */
export function noTalksArchived(lang: Lang, archive: string, agent?: string): string {
  return lang === 'en'
    ? `No talks archived${agent ? ` for ${agent}` : ''} in ${archive} yet. Run "talks record PLAN.xlsx" after the talks.`
    : `${archive} 中还没有${agent ? ` ${agent} 的` : ''}面谈记录。面谈后请运行 "talks record 面谈计划.xlsx"。`;
}
