import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIX, ROOT, tempDir } from '../helpers/cli.js';

// V8's young generation starts at 2 MiB (two 1 MiB semi-spaces) and, left alone, grows to 32 MiB
// under the allocation of a plan: garbage held on top of the peak memory (issue 14). bin/talks.js
// keeps it at its start size; once the KPI data is read, a plan that writes several managers'
// workbooks lets it grow when the process is far under the 200 MiB budget. The probe is loaded
// before bin/talks.js and reports the young generation's size when the process ends; with
// TALKS_PROBE_RSS it makes the process's resident memory read as that many MiB, as after a read of
// millions of rows.
const PROBE = `import { getHeapSpaceStatistics } from 'node:v8';
if (process.env.TALKS_PROBE_RSS) process.memoryUsage.rss = () => Number(process.env.TALKS_PROBE_RSS) * 2 ** 20;
process.on('exit', () => {
  const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  process.stderr.write('NEW_SPACE ' + young.space_size + '\\n');
});
`;
const START = 2 * 2 ** 20;

/** Two managers' teams of 40 agents each, none talked to yet. */
const TWO_MANAGERS = [
  'Agent ID,Name,Team,Team Lead,Manager,Hire Date,Status',
  ...Array.from({ length: 80 }, (_, i) => `A${i + 1},Agent ${i + 1},T${(i % 4) + 1},Lead ${(i % 4) + 1},${i % 2 ? 'Zhou' : 'Qian'},2023-0${(i % 9) + 1}-15,Active`),
].join('\n');

function youngBytes(script: string, dir: string, plan: 'fixtures' | 'managers', rssMiB?: number): number {
  const probe = join(dir, 'probe.mjs');
  writeFileSync(probe, PROBE);
  const roster = join(dir, 'managers.csv');
  writeFileSync(roster, `${TWO_MANAGERS}\n`);
  const inputs = plan === 'fixtures' ? [join(FIX, 'roster.xlsx'), '--kpi', join(FIX, 'kpi.xlsx')] : [roster];
  const args = ['plan', ...inputs, '--today', '2026-11-24', '--lang', 'en', '-o', join(dir, 'plan.xlsx'), '--force', '--format', 'json'];
  const env = { ...process.env, NO_COLOR: '1', TALKS_PROBE_RSS: rssMiB === undefined ? '' : String(rssMiB) };
  const r = spawnSync(process.execPath, ['--import', probe, script, ...args], { cwd: ROOT, encoding: 'utf8', env });
  expect(r.status, r.stderr).toBe(0);
  const line = /NEW_SPACE (\d+)/.exec(r.stderr);
  expect(line, r.stderr).not.toBeNull();
  return Number(line![1]);
}

describe('bin/talks.js', () => {
  it('keeps the V8 young generation at its start size through a whole plan of one workbook, where a plain start grows it', () => {
    const dir = tempDir();
    const plain = join(dir, 'plain.mjs');
    writeFileSync(plain, `import { createRequire } from 'node:module';\nconst { main } = createRequire(import.meta.url)(${JSON.stringify(join(ROOT, 'dist/bundle/talks.cjs'))});\nawait main(process.argv);\n`);
    expect(youngBytes(plain, dir, 'fixtures')).toBeGreaterThan(START);
    expect(youngBytes(BIN, dir, 'fixtures')).toBeLessThanOrEqual(START);
  });

  it('lets it grow once the data is read when several managers’ workbooks are written, far under the budget', () => {
    const dir = tempDir();
    expect(youngBytes(BIN, dir, 'managers')).toBeGreaterThan(START);
    expect(youngBytes(BIN, dir, 'managers', 100)).toBeGreaterThan(START);
  });

  it('keeps it small for them too when the process is near the budget, as after a read of 3M rows', () => {
    expect(youngBytes(BIN, tempDir(), 'managers', 160)).toBeLessThanOrEqual(START);
  });
});
