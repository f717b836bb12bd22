import { diffDays } from '../model/day.js';
import type { Day, Finding } from '../model/types.js';
import type { Lang } from './labels.js';
import { factSentences } from './rule-texts.js';

export { relativeDays } from './rules/words.js';

function dueSentence(due: Day, today: Day, lang: Lang): string {
  const late = diffDays(due, today);
  if (late > 0) return lang === 'en' ? `Was due on ${due} (${late} ${late === 1 ? 'day' : 'days'} overdue).` : `应于 ${due} 前完成（已逾期 ${late} 天）。`;
  return lang === 'en' ? `Due by ${due}.` : `截止日期 ${due}。`;
}

/** A finding's evidence in full sentences, ending with when the talk is due. */
export function evidenceSentences(finding: Finding, today: Day, lang: Lang): string[] {
  return [...factSentences(finding, today, lang), dueSentence(finding.due, today, lang)];
}
