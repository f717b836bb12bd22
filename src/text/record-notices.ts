import type { Lang } from './labels.js';

export interface UnheldNotice {
  who: string;
  cells: string[];
}

/** A talk typed into but not marked held: said so it is never lost without a word. */
export function unheldText(n: UnheldNotice, lang: Lang): string {
  const shown = n.cells.slice(0, 3).join('; ');
  const more = n.cells.length > 3 ? (lang === 'en' ? ` and ${n.cells.length - 3} more` : ` 等 ${n.cells.length} 处`) : '';
  return lang === 'en'
    ? `${n.who}: something is typed (${shown}${more}) but Held is empty, so this talk was not recorded. Fill in Held (Yes/No) and run talks record again.`
    : `${n.who}：已填写内容（${shown}${more}），但“是否已面谈”为空，此次面谈未记录。请填写“是否已面谈”（是/否）后重新运行 talks record。`;
}
