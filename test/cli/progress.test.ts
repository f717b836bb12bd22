import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Out } from '../../src/cli/output.js';
import { tempDir } from '../helpers/cli.js';

function bigKpi(dir: string, rows: number): { roster: string; kpi: string } {
  const roster = join(dir, 'roster.csv');
  writeFileSync(roster, 'Agent ID,Hire Date\nA1,2019-01-07\nA2,2019-01-07\n');
  const lines = ['Agent ID,Date,Calls'];
  for (let i = 0; i < rows; i++) lines.push(`A${(i % 2) + 1},2026-11-${String(2 + (i % 20)).padStart(2, '0')},${i % 50}`);
  const kpi = join(dir, 'kpi.csv');
  writeFileSync(kpi, `${lines.join('\n')}\n`);
  return { roster, kpi };
}

async function run(args: string[], tty: boolean) {
  const progress: string[] = [];
  let stderr = '';
  const out: Out = {
    data: () => undefined,
    message: (t) => (stderr += t),
    progress: (t) => progress.push(t),
    stdoutIsTTY: false,
    stderrIsTTY: tty,
  };
  const code = await main(['node', 'talks', ...args], out);
  return { code, progress, stderr };
}

describe('progress on long reads', () => {
  const dir = tempDir();
  const { roster, kpi } = bigKpi(dir, 250_000);

  it('shows a progress line every 100,000 rows on a terminal, then clears it', async () => {
    const r = await run(['rank', roster, '--kpi', kpi, '--today', '2026-11-24', '--format', 'json'], true);
    expect(r.code).toBe(0);
    expect(r.progress).toEqual([
      expect.stringMatching(/^Reading kpi\.csv: 1\d\d,\d{3} rows…$/),
      expect.stringMatching(/^Reading kpi\.csv: 2\d\d,\d{3} rows…$/),
      '',
    ]);
  });

  it('stays silent when stderr is not a terminal', async () => {
    const r = await run(['rank', roster, '--kpi', kpi, '--today', '2026-11-24', '--format', 'json'], false);
    expect(r.code).toBe(0);
    expect(r.progress).toEqual([]);
    expect(r.stderr).not.toContain('Reading');
  });
});
