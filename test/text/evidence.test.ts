import { describe, expect, it } from 'vitest';
import type { Finding, Swing } from '../../src/model/types.js';
import { evidenceSentences, relativeDays } from '../../src/text/evidence.js';
import { formatRange } from '../../src/text/rules/swing.js';

const TODAY = '2026-11-24';

const swing: Swing = {
  agentId: 'A012',
  direction: 'down',
  size: -70.4,
  latest: 0.6,
  baseline: 71,
  sigma: 2,
  period: '2026-11-16',
  periodEnd: '2026-11-22',
  periodKind: 'week',
  baselinePeriods: 8,
  drivers: [
    { metric: 'csat', from: 91, to: 78, low: 88, high: 93, deltaPct: -60 },
    { metric: 'aht', from: 315, to: 442, low: 302, high: 330, deltaPct: -55 },
  ],
};

const cases: [string, Finding, string[], string[]][] = [
  [
    'swing down with its drivers',
    { rule: 'swing-down', due: '2026-11-27', evidence: { rule: 'swing-down', swing } },
    [
      'Overall KPI score fell 70 points in week 47 (2026-11-16 – 2026-11-22): usually about 71 of 100, now 1.',
      'CSAT fell from 91% to 78% in week 47; usual range 88–93%.',
      'AHT rose from 5:15 to 7:22 in week 47; usual range 5:02–5:30.',
      'Due by 2026-11-27.',
    ],
    [
      '第47周（2026-11-16 至 2026-11-22）综合KPI得分下降 70 分：平时约 71 分（满分100），现为 1 分。',
      '第47周满意度从 91% 降至 78%，平时在 88–93% 之间。',
      '第47周平均处理时长从 5:15 升至 7:22，平时在 5:02–5:30 之间。',
      '截止日期 2026-11-27。',
    ],
  ],
  [
    'swing up in a monthly period',
    {
      rule: 'swing-up',
      due: '2026-11-06',
      evidence: { rule: 'swing-up', swing: { ...swing, direction: 'up', size: 40, latest: 80, baseline: 40, period: '2026-10-01', periodEnd: '2026-10-31', periodKind: 'month', drivers: [{ metric: 'qa', from: 80.4, to: 94.1, low: 79, high: 82.5, deltaPct: 50 }] } },
    },
    [
      'Overall KPI score rose 40 points in 2026-10 (2026-10-01 – 2026-10-31): usually about 40 of 100, now 80.',
      'QA rose from 80.4 to 94.1 in 2026-10; usual range 79–82.5.',
      'Was due on 2026-11-06 (18 days overdue).',
    ],
    ['2026年10月（2026-10-01 至 2026-10-31）综合KPI得分上升 40 分：平时约 40 分（满分100），现为 80 分。', '2026年10月质检分从 80.4 升至 94.1，平时在 79–82.5 之间。', '应于 2026-11-06 前完成（已逾期 18 天）。'],
  ],
  [
    'lead flag: resignation intent',
    { rule: 'lead-flag', due: '2026-11-25', evidence: { rule: 'lead-flag', flag: 'resign', flagDate: '2026-11-23' } },
    ['Resignation intent reported by the team lead on 2026-11-23 (1 day ago).', 'Due by 2026-11-25.'],
    ['组长于 2026-11-23 反馈其有离职倾向（1 天前）。', '截止日期 2026-11-25。'],
  ],
  [
    'lead flag: mood change due today',
    { rule: 'lead-flag', due: TODAY, evidence: { rule: 'lead-flag', flag: 'mood', flagDate: '2026-11-20' } },
    ['A marked mood change reported by the team lead on 2026-11-20 (4 days ago).', 'Due by 2026-11-24.'],
    ['组长于 2026-11-20 反馈其情绪有明显变化（4 天前）。', '截止日期 2026-11-24。'],
  ],
  [
    'exit with a leaving date',
    { rule: 'exit', due: '2026-12-03', evidence: { rule: 'exit', status: 'notice', leavingDate: '2026-12-04' } },
    ['Notice given; last working day 2026-12-04 (in 10 days).', 'Due by 2026-12-03.'],
    ['已提出离职，最后工作日为 2026-12-04（10 天后）。', '截止日期 2026-12-03。'],
  ],
  [
    'exit without a leaving date',
    { rule: 'exit', due: TODAY, evidence: { rule: 'exit', status: 'notice' } },
    ['Notice given; the roster has no leaving date.', 'Due by 2026-11-24.'],
    ['已提出离职，花名册中没有离职日期。', '截止日期 2026-11-24。'],
  ],
  [
    'new hire',
    { rule: 'new-hire', due: '2026-11-23', evidence: { rule: 'new-hire', hireDate: '2026-11-16', daysSinceHire: 8 } },
    ['Hired on 2026-11-16 (8 days ago); no talk since then.', 'Was due on 2026-11-23 (1 day overdue).'],
    ['2026-11-16 入职（8 天前），入职以来尚未面谈。', '应于 2026-11-23 前完成（已逾期 1 天）。'],
  ],
  [
    'top performer',
    { rule: 'top-performer', due: '2026-10-23', evidence: { rule: 'top-performer', rank: 2, of: 38, score: 97.3, lastTalk: '2026-07-23' } },
    ['Ranked 2 of 38 on the overall KPI score (97.3 of 100).', 'Last talk on 2026-07-23 (4 months ago).', 'Was due on 2026-10-23 (32 days overdue).'],
    ['综合KPI得分排名第 2（共 38 人），得分 97.3（满分100）。', '上次面谈 2026-07-23（4 个月前）。', '应于 2026-10-23 前完成（已逾期 32 天）。'],
  ],
  [
    'routine after a last talk',
    { rule: 'routine', due: '2026-10-02', evidence: { rule: 'routine', lastTalk: '2026-04-02', hireDate: '2022-01-10' } },
    ['Last talk on 2026-04-02 (7 months ago).', 'Was due on 2026-10-02 (53 days overdue).'],
    ['上次面谈 2026-04-02（7 个月前）。', '应于 2026-10-02 前完成（已逾期 53 天）。'],
  ],
  [
    'routine, never talked to',
    { rule: 'routine', due: '2026-10-27', evidence: { rule: 'routine', hireDate: '2026-04-27' } },
    ['No talk on record since the hire date, 2026-04-27.', 'Was due on 2026-10-27 (28 days overdue).'],
    ['自 2026-04-27 入职以来无面谈记录。', '应于 2026-10-27 前完成（已逾期 28 天）。'],
  ],
];

