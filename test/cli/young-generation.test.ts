import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIX, ROOT, tempDir } from '../helpers/cli.js';

// V8's young generation starts at 2 MiB (two 1 MiB semi-spaces) and, left alone, grows to 32 MiB
// under the allocation of a plan: garbage held on top of the peak memory (issue 14). The probe is
// loaded before bin/talks.js and reports the young generation's size when the process ends.
const PROBE = `import { getHeapSpaceStatistics } from 'node:v8';
process.on('exit', () => {
  const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  process.stderr.write('NEW_SPACE ' + young.space_size + '\\n');
});
`;

function youngBytes(script: string, dir: string): number {
  const probe = join(dir, 'probe.mjs');
  writeFileSync(probe, PROBE);
  const args = ['plan', join(FIX, 'roster.xlsx'), '--kpi', join(FIX, 'kpi.xlsx'), '--today', '2026-11-24', '--lang', 'en', '-o', join(dir, 'plan.xlsx'), '--force', '--format', 'json'];
  const r = spawnSync(process.execPath, ['--import', probe, script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(r.status, r.stderr).toBe(0);
  const line = /NEW_SPACE (\d+)/.exec(r.stderr);
  expect(line, r.stderr).not.toBeNull();
  return Number(line![1]);
}

describe('bin/talks.js', () => {
  it('keeps the V8 young generation at its start size through a whole plan, where a plain start grows it', () => {
    const dir = tempDir();
    const plain = join(dir, 'plain.mjs');
    writeFileSync(plain, `import { createRequire } from 'node:module';\nconst { main } = createRequire(import.meta.url)(${JSON.stringify(join(ROOT, 'dist/bundle/talks.cjs'))});\nawait main(process.argv);\n`);
    expect(youngBytes(plain, dir)).toBeGreaterThan(2 * 2 ** 20);
    expect(youngBytes(BIN, dir)).toBeLessThanOrEqual(2 * 2 ** 20);
  });
});
