import type { UpsertCounts } from '../model/archive.js';
import { count } from './count.js';
import type { Lang } from './labels.js';

/** What `talks record` stored: added, updated, unchanged, and the rows not filled in yet. */
export function recordSummary(counts: UpsertCounts, skipped: number, lang: Lang = 'en'): string {
  const total = counts.added + counts.updated + counts.unchanged;
  if (lang === 'zh-CN') {
    const head = `已记录 ${total} 场面谈：新增 ${counts.added}，更新 ${counts.updated}，未变 ${counts.unchanged}`;
    return skipped === 0 ? `${head}。` : `${head}；另有 ${skipped} 行尚未填写（“是否已面谈”为空）。`;
  }
  const head = `Recorded ${count(total, 'talk')}: ${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged`;
  if (skipped === 0) return `${head}.`;
  return `${head}; ${count(skipped, 'row')} not filled in yet (Held is empty).`;
}

/** The plan is open in Excel while it is recorded. */
export const PLAN_OPEN: Record<Lang, (plan: string) => string> = {
  en: (plan) => `${plan} is open in Excel: only what was saved is recorded. Save it (or close it) and run talks record again if you changed it since.`,
  'zh-CN': (plan) => `${plan} 正在 Excel 中打开：只记录已保存的内容。如果之后又改过，请保存（或关闭）后重新运行 talks record。`,
};

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
