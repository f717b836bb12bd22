import type { Day } from '../model/types.js';
import type { Lang } from './labels.js';

/** The mark of a common issue in `talks issues`. */
export const COMMON_MARK = '★';

interface IssuesText {
  common: (since: Day, minAgents: number) => string;
  commonHead: readonly string[];
  byOwner: (since: Day) => string;
  head: readonly string[];
  none: (since: Day, archive: string) => string;
}

/** What `talks issues` prints around its tables. */
export const ISSUES_TEXT: Record<Lang, IssuesText> = {
  en: {
    common: (since, min) => `${COMMON_MARK} Common issues since ${since} (${min}+ agents): handle each for everyone and publish the result.`,
    commonHead: ['Issue category', 'Owner', 'Agents', 'Count'],
    byOwner: (since) => `Issues since ${since}, by owner:`,
    head: ['Owner', 'Issue category', 'Date', 'Agent ID', 'Issue', 'State', 'Ref'],
    none: (since, archive) => `No issues raised since ${since} in ${archive}.`,
  },
  'zh-CN': {
    common: (since, min) => `${COMMON_MARK} ${since} 以来的共性问题（${min} 人及以上提出）：请统一处理并公布结果。`,
    commonHead: ['问题类别', '负责方', '坐席', '人数'],
    byOwner: (since) => `${since} 以来的问题（按负责方）：`,
    head: ['负责方', '问题类别', '日期', '工号', '问题', '状态', '编号'],
    none: (since, archive) => `${archive} 中没有 ${since} 以来提出的问题。`,
  },
};
