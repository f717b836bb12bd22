import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIX, talks, tempDir } from '../helpers/cli.js';
import { workbookGolden } from '../helpers/workbook-golden.js';

/**
 * One prep sheet of each fixture plan read back in full (cell values and types, number formats,
 * fonts, merges, print setup) and compared with the reviewed snapshots in __snapshots__/; the
 * plan-workbook snapshots hold the prep sheets' layout only. After an intended change run
 * `npx vitest run test/io/prep-sheet-golden.test.ts -u` and review the diff.
 */
const RUNS = {
  en: { args: ['plan', join(FIX, 'roster.xlsx'), '--kpi', join(FIX, 'kpi.xlsx')], sheet: 'A009 Chloe Bennett' },
  'zh-CN': { args: ['plan', join(FIX, 'roster-zh.csv'), '--kpi', join(FIX, 'kpi-zh.csv'), '--lang', 'zh-CN', '--calendar', 'cn'], sheet: 'A009 周婷' },
} as const;

type Golden = Awaited<ReturnType<typeof workbookGolden>>;
const sheets: Partial<Record<keyof typeof RUNS, Golden[number]>> = {};

beforeAll(async () => {
  const dir = tempDir();
  for (const [lang, run] of Object.entries(RUNS) as [keyof typeof RUNS, (typeof RUNS)[keyof typeof RUNS]][]) {
    const out = join(dir, `${lang}.xlsx`);
    const r = talks([...run.args, '--today', '2026-11-24', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const all = await workbookGolden(out, { layoutOnly: () => false });
    // The first prep sheet: the one after the "how to run a talk" sheet.
    const how = all.findIndex((s) => s.name === (lang === 'en' ? 'How to run a talk' : '面谈须知'));
    expect(how, all.map((s) => s.name).join(', ')).toBeGreaterThan(0);
    sheets[lang] = all[how + 1];
    expect(sheets[lang]!.name).toBe(run.sheet);
  }
});

describe.each(Object.keys(RUNS) as (keyof typeof RUNS)[])('the first %s prep sheet read back', (lang) => {
  it('matches the reviewed snapshot', async () => {
    await expect(`${JSON.stringify(sheets[lang], null, 1)}\n`).toMatchFileSnapshot(`./__snapshots__/prep-sheet.${lang}.json`);
  });

  it('fits one portrait A4 page wide, with its print area set', () => {
    const page = sheets[lang]!.page;
    expect(page).toMatchObject({ orientation: 'portrait', fitToWidth: 1 });
    expect(page.printArea).toMatch(/^A1:[A-Z]+\d+$/);
  });
});