describe('evidenceSentences', () => {
  it.each(cases)('%s', (_name, finding, en, zh) => {
    expect(evidenceSentences(finding, TODAY, 'en')).toEqual(en);
    expect(evidenceSentences(finding, TODAY, 'zh-CN')).toEqual(zh);
  });
});

describe('relativeDays and formatRange', () => {
  it.each([
    ['2026-11-24', 'today', '今天'],
    ['2026-11-23', '1 day ago', '1 天前'],
    ['2026-11-25', 'in 1 day', '1 天后'],
    ['2026-10-13', '42 days ago', '42 天前'],
    ['2026-09-08', '2 months ago', '2 个月前'],
    ['2027-01-24', 'in 2 months', '2 个月后'],
  ])('%s', (day, en, zh) => {
    expect(relativeDays(day, TODAY, 'en')).toBe(en);
    expect(relativeDays(day, TODAY, 'zh-CN')).toBe(zh);
  });

  it.each([
    ['csat', 88.2, 93, '88.2–93%'],
    ['aht', 302, 330, '5:02–5:30'],
    ['calls', 1200, 1350.4, '1,200–1,350'],
    ['qa', 90.44, 90.91, '90.4–90.9'],
  ] as const)('%s %d–%d', (metric, low, high, text) => {
    expect(formatRange(metric, low, high)).toBe(text);
  });
});
