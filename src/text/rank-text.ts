import { TOP_HEADER, WORDS } from './headers.js';
import type { Lang } from './labels.js';

/** Why an agent is not ranked, as the table's last column says it. */
export const notRanked = (lang: Lang, minTenureDays: number) => ({ left: WORDS[lang].left, tenure: WORDS[lang].tenure(minTenureDays), 'no-kpi': WORDS[lang].noKpi }) as const;

/** What `talks rank` prints on the terminal. */
export const RANK_WORDS: Record<Lang, { head: (n: number, first: string, last: string) => string; columns: (topShare: number) => string[]; notRanked: string; core: string; top: (topShare: number) => string; where: (roster: string) => string }> = {
  en: {
    head: (n, first, last) => `Ranking over ${n} periods (${first} … ${last})`,
    columns: () => ['Rank', 'Agent', 'Team', 'Score', 'Top'],
    notRanked: 'Not ranked',
    core: 'core',
    top: () => 'top',
    where: (roster) => `run "talks check ${roster}" to see them all`,
  },
  'zh-CN': {
    head: (n, first, last) => `按最近 ${n} 个周期排名（${first} … ${last}）`,
    columns: (share) => ['排名', '坐席', '班组', '综合得分', TOP_HEADER['zh-CN'](share)],
    notRanked: '未参与排名的原因',
    core: '核心',
    top: (share) => TOP_HEADER['zh-CN'](share),
    where: (roster) => `运行 "talks check ${roster}" 查看全部`,
  },
};
