import { rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, tempDir } from '../helpers/cli.js';
import { rosterSheet, workbookZip } from '../helpers/zip-build.js';
import { mutate, textMutation as edits } from '../helpers/mutate.js';
import { prepare, runGroup, type CaseResult, type CaseRun, type MessageCase } from './grouped.js';
import { wrongLanguage } from './language-check.js';

/**
 * Fuzz cases through the real CLI: mutated xlsx parts, flipped zip bytes and mutated CSV exports,
 * each read by `talks check` and `talks plan --no-workbook` in English and Chinese. Every case
 * ends with rows read or a message (exit 0 or 1), never a crash, and its own peak memory is
 * measured and bounded (the group runs in one process; the peak is reset before each case).
 */
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PEAK_MIB = 300;
const SEED = 20261201;

const SHEET = rosterSheet([
  ['A1', 'Ann &amp; Bo', 'North', '2024-01-01'],
  ['A2', '<![CDATA[Chloe O\'Neill]]>', 'South', '45000'],
  ['A3', '李娜', 'South', '2025-03-01'],
]);
const GOOD = workbookZip({ sheet: { name: 'xl/worksheets/sheet1.xml', data: SHEET } });
const CSV = 'Agent ID,Name,Team,Hire Date\r\nA1,"Ann, ""Bo""",North,2024-01-01\r\nA2,李娜,South,2024-02-01\r\n';

const input: fc.Arbitrary<{ file: string; bytes: Buffer | string; how: string }> = fc.oneof(
  edits.map((e) => ({ file: 'roster.xlsx', bytes: workbookZip({ sheet: { name: 'xl/worksheets/sheet1.xml', data: mutate(SHEET, e) } }), how: 'sheet XML' })),
  fc.array(fc.tuple(fc.nat(GOOD.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }).map((flips) => {
    const bytes = Buffer.from(GOOD);
    for (const [at, v] of flips) bytes[at] = v;
    return { file: 'roster.xlsx', bytes, how: 'zip bytes' };
  }),
  edits.map((e) => ({ file: 'roster.csv', bytes: mutate(CSV, e), how: 'CSV' })),
);

/** A Chinese line with an English sentence in its （…） aside (a reader's reason left untranslated). */
const englishAside = (line: string) =>
  /[\u4e00-\u9fff]/.test(line) && [...line.matchAll(/（([^）]*)）/g)].some((m) => (m[1].replace(/"[^"]*"|\S*[/.]\S*/g, ' ').match(/[A-Za-z]{2,}/g) ?? []).length >= 3);

const COMMANDS = [
  (f: string) => ['check', f],
  (f: string) => ['plan', f, '--no-workbook', '--format', 'json', '--today', '2026-11-24'],
];

const CASES: MessageCase[] = fc.sample(input, { seed: SEED, numRuns: 40 }).map((x, i) => ({
  name: `fuzz ${i + 1} (${x.how}, ${COMMANDS[i % 2](x.file)[0]})`,
  files: { [x.file]: x.bytes },
  args: COMMANDS[i % 2](x.file),
  // The exit code is checked below: 0 (rows read) or 1 (a message), whichever the mutation gives.
  exit: -1,
}));

describe('fuzzed inputs through the CLI, memory per case', () => {
  const state: { runs: CaseRun[]; results: CaseResult[] } = { runs: [], results: [] };
  beforeAll(() => {
    state.runs = prepare(CASES, join(dir, 'fuzz'));
    state.results = runGroup(state.runs, join(dir, 'fuzz.json')).results;
  }, 300_000);

  it.each(CASES.flatMap((c) => [[c.name, 'en'] as const, [c.name, 'zh'] as const]))('%s (%s): rows or a message, within its memory', (name, lang) => {
    const i = state.runs.findIndex((r) => r.c.name === name && r.lang === lang);
    const run = state.runs[i];
    const r = state.results[i];
    const said = r.stderr + r.stdout;
    expect([0, 1], said).toContain(r.code);
    if (r.code === 1) expect(r.stderr.trim(), 'a refusal says why').not.toBe('');
    expect(hasStackTrace(said)).toBe(false);
    expect(said).not.toMatch(/unexpected problem|意外问题|runner: main threw/);
    expect(wrongLanguage(r.stderr, lang), r.stderr).toEqual([]);
    if (lang === 'zh') expect(r.stderr.split('\n').filter(englishAside), 'no English reason inside a Chinese sentence').toEqual([]);
    expect(r.listing, 'nothing written').toEqual([...run.before.keys()].sort());
    expect(r.peakMiB, 'its own peak memory (MiB)').toBeGreaterThan(10);
    expect(r.peakMiB, 'its own peak memory (MiB)').toBeLessThan(PEAK_MIB);
  });
});
