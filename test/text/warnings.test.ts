import { describe, expect, it } from 'vitest';
import type { Warning } from '../../src/model/types.js';
import { warningText } from '../../src/text/warnings.js';

describe('warningText', () => {
  const late: Warning = {
    code: 'urgent-late',
    message: 'Lead flag talk with A009 周婷 is due 2026-11-24 but the first free slot is 2026-11-25; make room or hold it earlier.',
    args: { rule: 'lead-flag', who: 'A009 周婷', due: '2026-11-24', date: '2026-11-25', reason: '', week: '2026-11-23' },
  };

  it.each([
    [late, '组长反馈面谈（A009 周婷）应于 2026-11-24 前进行，但最早的空档是 2026-11-25'],
    [{ ...late, args: { ...late.args, date: '', reason: 'on-leave' } }, '该坐席本周休假'],
    [{ code: 'calendar-year-missing', message: 'x', args: { year: 2030 } }, 'cn 日历没有 2030 年的法定节假日数据'],
    [{ code: 'note-no-team-lead', message: 'x' }, '花名册没有组长列'],
    [{ code: 'left-not-marked', message: 'x', args: { who: 'A1 王芳', leavingDate: '2026-10-30' } }, 'A1 王芳 的离职日期是 2026-10-30'],
  ] as [Warning, string][])('renders %j in Chinese', (w, text) => {
    expect(warningText(w, 'zh-CN')).toContain(text);
  });

  it('keeps English as written, and falls back to it without a translation', () => {
    expect(warningText(late, 'en')).toBe(late.message);
    expect(warningText({ code: 'bad-value', message: 'not a date' }, 'zh-CN')).toBe('not a date');
  });
});
