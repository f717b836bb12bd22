import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, tempDir } from '../helpers/cli.js';
import { prepare, runGroup, type CaseResult, type CaseRun, type MessageCase } from './grouped.js';
import { wrongLanguage } from './language-check.js';
import { OPTION_CASES } from './cases-options.js';
import { USAGE_CASES } from './cases-usage.js';
import { CELL_CASES, FILE_CASES } from './cases-files.js';
import { CONFIG_CASES } from './cases-config.js';
import { ARCHIVE_CASES, planInputs } from './cases-archive.js';
import { NAME_CASES } from './cases-names.js';

/**
 * The bad-input corpus, in both languages: every case is run in English and in Chinese (asked
 * for by --lang, LANG or LC_ALL in turn). Each must exit as expected with the words expected,
 * every message line in the user's language, no stack trace, nothing left behind, the inputs
 * untouched, and its own peak memory bounded (each group of cases runs in one child process).
 */
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PEAK_MIB = 300;

function check(run: CaseRun, r: CaseResult): void {
  const c = run.c;
  const said = r.stderr + r.stdout;
  expect(r.code, said).toBe(c.exit);
  for (const w of [...(c.both ?? []), ...((run.lang === 'en' ? c.en : c.zh) ?? [])]) expect(said, `${run.how}: "${w}"`).toContain(w);
  expect(wrongLanguage(r.stderr, c.speaks ?? run.lang), `${run.how}, stderr:\n${r.stderr}`).toEqual([]);
  expect(hasStackTrace(said)).toBe(false);
  expect(said).not.toMatch(/unexpected problem|意外问题|runner: main threw/);
  expect(r.listing).toEqual([...new Set([...run.before.keys(), ...(c.writes ?? [])])].sort());
  for (const [file, digest] of run.before) if (!c.changes?.includes(file)) expect(r.after.get(file), `${file} was changed`).toBe(digest);
  expect(r.peakMiB, 'its own peak memory (MiB)').toBeGreaterThan(10);
  expect(r.peakMiB, 'its own peak memory (MiB)').toBeLessThan(PEAK_MIB);
}

function group(name: string, list: MessageCase[], setup?: () => Promise<void>): void {
  const cases = () => list;
  describe(name, () => {
    const state: { runs: CaseRun[]; results: CaseResult[]; peak: number } = { runs: [], results: [], peak: NaN };
    beforeAll(async () => {
      await setup?.();
      state.runs = prepare(cases(), join(dir, name.replace(/\W+/g, '-')));
      const { results, maxRssMiB } = runGroup(state.runs, join(dir, `${name.replace(/\W+/g, '-')}.json`));
      state.results = results;
      state.peak = maxRssMiB;
    }, 300_000);
    it.each(cases().flatMap((c) => (c.only ? [[c.name, c.only] as const] : [[c.name, 'en'] as const, [c.name, 'zh'] as const])))('%s (%s)', (caseName, lang) => {
      const i = state.runs.findIndex((r) => r.c.name === caseName && r.lang === lang);
      check(state.runs[i], state.results[i]);
    });
    it(`runs in under ${PEAK_MIB} MiB at its peak`, () => {
      expect(state.peak).toBeGreaterThan(10);
      expect(state.peak).toBeLessThan(PEAK_MIB);
    });
  });
}

group('options and usage', [...OPTION_CASES, ...USAGE_CASES]);
group('files and cells', [...FILE_CASES, ...CELL_CASES]);
group('config files', CONFIG_CASES);
group('archives and plan workbooks', ARCHIVE_CASES, () => planInputs(dir));
group('names', NAME_CASES);

it('holds the cases the issue asks for, in both languages', () => {
  const all = [...OPTION_CASES, ...USAGE_CASES, ...FILE_CASES, ...CELL_CASES, ...CONFIG_CASES, ...ARCHIVE_CASES, ...NAME_CASES];
  const runs = all.reduce((n, c) => n + (c.only ? 1 : 2), 0);
  expect(runs).toBeGreaterThanOrEqual(200);
});
