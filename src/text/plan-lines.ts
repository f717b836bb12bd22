import type { Lang } from './labels.js';
import { count, lateness } from './count.js';

/** What `talks plan` says on the terminal: the week's table, the backlog, and what it wrote. */
export interface PlanLines {
  dayNames: string[];
  tableHeaders: string[];
  backlogHeaders: string[];
  /** The title of the week's table; `core` when a talk is marked ★. */
  head: (a: { start: string; end: string; talks: number; backlog: number; core: boolean }) => string;
  /** A due date with how late it is. */
  late: (due: string, days: number) => string;
  backlog: string;
  moreBacklog: (more: number) => string;
  /** The same, for a run that writes no workbook (--no-workbook): the JSON has the whole backlog (the csv has the talks only). */
  moreBacklogListed: (more: number) => string;
  /** Where the rest of the warnings are. */
  dataCheckOf: (file: string) => string;
  dataCheckEach: string;
  inJson: string;
  /** What was written: one workbook, or one per manager, and the .ics. */
  workbooks: (n: number) => string;
  alsoIcs: (ics: string) => string;
  wrote: (a: { what: string; also: string; talks: number; backlog: number; notes: number }) => string;
  wroteIcsOnly: (ics: string) => string;
  /** Quiet rooms that are not the manager's office: the default `schedule.rooms`. */
  rooms: string[];
}

export const PLAN_LINES: Record<Lang, PlanLines> = {
  en: {
    dayNames: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    tableHeaders: ['Day', 'Time', 'Agent', 'Team', 'Talk type', 'Due', 'Where', 'Why'],
    backlogHeaders: ['Agent', 'Team', 'Talk type', 'Due', 'Why not this week'],
    head: (a) => `Talks for ${a.start} – ${a.end}: ${a.talks} planned, ${a.backlog} in the backlog${a.core ? ' (★ = core staff)' : ''}`,
    late: (due, days) => `${due} (${lateness(days)})`,
    backlog: 'Backlog:',
    moreBacklog: (more) => `… and ${more} more: see the Backlog sheet of the workbook.`,
    moreBacklogListed: (more) => `… and ${more} more: --format json lists the whole backlog.`,
    dataCheckOf: (file) => `see the Data check sheet of ${file}`,
    dataCheckEach: 'see the Data check sheet of each workbook',
    inJson: 'the JSON output (--format json) lists them all',
    workbooks: (n) => `${n} workbooks (one per manager)`,
    alsoIcs: (ics) => ` and ${ics}`,
    wrote: (a) => `Wrote ${a.what}${a.also}: ${count(a.talks, 'talk')}, ${a.backlog} in the backlog, ${count(a.notes, 'note')} (Data check sheet).`,
    wroteIcsOnly: (ics) => `Wrote ${ics}; no workbook (--no-workbook).`,
    rooms: ['Meeting room', 'Break room'],
  },
  'zh-CN': {
    dayNames: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
    tableHeaders: ['日期', '时间', '坐席', '班组', '面谈类型', '截止', '地点', '原因'],
    backlogHeaders: ['坐席', '班组', '面谈类型', '截止', '本周未安排的原因'],
    head: (a) => `${a.start} 至 ${a.end} 的面谈：已安排 ${a.talks} 场，待办 ${a.backlog} 场`,
    late: (due, days) => `${due} (逾期${days}天)`,
    backlog: '待办：',
    moreBacklog: (more) => `……另有 ${more} 条，见工作簿的“待办”表。`,
    moreBacklogListed: (more) => `……另有 ${more} 条，使用 --format json 可列出全部待办。`,
    dataCheckOf: (file) => `见 ${file} 的“数据检查”表`,
    dataCheckEach: '见各工作簿的“数据检查”表',
    inJson: '完整列表见 JSON 输出（--format json）',
    workbooks: (n) => `${n} 个工作簿（每位经理一个）`,
    alsoIcs: (ics) => `和 ${ics}`,
    wrote: (a) => `已写入 ${a.what}${a.also}：${a.talks} 场面谈，待办 ${a.backlog} 场，提示 ${a.notes} 条（见“数据检查”表）。`,
    wroteIcsOnly: (ics) => `已写入 ${ics}；未写工作簿（--no-workbook）。`,
    rooms: ['会议室', '休息室'],
  },
};
