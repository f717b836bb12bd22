import { describe, expect, it } from 'vitest';
import { dayWithWeekday, monthsBetween, periodHeading, tenureText } from '../../src/text/prep-labels.js';
import { statusLine, type PrepStatus } from '../../src/text/prep-status.js';

describe('tenure', () => {
  it.each([
    ['2023-01-30', '3 years 9 months', '3年9个月'],
    ['2025-11-24', '1 year', '1年'],
    ['2025-11-25', '11 months', '11个月'],
    ['2026-10-24', '1 month', '1个月'],
    ['2026-11-16', '8 days', '8天'],
    ['2026-11-24', '0 days', '0天'],
    ['2024-02-29', '2 years 8 months', '2年8个月'],
  ])('hired %s', (hire, en, zh) => {
    expect(tenureText(hire, '2026-11-24', 'en')).toBe(en);
    expect(tenureText(hire, '2026-11-24', 'zh-CN')).toBe(zh);
  });

  it('counts a month once its day is reached', () => {
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(0);
    expect(monthsBetween('2026-01-31', '2026-03-31')).toBe(2);
  });
});

describe('dates and periods', () => {
  it('names the weekday', () => {
    expect(dayWithWeekday('2026-11-25', 'en')).toBe('Wed 2026-11-25');
    expect(dayWithWeekday('2026-11-29', 'zh-CN')).toBe('2026-11-29（周日）');
  });

  it('heads KPI periods', () => {
    expect(periodHeading('2026-11-16', 'week', 'en')).toBe('W47');
    expect(periodHeading('2026-11-16', 'week', 'zh-CN')).toBe('第47周');
    expect(periodHeading('2026-10-01', 'month', 'en')).toBe('2026-10');
    expect(periodHeading('2026-10-01', 'month', 'zh-CN')).toBe('10月');
  });
});

describe('statusLine', () => {
  it.each([
    [{ kind: 'scheduled' }, '', ''],
    [{ kind: 'backlog', reason: 'capacity' }, "No talk is planned this week: it is in the backlog (this week's talk slots are full).", '本周未安排面谈：已列入待办（本周面谈时段已排满）。'],
    [{ kind: 'backlog', reason: 'on-leave' }, 'No talk is planned this week: it is in the backlog (on leave this week).', '本周未安排面谈：已列入待办（本周休假）。'],
    [{ kind: 'not-due', due: '2027-01-13', rule: 'top-performer' }, 'No talk is planned this week: not due yet. Next talk due 2027-01-13 (top performer).', '本周未安排面谈：尚未到期。下次面谈截止日期 2027-01-13（优秀员工）。'],
    [{ kind: 'nothing-due' }, 'No talk is planned this week: no talk is due.', '本周未安排面谈：目前没有需要安排的面谈。'],
    [{ kind: 'not-started', hireDate: '2026-12-01' }, 'No talk is planned this week: the agent starts on 2026-12-01.', '本周未安排面谈：该员工 2026-12-01 才入职。'],
    [{ kind: 'leave' }, 'No talk is planned this week: the agent is on leave.', '本周未安排面谈：该员工正在休假。'],
    [{ kind: 'left', leavingDate: '2026-10-30' }, 'No talk is planned this week: the agent left on 2026-10-30.', '本周未安排面谈：该员工已于 2026-10-30 离职。'],
  ] as [PrepStatus, string, string][])('%o', (status, en, zh) => {
    expect(statusLine(status, 'en')).toBe(en);
    expect(statusLine(status, 'zh-CN')).toBe(zh);
  });
});
