// `npm run bench` (builds first): the speed targets of SPEC.md §8 and issues 12 and 14, in one run.
// Generates a 5,000-agent centre and its daily KPI rows (10k to 3M rows, csv and xlsx) into the
// OS temp folder (kept between runs), runs every case in a fresh child process, interleaved, and
// keeps each case's fastest run, its least CPU time and its highest peak RSS. Prints the table,
// then each target with its mark. `node test/bench/run.js [--runs N] [--only WORD]` (default 3 runs, all cases).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AGENTS, TODAY, writeKpiCsv, writeKpiXlsx, writeManagersRoster, writeRoster } from './generate.js';
import { child } from './cases.js';

const self = fileURLToPath(import.meta.url);
const root = join(dirname(self), '../..');
const dir = join(tmpdir(), 'talks-bench-v2');
const SIZES = [
  ['10k', 2],
  ['100k', 20],
  ['1M', 200],
  ['3M', 600],
];
const YEAR = 365;
const WRITERS = { roster: writeRoster, managers: writeManagersRoster, csv: writeKpiCsv, xlsx: writeKpiXlsx };

/** Writes a missing input in a child process, so that the parent stays small (a child inherits its parent's peak RSS on Linux). */
function ensure(file, kind, days = 0) {
  if (existsSync(file)) return file;
  const t0 = Date.now();
  process.stdout.write(`generating ${file} … `);
  const res = spawnSync(process.execPath, [self, '--generate', kind, `${file}.part`, String(days)], { stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`generating ${file} failed`);
  renameSync(`${file}.part`, file);
  console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return file;
}

function has(pkg) {
  try {
    createRequire(self).resolve(pkg);
    return true;
  } catch {
    return false;
  }
}

/** One run of a case: wall time of the child (or the time it measured inside), peak RSS. */
function runOnce(kind, args) {
  const t0 = process.hrtime.bigint();
  const res = spawnSync(process.execPath, [self, '--child', kind, ...args], { encoding: 'utf8', maxBuffer: 1 << 26, cwd: root });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const line = res.stderr.split('\n').find((l) => l.startsWith('BENCH '));
  if (res.status !== 0 || !line) return { error: `exit ${res.status}: ${res.stderr.slice(-600)}` };
  const r = JSON.parse(line.slice(6));
  return { seconds: r.seconds ?? wall, cpu: r.cpu, mib: r.maxRSS / 1024, rows: r.rows, exitCode: r.exitCode };
}

function cases(only) {
  mkdirSync(join(dir, 'out'), { recursive: true });
  const out = (name) => join(dir, 'out', name);
  const roster = ensure(join(dir, 'roster.csv'), 'roster');
  const plan = (kpi) => ['talks', ['plan', roster, '--kpi', kpi, '--today', TODAY, '-o', out('plan.xlsx'), '--force', '--lang', 'en']];
  const fixtures = ['plan', 'fixtures/roster.xlsx', '--kpi', 'fixtures/kpi.xlsx', '--today', '2026-11-23', '-o', out('fixtures.xlsx'), '--force', '--lang', 'en'];
  const list = [
    ['node -e 0 (reference)', 'node', []],
    ['talks --help', 'talks', ['--help']],
    ['plan, bundled fixtures (40 agents)', 'talks', fixtures],
    ['workbook write, fixtures', 'write', ['fixtures/roster.xlsx', 'fixtures/kpi.xlsx', '2026-11-23', out('write-fixtures.xlsx')]],
  ];
  const files = {};
  for (const [size, days] of SIZES) {
    files[`csv ${size}`] = ensure(join(dir, `kpi-${size}.csv`), 'csv', days);
    files[`xlsx ${size}`] = ensure(join(dir, `kpi-${size}.xlsx`), 'xlsx', days);
  }
  list.push(['workbook write, 5,000 agents', 'write', [roster, files['csv 10k'], TODAY, out('write-5000.xlsx')]]);
  for (const [size] of SIZES) for (const kind of ['csv', 'xlsx']) list.push([`plan, ${kind} ${size} rows`, ...plan(files[`${kind} ${size}`])]);
  list.push(['read xlsx 1M: exceljs streaming', 'exceljs', [files['xlsx 1M']]]);
  list.push(['read xlsx 1M: our reader alone', 'fast', [files['xlsx 1M']]]);
  list.push(['inflate xlsx 1M sheet XML (zlib)', 'inflate', [files['xlsx 1M']]]);
  list.push(['parse csv 1M: csv-parse', 'csvParse', [files['csv 1M']]]);
  if (has('@duckdb/node-api')) list.push(['csv 1M: DuckDB read_csv+GROUP BY', 'duckdb', [files['csv 1M']]]);
  const managers = ensure(join(dir, 'roster-50-managers.csv'), 'managers');
  const year = ensure(join(dir, 'kpi-365-days.csv'), 'csv', YEAR);
  mkdirSync(join(dir, 'out', 'centre'), { recursive: true });
  list.push(['plan, 50 managers, a year csv (1.8M)', 'talks', ['plan', managers, '--kpi', year, '--today', TODAY, '-o', join(dir, 'out', 'centre', 'plan.xlsx'), '--force', '--lang', 'en', '--format', 'json']]);
  // The same plan without its 50 workbooks: the read, the fold and the planning alone; the difference to the case above is the writes.
  list.push(['plan, 50 managers, no workbooks', 'talks', ['plan', managers, '--kpi', year, '--today', TODAY, '--no-workbook', '--lang', 'en', '--format', 'json']]);
  return list.filter(([label]) => !only || label.includes(only));
}

const minCpu = (a, b) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

/** Node's own start-up, the floor of `talks --help`, is timed without the child's bench code. */
function measure(kind, args) {
  if (kind === 'node') {
    const t0 = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpu: undefined, mib: 0, rows: 0 };
  }
  return runOnce(kind, args);
}

