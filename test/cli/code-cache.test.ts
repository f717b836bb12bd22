import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIX, ROOT, talks, tempDir } from '../helpers/cli.js';

/**
 * bin/talks.js compiles the bundle's chunks from the V8 code cache that `npm run build` made
 * (scripts/code-cache.js). The probe is loaded before bin/talks.js, shares its loader module,
 * and reports at exit how each chunk was compiled.
 */
function compiled(bin: string, args: string[], dir = tempDir()): { stdout: string; use: Record<string, string> } {
  const probe = join(dir, 'probe.mjs');
  const loader = join(bin, '..', 'load-bundle.js');
  writeFileSync(probe, `import { cacheUse } from ${JSON.stringify(loader)};\nprocess.on('exit', () => process.stderr.write('CACHE ' + JSON.stringify(Object.fromEntries(cacheUse)) + '\\n'));\n`);
  const r = spawnSync(process.execPath, ['--import', probe, bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', TALKS_DEBUG: '' } });
  expect(r.status, r.stderr).toBe(0);
  const line = /CACHE (\{.*\})/.exec(r.stderr);
  expect(line, r.stderr).not.toBeNull();
  return { stdout: r.stdout, use: JSON.parse(line![1]) as Record<string, string> };
}

/**
 * A copy of the built CLI (bin/ and dist/bundle/) whose files a test may spoil, with the code
 * cache of --help's chunks made again there (a copy's time stamps are not the build's).
 */
function copyOfCli(): string {
  const root = tempDir();
  const bundle = join(root, 'dist', 'bundle');
  cpSync(join(ROOT, 'bin'), join(root, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'dist', 'bundle'), bundle, { recursive: true, filter: (f) => !f.endsWith('.cache') });
  writeFileSync(join(root, 'package.json'), readFileSync(join(ROOT, 'package.json')));
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const bin = join(root, 'bin', 'talks.js');
  const made = spawnSync(process.execPath, [bin, '--help'], { cwd: root, encoding: 'utf8', env: { ...process.env, TALKS_CODE_CACHE: 'write', TALKS_DEBUG: '' } });
  expect(made.status, made.stderr).toBe(0);
  expect(readdirSync(bundle).filter((f) => f.endsWith('.cache')).sort()).toEqual(['rolldown-runtime.cjs.cache', 'start.cjs.cache', 'talks.cjs.cache']);
  expect(compiled(bin, ['--help']).use['start.cjs']).toBe('cache');
  return bin;
}

const HELP = talks(['--help']).stdout;

describe('the code cache of the built CLI', () => {
  it('compiles every chunk of --help and of a plan from the cache the build made', () => {
    expect(compiled(BIN, ['--help']).use).toEqual({ 'talks.cjs': 'cache', 'start.cjs': 'cache', 'rolldown-runtime.cjs': 'cache' });
    const dir = tempDir();
    const plan = compiled(BIN, ['plan', join(FIX, 'roster.xlsx'), '--kpi', join(FIX, 'kpi.xlsx'), '--today', '2026-11-24', '--lang', 'en', '-o', join(dir, 'p.xlsx')], dir);
    expect(Object.keys(plan.use).sort()).toEqual(['libs.cjs', 'rolldown-runtime.cjs', 'start.cjs', 'talks.cjs', 'work.cjs']);
    expect(new Set(Object.values(plan.use))).toEqual(new Set(['cache']));
  });

  it('does not use a cache made for another version of its chunk, and the command works as before', () => {
    const bin = copyOfCli();
    appendFileSync(join(bin, '..', '..', 'dist', 'bundle', 'start.cjs'), '\n// changed after the build\n');
    const r = compiled(bin, ['--help']);
    expect(r.use['start.cjs']).toBe('none');
    expect(r.use['talks.cjs']).toBe('cache');
    expect(r.stdout).toBe(HELP);
  });

  it('compiles plainly when V8 rejects a cache (one that is not V8 code), and the command works as before', () => {
    const bin = copyOfCli();
    const cache = join(bin, '..', '..', 'dist', 'bundle', 'start.cjs.cache');
    const stamp = readFileSync(cache).subarray(0, 16);
    writeFileSync(cache, Buffer.concat([stamp, Buffer.alloc(4096, 7)]));
    const r = compiled(bin, ['--help']);
    expect(r.use['start.cjs']).toBe('rejected');
    expect(r.stdout).toBe(HELP);
  });
});
