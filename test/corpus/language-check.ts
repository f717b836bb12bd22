/**
 * Whether a message line is in the language asked for. Quoted values, file paths, options and
 * parenthesised asides (a user's headers, the other language's words offered as input) are
 * taken out first: what remains is the sentence the program wrote.
 */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

function sentence(line: string): string {
  return line
    .replace(/"[^"]*"|“[^”]*”|'[^']*'|「[^」]*」/g, ' ')
    .replace(/\([^)]*\)|（[^）]*）/g, ' ')
    .replace(/\{[^}]*\}|\[[^\]]*\]/g, ' ')
    .replace(/(?:^|\s)-{1,2}[\w-]+/g, ' ')
    .replace(/\S*[/\\.:@]\S*/g, ' ');
}

const englishWords = (s: string) => s.match(/[A-Za-z]{2,}/g) ?? [];

/** A line a Chinese user would read as English: several English words and no Chinese at all. */
function englishUnderZh(line: string): boolean {
  if (CJK.test(line)) return false;
  return englishWords(sentence(line)).length >= 3;
}

/** A line an English user would read as Chinese: outside quotes and asides, more Chinese characters than English words (lists of accepted Chinese headers are fine). */
function chineseUnderEn(line: string): boolean {
  const s = sentence(line);
  const cjk = s.match(new RegExp(`${CJK.source}+`, 'g'))?.length ?? 0;
  return cjk > 0 && cjk >= englishWords(s).length;
}

/** The lines of `text` in the wrong language for `lang`. */
export function wrongLanguage(text: string, lang: 'en' | 'zh'): string[] {
  return text.split('\n').filter((l) => l.trim() !== '' && (lang === 'zh' ? englishUnderZh(l) : chineseUnderEn(l)));
}