function report(results) {
  // CPU seconds (user + system, all threads) vary less with the machine's load than wall time.
  console.log(`\n${'case'.padEnd(40)} ${'rows'.padStart(9)} ${'seconds'.padStart(8)} ${'cpu s'.padStart(7)} ${'peak MiB'.padStart(9)}`);
  for (const [label, r] of results) {
    if (r.error) console.log(`${label.padEnd(40)} failed: ${r.error}`);
    else {
      const cpu = r.cpu === undefined ? '' : r.cpu.toFixed(2);
      console.log(`${label.padEnd(40)} ${String(r.rows || '').padStart(9)} ${r.seconds.toFixed(2).padStart(8)} ${cpu.padStart(7)} ${(r.mib ? r.mib.toFixed(0) : '').padStart(9)}${r.exitCode ? ` (exit ${r.exitCode})` : ''}`);
    }
  }
}

function targets(results) {
  const get = (label) => results.get(label);
  const s = (label) => get(label)?.seconds;
  const lines = [];
  const mark = (ok) => (ok === undefined ? 'n/a ' : ok ? 'pass' : 'SHORT');
  const check = (what, value, limit, unit = 's') => {
    const ok = value === undefined || limit === undefined ? undefined : value <= limit;
    lines.push(`${mark(ok).padEnd(5)} ${what}: ${value === undefined ? '—' : value.toFixed(2)} ${unit} (target ≤ ${limit === undefined ? '—' : limit.toFixed(2)} ${unit})`);
  };
  check('talks --help', s('talks --help'), 0.15);
  check('plan of the bundled fixtures', s('plan, bundled fixtures (40 agents)'), 0.4);
  check('workbook write, fixtures', s('workbook write, fixtures'), 0.25);
  check('workbook write, 5,000 agents', s('workbook write, 5,000 agents'), 0.25);
  const csv = s('plan, csv 1M rows');
  const xlsx = s('plan, xlsx 1M rows');
  const parse = s('parse csv 1M: csv-parse');
  check('1M-row csv plan vs 0.7 × csv-parse parse', csv, parse && 0.7 * parse);
  const duck = s('csv 1M: DuckDB read_csv+GROUP BY');
  if (has('@duckdb/node-api')) check('1M-row csv plan vs 1.5 × DuckDB', csv, duck && 1.5 * duck);
  else lines.push('n/a   1M-row csv plan vs 1.5 × DuckDB: @duckdb/node-api is not installed here (npm install), so DuckDB was not run');
  const ex = s('read xlsx 1M: exceljs streaming');
  check('1M-row xlsx plan vs 0.15 × exceljs streaming read', xlsx, ex && 0.15 * ex);
  const inflate = s('inflate xlsx 1M sheet XML (zlib)');
  check('1M-row xlsx plan vs 3 × zlib inflate', xlsx, inflate && 3 * inflate);
  for (const label of ['plan, csv 1M rows', 'plan, xlsx 1M rows', 'plan, csv 3M rows', 'plan, xlsx 3M rows']) check(`peak memory, ${label}`, get(label)?.mib, 200, 'MiB');
  const centre = get('plan, 50 managers, a year csv (1.8M)');
  const budget = (3 * AGENTS * YEAR) / 1e6;
  check('50 managers, a year of daily rows (SPEC §8: ~3 s per 1M rows)', centre?.seconds, budget);
  check('peak memory, 50 managers', centre?.mib, 200, 'MiB');
  console.log(`\nTargets\n${lines.join('\n')}`);
}

async function parent() {
  const args = process.argv.slice(2);
  const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  if (!existsSync(join(root, 'dist/bundle/talks.cjs'))) throw new Error('run "npm run build" first');
  const list = cases(only);
  const mb = (f) => (statSync(f).size / 2 ** 20).toFixed(0);
  console.log(`\n${AGENTS.toLocaleString('en-US')} agents; 1M rows: csv ${mb(join(dir, 'kpi-1M.csv'))} MiB, xlsx ${mb(join(dir, 'kpi-1M.xlsx'))} MiB; node ${process.version}, ${cpus().length} cores`);
  console.log(`load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')}; fastest of ${runs} interleaved runs, least CPU time, highest peak RSS`);
  const results = new Map();
  for (let i = 0; i < runs; i++) {
    for (const [label, kind, caseArgs] of list) {
      const r = measure(kind, caseArgs);
      const best = results.get(label);
      if (!best || best.error) results.set(label, r);
      else if (!r.error) results.set(label, { ...(r.seconds < best.seconds ? r : best), cpu: minCpu(r.cpu, best.cpu), mib: Math.max(r.mib, best.mib) });
    }
  }
  report(results);
  targets(results);
  console.log(`\nload average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}

const [mode, kind, ...rest] = process.argv.slice(2);
if (mode === '--child') await child(kind, rest);
else if (mode === '--generate') await WRITERS[kind](rest[0], Number(rest[1]));
else await parent();
