// Benchmark of the hot read path (SPEC.md §8): `npm run bench` (builds first).
// Generates a 5,000-agent roster and a 1,000,000-row KPI export as xlsx and csv into the OS
// temp folder (kept between runs), then times each case in a fresh child process and reports
// the child's peak RSS.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';

const AGENTS = 5_000;
const DAYS = 200;
const ROWS = AGENTS * DAYS;
const YEAR_DAYS = 365;
const TODAY = '2026-07-20';
const FIRST_DAY = Date.UTC(2026, 0, 1);
const DAY_MS = 86_400_000;
const dir = join(tmpdir(), `talks-bench-${AGENTS}x${DAYS}`);
const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../../dist');

const agentId = (i) => `AG${String(i + 1).padStart(5, '0')}`;
const dayText = (d) => new Date(FIRST_DAY + d * DAY_MS).toISOString().slice(0, 10);

/** Deterministic KPI values for agent a on day d. */
function kpi(a, d) {
  const x = (a * 7919 + d * 104729) % 1000;
  return {
    calls: 40 + (x % 60),
    aht: 180 + ((x * 13) % 300),
    csat: 0.6 + ((x * 17) % 400) / 1000,
    qa: 60 + ((x * 19) % 400) / 10,
    fcr: 0.5 + ((x * 23) % 500) / 1000,
    adherence: 0.8 + ((x * 29) % 200) / 1000,
  };
}

