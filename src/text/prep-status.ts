import type { PrepStatus } from '../model/standing.js';
import { RULE_LABELS, type Lang } from './labels.js';
import { BACKLOG_REASONS } from './reasons.js';

export type { PrepStatus };

/** What `talks prep ROSTER --agent ID` wrote: the talk when one is scheduled, else why there is none. */
export function prepWritten(a: { file: string; who: string; type?: string; when?: string; location?: string; status: PrepStatus }, lang: Lang): string {
  const en = lang === 'en';
  if (a.type !== undefined) {
    return en
      ? `Wrote ${a.file}: prep sheet for ${a.who}, ${a.type} talk on ${a.when}${a.location ? ` in ${a.location}` : ''}.`
      : `已写入 ${a.file}：${a.who} 的面谈准备表，${a.type}，${a.when}${a.location ? `，${a.location}` : ''}。`;
  }
  return en ? `Wrote ${a.file}: prep sheet for ${a.who}. ${statusLine(a.status, lang)}` : `已写入 ${a.file}：${a.who} 的面谈准备表。${statusLine(a.status, lang)}`;
}

/** Why no talk is planned this week, in one line; empty for a scheduled talk. */
export function statusLine(status: PrepStatus, lang: Lang): string {
  const en = lang === 'en';
  const none = en ? 'No talk is planned this week: ' : '本周未安排面谈：';
  switch (status.kind) {
    case 'scheduled':
      return '';
    case 'backlog': {
      const why = status.reason ? BACKLOG_REASONS[lang][status.reason] : '';
      if (en) return `${none}it is in the backlog${why ? ` (${why.charAt(0).toLowerCase()}${why.slice(1)})` : ''}.`;
      return `${none}已列入待办${why ? `（${why}）` : ''}。`;
    }
    case 'not-due': {
      const type = RULE_LABELS[lang][status.rule];
      return en ? `${none}not due yet. Next talk due ${status.due} (${type.toLowerCase()}).` : `${none}尚未到期。下次面谈截止日期 ${status.due}（${type}）。`;
    }
    case 'nothing-due':
      return en ? `${none}no talk is due.` : `${none}目前没有需要安排的面谈。`;
    case 'not-started':
      return en ? `${none}the agent starts on ${status.hireDate}.` : `${none}该员工 ${status.hireDate} 才入职。`;
    case 'leave':
      return en ? `${none}the agent is on leave.` : `${none}该员工正在休假。`;
    case 'left':
      if (status.leavingDate) return en ? `${none}the agent left on ${status.leavingDate}.` : `${none}该员工已于 ${status.leavingDate} 离职。`;
      return en ? `${none}the agent has left.` : `${none}该员工已离职。`;
  }
}
