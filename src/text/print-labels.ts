import type { Lang } from './labels.js';
import { pct } from './share.js';

/** Words of the printed plan workbook: page header/footer, legends, the Week grid. */
export interface PrintLabels {
  /** Footer: `&P` is the page number within the sheet. */
  page: string;
  printed: string;
  legend: { overdue: string; core: string; fillIn: string; top: (share: number) => string; better: string };
  week: { title: string; time: string; noTalks: string; urgency: [string, string, string] };
  check: { none: string; file: string; general: string };
  before: string;
  after: string;
  weekdayFormat: string;
}

export const PRINT_LABELS: Record<Lang, PrintLabels> = {
  en: {
    page: 'Page &P',
    printed: 'Printed &D',
    legend: {
      overdue: 'Red due date: overdue',
      core: 'Gold: core staff',
      fillIn: 'Shaded columns: fill in after the talk',
      top: (share) => `Green: top ${pct(share)}  ·  Gold: core staff`,
      better: 'Colours: green is better, red is worse',
    },
    week: {
      title: 'One-on-one talks',
      time: 'Time',
      noTalks: 'No talks planned this week.',
      urgency: ['Urgent (lead flag, exit)', 'Soon (new hire, swing)', 'Routine, top performer'],
    },
    check: { none: 'No problems found.', file: 'File', general: 'Settings and calendar' },
    before: 'before',
    after: 'after',
    weekdayFormat: 'ddd mm-dd',
  },
  'zh-CN': {
    page: '第 &P 页',
    printed: '打印于 &D',
    legend: {
      overdue: '红色截止日期：已逾期',
      core: '金色：核心员工',
      fillIn: '浅色列：面谈后填写',
      top: (share) => `绿色：前${pct(share)}  ·  金色：核心员工`,
      better: '颜色：绿色较好，红色较差',
    },
    week: {
      title: '一对一面谈',
      time: '时间',
      noTalks: '本周没有安排面谈。',
      urgency: ['紧急（组长反馈、离职）', '尽快（新员工、绩效波动）', '例行、优秀员工'],
    },
    check: { none: '未发现问题。', file: '文件', general: '设置与日历' },
    before: '之前',
    after: '之后',
    weekdayFormat: '[$-804]mm-dd "周"aaa',
  },
};