/** Most agents had a talk in the last four weeks, so the plan's backlog is a realistic size. */
async function writeRoster(file) {
  const out = createWriteStream(file);
  out.write('Agent ID,Name,Team,Team Lead,Hire Date,Status,Last Talk\n');
  const today = Date.parse(`${TODAY}T00:00:00Z`);
  for (let a = 0; a < AGENTS; a++) {
    const hire = new Date(Date.UTC(2020, 0, 6) + (a % 1500) * DAY_MS).toISOString().slice(0, 10);
    const lastTalk = new Date(today - (1 + (a % 27)) * DAY_MS).toISOString().slice(0, 10);
    if (!out.write(`${agentId(a)},Agent ${a + 1},Team ${Math.floor(a / 15) + 1},Lead ${Math.floor(a / 15) + 1},${hire},Active,${lastTalk}\n`)) {
      await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
}

/** The same centre run by 50 managers (100 agents each, two leads per team) on two day shifts. */
async function writeManagersRoster(file) {
  const out = createWriteStream(file);
  out.write('Agent ID,Name,Team,Team Lead,Manager,Hire Date,Status,Last Talk,Shift\n');
  for (let a = 0; a < AGENTS; a++) {
    const hire = new Date(Date.UTC(2020, 0, 6) + (a % 1500) * DAY_MS).toISOString().slice(0, 10);
    const lastTalk = new Date(Date.parse(`${TODAY}T00:00:00Z`) - (20 + ((a * 37) % 300)) * DAY_MS).toISOString().slice(0, 10);
    const shift = a % 3 === 0 ? '12:00-21:00' : '08:00-17:00';
    const line = `${agentId(a)},Agent ${a + 1},Team ${Math.floor(a / 15) + 1},Lead ${Math.floor(a / 15) + 1},Manager ${Math.floor(a / 100) + 1},${hire},Active,${lastTalk},${shift}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** A year of daily rows for every agent (1,825,000 rows). */
const writeKpiYearCsv = (file) => writeKpiCsv(file, YEAR_DAYS);

async function writeKpiCsv(file, days = DAYS) {
  const out = createWriteStream(file);
  out.write('Agent ID,Date,Calls,AHT,CSAT,QA,FCR,Adherence\n');
  for (let d = 0; d < days; d++) {
    const day = dayText(d);
    for (let a = 0; a < AGENTS; a++) {
      const k = kpi(a, d);
      if (!out.write(`${agentId(a)},${day},${k.calls},${k.aht},${k.csat},${k.qa},${k.fcr},${k.adherence}\n`)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
}

/** Written as Excel does: shared strings on, dates as serials with a date format. */
async function writeKpiXlsx(file) {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('KPI');
  ws.columns = [
    { header: 'Agent ID', key: 'id' },
    { header: 'Date', key: 'date', style: { numFmt: 'yyyy-mm-dd' } },
    { header: 'Calls', key: 'calls' },
    { header: 'AHT', key: 'aht' },
    { header: 'CSAT', key: 'csat', style: { numFmt: '0%' } },
    { header: 'QA', key: 'qa' },
    { header: 'FCR', key: 'fcr', style: { numFmt: '0%' } },
    { header: 'Adherence', key: 'adherence', style: { numFmt: '0%' } },
  ];
  for (let d = 0; d < DAYS; d++) {
    const date = new Date(FIRST_DAY + d * DAY_MS);
    for (let a = 0; a < AGENTS; a++) ws.addRow({ id: agentId(a), date, ...kpi(a, d) }).commit();
  }
  ws.commit();
  await wb.commit();
}

const WRITERS = { roster: writeRoster, managers: writeManagersRoster, year: writeKpiYearCsv, csv: writeKpiCsv, xlsx: writeKpiXlsx };

/**
 * Writes a missing input in a child process: on Linux a child inherits its parent's peak RSS,
 * so the parent must stay small for the children's figures to be their own.
 */
function ensure(file, kind) {
  if (existsSync(file)) return;
  const t0 = Date.now();
  process.stdout.write(`generating ${file} … `);
  const res = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--generate', kind, `${file}.part`], { stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`generating ${file} failed`);
  renameSync(`${file}.part`, file);
  console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------------
// Child side: one case per process, so peak RSS belongs to that case alone.

async function countRows(read, file) {
  let rows = 0;
  for await (const sheet of read(file)) for await (const batch of sheet.rows.batches()) rows += batch.length;
  return rows;
}

async function child(kind, args) {
  let rows = ROWS;
  if (kind === 'centre') rows = AGENTS * YEAR_DAYS;
  if (kind === 'plan' || kind === 'centre') {
    const { main } = await import(join(dist, 'cli/main.js'));
    await main(['node', 'talks', ...args]);
  } else {
    const read =
      kind === 'exceljs'
        ? (await import('./exceljs-read.js')).readXlsxWithExcelJsStream
        : (await import(join(dist, 'io/read/xlsx/read.js'))).readXlsxFast;
    rows = await countRows(read, args[0]);
  }
  process.stderr.write(`\nBENCH ${JSON.stringify({ rows, maxRSS: process.resourceUsage().maxRSS, exitCode: process.exitCode ?? 0 })}\n`);
}

function run(label, kind, args) {
  const t0 = process.hrtime.bigint();
  const res = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', kind, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const line = res.stderr.split('\n').find((l) => l.startsWith('BENCH '));
  if (res.status !== 0 || !line) {
    console.error(`${label} failed (exit ${res.status}):\n${res.stdout.slice(-2000)}\n${res.stderr.slice(-2000)}`);
    return;
  }
  const { rows, maxRSS, exitCode } = JSON.parse(line.slice(6));
  const mib = maxRSS / 1024;
  const note = exitCode ? ` (exit code ${exitCode})` : '';
  console.log(
    `${label.padEnd(34)} ${String(rows).padStart(9)} ${seconds.toFixed(2).padStart(8)} ${mib.toFixed(0).padStart(9)} ${Math.round(rows / seconds).toLocaleString('en-US').padStart(11)}${note}`,
  );
}

async function parent() {
  if (!existsSync(join(dist, 'io/read/xlsx-read.js'))) throw new Error('run "npm run build" first');
  mkdirSync(dir, { recursive: true });
  const roster = join(dir, 'roster-last-talk.csv');
  const csv = join(dir, 'kpi.csv');
  const xlsx = join(dir, 'kpi.xlsx');
  ensure(roster, 'roster');
  ensure(csv, 'csv');
  ensure(xlsx, 'xlsx');
  const mb = (f) => (statSync(f).size / 2 ** 20).toFixed(0);
  console.log(`\n${ROWS.toLocaleString('en-US')} KPI rows: xlsx ${mb(xlsx)} MiB (shared strings on), csv ${mb(csv)} MiB; node ${process.version}\n`);
  console.log(`${'case'.padEnd(34)} ${'rows'.padStart(9)} ${'seconds'.padStart(8)} ${'peak MiB'.padStart(9)} ${'rows/s'.padStart(11)}`);
  const plan = (kpiFile) => ['plan', roster, '--kpi', kpiFile, '--today', TODAY, '-o', join(dir, 'plan.xlsx'), '--force', '--lang', 'en'];
  const only = process.argv[2];
  if (!only || only === 'plan') run('(a) talks plan, xlsx KPI', 'plan', plan(xlsx));
  if (!only || only === 'plan') run('(b) talks plan, csv KPI', 'plan', plan(csv));
  if (!only || only === 'managers') {
    const managers = join(dir, 'roster-50-managers.csv');
    const year = join(dir, 'kpi-365-days.csv');
    ensure(managers, 'managers');
    ensure(year, 'year');
    const out = join(dir, 'centre');
    mkdirSync(out, { recursive: true });
    run('(e) talks plan, 50 managers, year csv', 'centre', ['plan', managers, '--kpi', year, '--today', TODAY, '-o', join(out, 'plan.xlsx'), '--force', '--lang', 'en', '--format', 'json']);
  }
  if (!only || only === 'read') run('(c) read xlsx: exceljs (reference)', 'exceljs', [xlsx]);
  if (!only || only === 'read') run('(d) read xlsx: fast reader', 'fast', [xlsx]);
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv.slice(4));
else if (process.argv[2] === '--generate') await WRITERS[process.argv[3]](process.argv[4]);
else await parent();
