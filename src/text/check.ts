import type { FieldId } from '../columns/fields.js';
import { count } from './count.js';
import type { Lang } from './labels.js';

/** The field names `talks check` shows in Chinese (English comes from the field table). */
export const FIELD_LABELS_ZH: Record<FieldId, string> = {
  agentId: '工号', name: '姓名', team: '班组', lead: '组长', hireDate: '入职日期', status: '在职状态',
  leavingDate: '离职日期', lastTalk: '上次面谈', flag: '组长反馈', flagDate: '反馈日期', period: '周期',
  manager: '经理', shift: '班次', shiftStart: '上班时间', shiftEnd: '下班时间',
  calls: '通话量', aht: '平均处理时长', csat: '满意度', qa: '质检分', fcr: '首次解决率', adherence: '排班遵从率',
  asa: '平均应答时长', callId: '通话编号', answered: '接听时间', rating: '评分 (1–5)', resolved: '已解决', conversion: '转化率',
};

export interface CheckWords {
  table: (t: { file: string; sheet?: string; roster: boolean; shifts?: boolean; headerRow: number; rows: number }) => string;
  /** Added after `table` for a per-call log, and for rows not used. */
  callLog: string;
  rowsNotUsed: (n: number) => string;
  noRoster: (agents: number) => string;
  noValues: string;
  example: string;
  notUsed: (headers: string) => string;
  unreadable: (why: string) => string;
  noPeriods: string;
  periods: (p: { n: number; kind: 'day' | 'week' | 'month'; first: string; last: string; agents: number; metrics: string }) => string;
  roster: (agents: number) => string;
  unknownIds: (n: number, ids: string) => string;
  problems: (n: number) => string;
  noProblems: string;
}

export const CHECK_WORDS: Record<Lang, CheckWords> = {
  en: {
    table: (t) => `${t.file}${t.sheet ? ` › sheet "${t.sheet}"` : ''}: ${t.roster ? 'roster' : t.shifts ? 'shift schedule' : 'KPI data'}, header in row ${t.headerRow}, ${count(t.rows, 'data row')}`,
    callLog: ', one row per call',
    rowsNotUsed: (n) => `, ${count(n, 'row')} not used`,
    noRoster: (n) => `No roster: ${count(n, 'agent')} from the KPI data`,
    noValues: '(no values)',
    example: 'e.g.',
    notUsed: (h) => `not used: ${h}`,
    unreadable: (why) => `unreadable: ${why}`,
    noPeriods: 'KPI periods: none found',
    periods: (p) => `KPI periods: ${count(p.n, p.kind)}, ${p.first} … ${p.last}; ${count(p.agents, 'agent')}; metrics: ${p.metrics}`,
    roster: (n) => `Roster: ${count(n, 'agent')}`,
    unknownIds: (n, ids) =>
      `KPI rows for ${count(n, 'agent ID')} with no agent read from the roster (ignored): ${ids}. Either they are not in the roster, or their roster row was skipped (see below).`,
    problems: (n) => `${count(n, 'thing')} to check:`,
    noProblems: 'No problems found.',
  },
  'zh-CN': {
    table: (t) => `${t.file}${t.sheet ? ` › 工作表“${t.sheet}”` : ''}：${t.roster ? '花名册' : t.shifts ? '排班表' : 'KPI数据'}，表头在第 ${t.headerRow} 行，数据 ${t.rows} 行`,
    callLog: '，每行一通电话',
    rowsNotUsed: (n) => `，另有 ${n} 行未使用`,
    noRoster: (n) => `没有花名册：${n} 名坐席来自KPI数据`,
    noValues: '（无数据）',
    example: '例如',
    notUsed: (h) => `未使用：${h}`,
    unreadable: (why) => `无法读取：${why}`,
    noPeriods: 'KPI周期：未找到',
    periods: (p) => `KPI周期：${p.n} ${p.kind === 'month' ? '个月' : p.kind === 'day' ? '天' : '周'}，${p.first} … ${p.last}；${p.agents} 名坐席；指标：${p.metrics}`,
    roster: (n) => `花名册：${n} 名坐席`,
    unknownIds: (n, ids) => `有 ${n} 个工号的KPI行在花名册中找不到对应坐席（已忽略）：${ids}。可能他们不在花名册中，或其花名册行被跳过（见下文）。`,
    problems: (n) => `需要检查的问题 ${n} 条：`,
    noProblems: '未发现问题。',
  },
};
