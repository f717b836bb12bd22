import { LANGS, type Lang } from '../model/lang.js';

export { LANGS, type Lang };

export type SheetId = 'schedule' | 'week' | 'leads' | 'backlog' | 'ranking' | 'swings' | 'check';

export const SHEET_NAMES: Record<Lang, Record<SheetId, string>> = {
  en: {
    schedule: 'Schedule',
    week: 'Week',
    leads: 'Team leads',
    backlog: 'Backlog',
    ranking: 'Ranking',
    swings: 'Swings',
    check: 'Data check',
  },
  'zh-CN': {
    schedule: '面谈安排',
    week: '周视图',
    leads: '组长清单',
    backlog: '待办',
    ranking: '排名',
    swings: '波动',
    check: '数据检查',
  },
};

export type ScheduleColumn =
  | 'agentId' | 'name' | 'team' | 'lead' | 'date' | 'start' | 'end' | 'location' | 'talkType'
  | 'reasons' | 'due' | 'core' | 'held' | 'heldOn' | 'category' | 'issue' | 'notes';

export const SCHEDULE_COLUMNS: readonly ScheduleColumn[] = [
  'agentId', 'name', 'team', 'lead', 'date', 'start', 'end', 'location', 'talkType',
  'reasons', 'due', 'core', 'held', 'heldOn', 'category', 'issue', 'notes',
];

/** The exact `Schedule` headers; `talks record` reads them back. */
export const SCHEDULE_HEADERS: Record<Lang, Record<ScheduleColumn, string>> = {
  en: {
    agentId: 'Agent ID', name: 'Name', team: 'Team', lead: 'Team lead', date: 'Date', start: 'Start',
    end: 'End', location: 'Location', talkType: 'Talk type', reasons: 'Reasons', due: 'Due', core: 'Core',
    held: 'Held', heldOn: 'Held on', category: 'Issue category', issue: 'Issue', notes: 'Notes',
  },
  'zh-CN': {
    agentId: '工号', name: '姓名', team: '班组', lead: '组长', date: '日期', start: '开始',
    end: '结束', location: '地点', talkType: '面谈类型', reasons: '原因', due: '截止日期', core: '核心员工',
    held: '是否已面谈', heldOn: '面谈日期', category: '问题类别', issue: '问题', notes: '备注',
  },
};

export const YES_NO: Record<Lang, { yes: string; no: string }> = {
  en: { yes: 'Yes', no: 'No' },
  'zh-CN': { yes: '是', no: '否' },
};

/** From each rule's text file (src/text/rules/<id>.ts). */
export { RULE_LABELS } from './rule-texts.js';

import type { IssueCategory } from '../model/archive.js';

export { ISSUE_CATEGORIES, type IssueCategory } from '../model/archive.js';

export const CATEGORY_LABELS: Record<Lang, Record<IssueCategory, string>> = {
  en: {
    skill: 'Skill',
    mood: 'Mood/attitude',
    shift: 'Shift/schedule',
    qa: 'QA standards',
    pay: 'Pay/career',
    other: 'Other',
  },
  'zh-CN': {
    skill: '技能',
    mood: '情绪/态度',
    shift: '排班/班次',
    qa: '质检标准',
    pay: '薪酬/职业发展',
    other: '其他',
  },
};

export const OWNER_LABELS: Record<Lang, Record<IssueCategory, string>> = {
  en: {
    skill: 'QA & training',
    mood: 'Team lead',
    shift: 'Workforce management',
    qa: 'QA',
    pay: 'HR',
    other: 'Manager',
  },
  'zh-CN': {
    skill: '质检与培训',
    mood: '组长',
    shift: '排班管理',
    qa: '质检',
    pay: '人力资源',
    other: '经理',
  },
};

/** Finds the key whose label (in any language) matches `text`, ignoring case and spaces. */
export function keyForLabel<K extends string>(tables: Record<Lang, Record<K, string>>, text: string): K | undefined {
  const want = text.trim().toLowerCase().replace(/\s+/g, '');
  for (const lang of LANGS) {
    for (const [key, label] of Object.entries(tables[lang]) as [K, string][]) {
      if (label.toLowerCase().replace(/\s+/g, '') === want) return key;
    }
  }
  return undefined;
}
