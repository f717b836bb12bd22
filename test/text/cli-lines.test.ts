import { describe, expect, it } from 'vitest';
import { wrongLanguage } from '../corpus/language-check.js';
import { PLAN_LINES } from '../../src/text/plan-lines.js';
import { CENTRE_TEXT } from '../../src/text/centre.js';
import { RANK_WORDS } from '../../src/text/rank-text.js';
import { noTalksArchived } from '../../src/text/history-text.js';
import { PLAN_OPEN, recordSummary } from '../../src/text/record-notices.js';
import { prepWritten } from '../../src/text/prep-status.js';
import { WARNING_WORDS } from '../../src/text/warnings.js';
import { HELP_WORDS } from '../../src/text/commander.js';
import { PREP_PLAN_TEXT } from '../../src/text/lead-loop.js';
import { errorText } from '../../src/text/errors.js';
import type { Lang } from '../../src/text/labels.js';

const CJK = /[\u4e00-\u9fff]/;

/** Every sentence the commands print on the terminal from src/text, filled in with the same values in each language. */
function lines(lang: Lang): Record<string, string> {
  const P = PLAN_LINES[lang];
  const error = (code: string) => {
    const t = errorText(lang, code, {})!;
    return `${t.message}\n${t.hint}`;
  };
  return {
    head: P.head({ start: '2026-11-23', end: '2026-11-29', talks: 7, backlog: 31, core: false }),
    late: P.late('11-02', 21),
    backlog: P.backlog,
    moreBacklog: P.moreBacklog(31),
    wrote: P.wrote({ what: P.workbooks(4), also: P.alsoIcs('week.ics'), talks: 7, backlog: 31, notes: 2 }),
    wroteIcsOnly: P.wroteIcsOnly('week.ics'),
    warningsMore: WARNING_WORDS[lang].more(31, P.dataCheckOf('plan.xlsx')),
    warningsEach: WARNING_WORDS[lang].more(31, P.dataCheckEach),
    warningsJson: WARNING_WORDS[lang].more(31, P.inJson),
    centre: `${CENTRE_TEXT[lang].summaryHead({ week: '2026-11-23', managers: 4, short: 2, months: 6 })}\n${CENTRE_TEXT[lang].summaryHeaders.join(' | ')}`,
    rank: `${RANK_WORDS[lang].head(4, '2026-W44', '2026-W47')}\n${RANK_WORDS[lang].notRanked}\n${RANK_WORDS[lang].where('roster.csv')}`,
    history: noTalksArchived(lang, 'talks.db', 'A009'),
    historyAll: noTalksArchived(lang, 'talks.db'),
    record: recordSummary({ added: 7, updated: 31, unchanged: 2 }, 4, lang),
    recordOpen: PLAN_OPEN[lang]('plan.xlsx'),
    prep: prepWritten({ file: 'prep.xlsx', who: 'A009 Chloe', type: 'X', when: '2026-11-24 10:00', location: 'R1', status: { kind: 'scheduled' } }, lang),
    prepNone: prepWritten({ file: 'prep.xlsx', who: 'A009 Chloe', status: { kind: 'nothing-due' } }, lang),
    cell: PREP_PLAN_TEXT[lang].cell('A009 Chloe', 'B12'),
    withDefault: HELP_WORDS[lang].withDefault(lang === 'en' ? 'talks per week' : '每周面谈场数', '10'),
    noKpi: error('no-kpi'),
    impactNoKpi: error('impact-no-kpi'),
  };
}

describe('the sentences src/cli prints, from src/text', () => {
  const en = lines('en');
  const zh = lines('zh-CN');

  it.each(Object.keys(en))('%s is English in en and Chinese in zh-CN, with the same values', (key) => {
    expect(en[key]).not.toMatch(CJK);
    expect(zh[key]).toMatch(CJK);
    expect(wrongLanguage(zh[key], 'zh'), key).toEqual([]);
    expect(wrongLanguage(en[key], 'en'), key).toEqual([]);
    const numbers = (s: string) => (s.match(/\d+/g) ?? []).sort();
    expect(numbers(zh[key]), key).toEqual(numbers(en[key]));
    for (const s of [en[key], zh[key]]) expect(s).not.toMatch(/undefined|NaN|\[object/);
  });

  it("says one agent's empty history and the whole archive's apart", () => {
    expect(en.history).toBe('No talks archived for A009 in talks.db yet. Run "talks record PLAN.xlsx" after the talks.');
    expect(en.historyAll).toBe('No talks archived in talks.db yet. Run "talks record PLAN.xlsx" after the talks.');
    expect(zh.history).toBe('talks.db 中还没有 A009 的面谈记录。面谈后请运行 "talks record 面谈计划.xlsx"。');
    expect(zh.historyAll).toBe('talks.db 中还没有面谈记录。面谈后请运行 "talks record 面谈计划.xlsx"。');
  });
});
