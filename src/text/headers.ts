import type { Lang } from './labels.js';
import { pct } from './share.js';

/** Column headers of the plan workbook's sheets other than `Schedule`. */
export const HEADERS = {
  en: {
    leads: { lead: 'Team lead', team: 'Team', agentId: 'Agent ID', name: 'Name', date: 'Date', time: 'Time', location: 'Place', talkType: 'Talk type', reason: 'Reason', questions: 'Questions from the team lead' },
    backlog: { agentId: 'Agent ID', name: 'Name', team: 'Team', lead: 'Team lead', talkType: 'Talk type', reasons: 'Reasons', due: 'Due', overdue: 'Days overdue', core: 'Core', why: 'Why not this week' },
    ranking: { rank: 'Rank', agentId: 'Agent ID', name: 'Name', team: 'Team', score: 'Score', percentile: 'Percentile', core: 'Core', note: 'Not ranked because' },
    swings: { agentId: 'Agent ID', name: 'Name', team: 'Team', direction: 'Direction', size: 'Change (points)', period: 'Period', baseline: 'Usual score', latest: 'Latest score', drivers: 'Driven by' },
    check: { level: 'Kind', file: 'File', sheet: 'Sheet', row: 'Row', column: 'Column', message: 'What to check' },
  },
  'zh-CN': {
    leads: { lead: '组长', team: '班组', agentId: '工号', name: '姓名', date: '日期', time: '时间', location: '地点', talkType: '面谈类型', reason: '原因', questions: '组长补充的问题' },
    backlog: { agentId: '工号', name: '姓名', team: '班组', lead: '组长', talkType: '面谈类型', reasons: '原因', due: '截止日期', overdue: '逾期天数', core: '核心员工', why: '本周未安排的原因' },
    ranking: { rank: '排名', agentId: '工号', name: '姓名', team: '班组', score: '综合得分', percentile: '百分位', core: '核心员工', note: '未参与排名的原因' },
    swings: { agentId: '工号', name: '姓名', team: '班组', direction: '方向', size: '变化（分）', period: '周期', baseline: '平时得分', latest: '最新得分', drivers: '主要指标' },
    check: { level: '类型', file: '文件', sheet: '工作表', row: '行', column: '列', message: '需要检查的内容' },
  },
} as const satisfies Record<Lang, Record<string, Record<string, string>>>;

/** The ranking's "top" column, from the share the settings mark (`ranking.topShare`). */
export const TOP_HEADER: Record<Lang, (share: number) => string> = {
  en: (share) => `Top ${pct(share)}`,
  'zh-CN': (share) => `前${pct(share)}`,
};

export const WORDS: Record<Lang, { up: string; down: string; warning: string; note: string; tenure: (days: number) => string; left: string; noKpi: string }> = {
  en: { up: 'Up', down: 'Down', warning: 'Warning', note: 'Note', tenure: (days) => `Tenure under ${days} days`, left: 'Left', noKpi: 'No KPI rows in the ranking window' },
  'zh-CN': { up: '上升', down: '下降', warning: '警告', note: '提示', tenure: (days) => `入职不满${days}天`, left: '已离职', noKpi: '排名周期内无KPI数据' },
};
