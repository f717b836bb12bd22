// The last step of `npm run build`: V8 code caches for the bundle's chunks (dist/bundle/*.cjs.cache),
// made by bin/talks.js itself after two representative runs in a scratch directory: `talks --help`
// (the start chunk, as every command's help uses it), then a plan of the bundled fixtures (the
// chunks a plan adds: our code and exceljs's writer). bin/load-bundle.js compiles from them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'talks-code-cache-'));
const fixture = (name) => join(root, 'fixtures', name);
const runs = [
  ['--help'],
  ['plan', fixture('roster.xlsx'), '--kpi', fixture('kpi.xlsx'), '--today', '2026-11-23', '--lang', 'en', '-o', join(dir, 'plan.xlsx')],
];
try {
  for (const args of runs) {
    const r = spawnSync(process.execPath, [join(root, 'bin/talks.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, TALKS_CODE_CACHE: 'write', TALKS_DEBUG: '' } });
    if (r.status !== 0) throw new Error(`talks ${args[0]} failed while making the code cache (exit ${r.status}):\n${r.stderr}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
