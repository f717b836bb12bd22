import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIX, ROOT, tempDir } from '../helpers/cli.js';

// V8's young generation starts at 2 MiB (two 1 MiB semi-spaces) and, left alone, grows to 32 MiB
// under the allocation of a plan: garbage held on top of the peak memory (issue 14). bin/talks.js
// keeps it at its start size; once the KPI data is read, it may grow when the process is far
// under the 200 MiB budget. The probe is loaded before bin/talks.js and reports the young
// generation's size when the process ends; with TALKS_PROBE_RSS it makes the process's resident
// memory read as that many MiB, as after a read of millions of rows.
const PROBE = `import { getHeapSpaceStatistics } from 'node:v8';
if (process.env.TALKS_PROBE_RSS) process.memoryUsage.rss = () => Number(process.env.TALKS_PROBE_RSS) * 2 ** 20;
process.on('exit', () => {
  const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  process.stderr.write('NEW_SPACE ' + young.space_size + '\\n');
});
`;

function youngBytes(script: string, dir: string, rssMiB?: number): number {
  const probe = join(dir, 'probe.mjs');
  writeFileSync(probe, PROBE);
  const args = ['plan', join(FIX, 'roster.xlsx'), '--kpi', join(FIX, 'kpi.xlsx'), '--today', '2026-11-24', '--lang', 'en', '-o', join(dir, 'plan.xlsx'), '--force', '--format', 'json'];
  const r = spawnSync(process.execPath, ['--import', probe, script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', TALKS_PROBE_RSS: rssMiB === undefined ? '' : String(rssMiB) } });
  expect(r.status, r.stderr).toBe(0);
  const line = /NEW_SPACE (\d+)/.exec(r.stderr);
  expect(line, r.stderr).not.toBeNull();
  return Number(line![1]);
}

describe('bin/talks.js', () => {
  it('keeps the V8 young generation at its start size through a whole plan near the memory budget, where a plain start grows it', () => {
    const dir = tempDir();
    const plain = join(dir, 'plain.mjs');
    writeFileSync(plain, `import { createRequire } from 'node:module';\nconst { main } = createRequire(import.meta.url)(${JSON.stringify(join(ROOT, 'dist/bundle/talks.cjs'))});\nawait main(process.argv);\n`);
    expect(youngBytes(plain, dir, 160)).toBeGreaterThan(2 * 2 ** 20);
    expect(youngBytes(BIN, dir, 160)).toBeLessThanOrEqual(2 * 2 ** 20);
  });

  it('lets it grow once the data is read when the process is far under the budget', () => {
    const dir = tempDir();
    expect(youngBytes(BIN, dir, 100)).toBeGreaterThan(2 * 2 ** 20);
    // The fixtures' plan as it is: well under the budget.
    expect(youngBytes(BIN, dir)).toBeGreaterThan(2 * 2 ** 20);
  });
});
