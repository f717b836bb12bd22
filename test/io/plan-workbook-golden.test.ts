import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIX, talks, tempDir } from '../helpers/cli.js';
import { overlappingRanges, workbookGolden } from '../helpers/workbook-golden.js';

/**
 * The plan workbook `talks plan` streams for the fixtures, read back into JSON and compared with
 * the reviewed snapshots in __snapshots__/. After an intended change, regenerate them with
 * `npx vitest run test/io/plan-workbook-golden.test.ts -u` and review the diff.
 * Prep sheets and `Team leads` are compared by layout only: their content has tests of its own.
 */
const RUNS = {
  en: ['plan', join(FIX, 'roster.xlsx'), '--kpi', join(FIX, 'kpi.xlsx')],
  'zh-CN': ['plan', join(FIX, 'roster-zh.csv'), '--kpi', join(FIX, 'kpi-zh.csv'), '--lang', 'zh-CN', '--calendar', 'cn'],
} as const;
const FIXED = {
  en: ['Schedule', 'Week', 'Ranking', 'Swings', 'Backlog', 'Data check', 'Coverage'],
  'zh-CN': ['面谈安排', '周视图', '排名', '波动', '待办', '数据检查', '覆盖预测'],
};

type Golden = Awaited<ReturnType<typeof workbookGolden>>;
const golden: Partial<Record<keyof typeof RUNS, Golden>> = {};
/** Every sheet with its cells, prep forms and Team leads included. */
const full: Partial<Record<keyof typeof RUNS, Golden>> = {};

beforeAll(async () => {
  const dir = tempDir();
  for (const [lang, args] of Object.entries(RUNS) as [keyof typeof RUNS, readonly string[]][]) {
    const out = join(dir, `${lang}.xlsx`);
    const r = talks([...args, '--today', '2026-11-24', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    golden[lang] = await workbookGolden(out, { layoutOnly: (name) => !FIXED[lang].includes(name) });
    full[lang] = await workbookGolden(out, { layoutOnly: () => false });
  }
});

describe.each(Object.keys(RUNS) as (keyof typeof RUNS)[])('the %s plan workbook read back', (lang) => {
  it('matches the reviewed snapshot', async () => {
    await expect(`${JSON.stringify(golden[lang], null, 1)}\n`).toMatchFileSnapshot(`./__snapshots__/plan-workbook.${lang}.json`);
  });

  it('writes one validation range per column and no two ranges that overlap', () => {
    for (const s of golden[lang]!) {
      expect(overlappingRanges(s.validations.map((v) => v.sqref!)), s.name).toEqual([]);
    }
    const schedule = golden[lang]![0];
    expect(schedule.validations.map((v) => v.sqref)).toEqual(['M2:M31', 'N2:N31', 'O2:O31']);
  });

  it('names a font in every cell, the Chinese font in Chinese', () => {
    const name = lang === 'en' ? 'Calibri' : '等线';
    for (const s of golden[lang]!) for (const f of s.fonts) expect(f, s.name).toMatch(new RegExp(`^${name} \\d+`));
  });

  it('numbers every sheet from page 1 in the language of the workbook, with the header row on every page', () => {
    for (const s of golden[lang]!) {
      expect(s.page.firstPageNumber, s.name).toBe(1);
      expect(s.page.footer, s.name).toContain(lang === 'en' ? 'Page &P' : '第 &P 页');
      expect(s.page.footer, s.name).not.toContain('&N');
    }
    for (const s of golden[lang]!.filter((x) => ['Schedule', '面谈安排', 'Ranking', '排名'].includes(x.name))) expect(s.page.printTitlesRow).toBe('1:1');
  });

  it('holds numbers, dates and times as such in every sheet (prep forms included), never as text that looks like one', () => {
    const numberLike = /^(-?[\d,]+(\.\d+)?%?|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2})$/;
    expect(full[lang]!.filter((x) => 'rows' in x).length).toBe(full[lang]!.length);
    for (const s of full[lang]!) {
      const texts = (s.rows ?? []).flat().filter((v): v is string => typeof v === 'string' && !v.startsWith('date:'));
      expect(texts.filter((v) => numberLike.test(v)), s.name).toEqual([]);
    }
  });

  it('draws data bars on the score and a colour scale per metric, reversed where lower is better', () => {
    const ranking = golden[lang]!.find((s) => s.name === (lang === 'en' ? 'Ranking' : '排名'))!;
    const [bar, ...scales] = ranking.conditionalFormats;
    expect(bar.rules[0]).toMatchObject({ type: 'dataBar', extLst: false });
    expect(scales.map((c) => c.rules[0].type)).toEqual(Array(6).fill('colorScale'));
    const aht = scales.find((c) => c.sqref.startsWith('J'))!;
    const calls = scales.find((c) => c.sqref.startsWith('I'))!;
    expect(aht.rules[0].colours).toEqual([...calls.rules[0].colours].reverse());
  });
});

describe('the Data check sheet', () => {
  it('says "No problems found." when there is nothing to check', () => {
    const check = golden.en!.find((s) => s.name === 'Data check')!;
    expect(check.rows).toEqual([['Kind', 'File', 'Sheet', 'Row', 'Column', 'What to check'], ['No problems found.']]);
  });

  it('groups the warnings by file under a heading row per file', async () => {
    const dir = tempDir();
    const roster = join(dir, 'roster.csv');
    const kpi = join(dir, 'kpi.csv');
    writeFileSync(roster, 'Agent ID,Hire Date,Team\nB1,2020-01-06,North\nB2,not a date,North\nB3,2021-01-04,North\n');
    writeFileSync(kpi, 'Agent ID,Week,CSAT\nB1,2026-11-16,95\nB3,2026-11-16,abc\n');
    const out = join(dir, 'plan.xlsx');
    // The warnings come roster, KPI, then the roster's missing-column notes: the sheet regroups them.
    const r = talks(['plan', roster, '--kpi', kpi, '--today', '2026-11-24', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const check = (await workbookGolden(out, { layoutOnly: () => false })).find((s) => s.name === 'Data check')!;
    const rows = check.rows!.slice(1) as unknown[][];
    const headings = rows.filter((row) => row.length === 1).map((row) => row[0]);
    expect(headings).toEqual([roster, kpi]);
    const fileOf = rows.map((row) => (row.length === 1 ? null : row[1]));
    // Each file's warnings sit together, right under its heading.
    for (let i = 1; i < rows.length; i++) if (fileOf[i] !== null && fileOf[i - 1] !== null) expect(fileOf[i]).toBe(fileOf[i - 1]);
    expect(rows.filter((row) => row[1] === roster).length).toBeGreaterThanOrEqual(2);
    expect(rows.filter((row) => row[1] === kpi).length).toBe(1);
  });
});
