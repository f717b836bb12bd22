// The child side of the bench: one case per process, so its peak RSS is its own. Each case
// prints one `BENCH {...}` line on stderr: rows handled, peak RSS, CPU seconds, and for
// in-process timings the seconds (and CPU seconds) measured inside.
import { createReadStream } from 'node:fs';
import { join, dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../../dist');

async function countRows(read, file) {
  let rows = 0;
  for await (const sheet of read(file)) for await (const batch of sheet.rows.batches()) rows += batch.length;
  return rows;
}

/** `talks …` in this process, run by bin/talks.js itself (its V8 flag, then the bundled build). */
async function talks(args) {
  const bin = join(here, '../../bin/talks.js');
  process.argv = [process.argv[0], bin, ...args];
  await import(bin);
  return {};
}

/**
 * The plan of a roster, then the time of writing its workbook (the first one, as `talks plan`
 * writes it): the built bundle with bin/talks.js's V8 flag and code cache, exceljs's chunk loaded by the write,
 * and what `plan` does between the read and the write of one workbook (afterTheRead).
 */
async function write([roster, kpi, today, out]) {
  setFlagsFromString('--semi-space-growth-factor=1');
  const { loadBundle } = await import(join(here, '../../bin/load-bundle.js'));
  const { runPlan, writePlanWorkbook, addPrepSheets, afterTheRead } = await loadBundle().planWriter();
  const run = await runPlan({ roster, kpi: [kpi], today, lang: 'en', history: join(dirname(out), 'no-history.sqlite') });
  afterTheRead(1);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await writePlanWorkbook(out, run.plans[0], 'en', addPrepSheets);
  const c = process.cpuUsage(c0);
  return { seconds: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6, rows: run.agents.length };
}

/** exceljs's streaming reader, every row read. */
async function exceljs([file]) {
  const { readXlsxWithExcelJsStream } = await import('./exceljs-read.js');
  return { rows: await countRows(readXlsxWithExcelJsStream, file) };
}

/** Our xlsx reader alone, every row read. */
async function fast([file]) {
  const { readXlsxFast } = await import(join(dist, 'io/read/xlsx/read.js'));
  return { rows: await countRows(readXlsxFast, file) };
}

/** The sheet's XML inflated and thrown away: no reader of the file can be faster than this. */
async function inflate([file]) {
  const { ZipFile } = await import(join(dist, 'io/read/xlsx/zip.js'));
  const zip = await ZipFile.open(file);
  let bytes = 0;
  for (const entry of zip.entries.values()) if (entry.name.startsWith('xl/worksheets/')) for await (const c of zip.chunks(entry)) bytes += c.length;
  return { bytes };
}

/** csv-parse in its fastest configuration: records as arrays of strings, no casting, read as a stream. */
async function csvParse([file]) {
  const { parse } = await import('csv-parse');
  let rows = -1;
  await new Promise((resolve, reject) => {
    const parser = createReadStream(file, { highWaterMark: 1 << 16 }).pipe(parse());
    parser.on('data', () => rows++);
    parser.on('end', resolve);
    parser.on('error', reject);
  });
  return { rows };
}

/** DuckDB's read_csv and a GROUP BY agent and ISO week: what the plan computes from the file. */
async function duckdb([file]) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const sql = `SELECT "Agent ID", date_trunc('week', "Date") AS week, count(*) AS n, avg("Calls"), avg("AHT"), avg("CSAT"), avg("QA"), avg("FCR"), avg("Adherence")
    FROM read_csv('${file.replace(/'/g, "''")}') GROUP BY 1, 2`;
  const reader = await con.runAndReadAll(sql);
  const rows = reader.getRowObjects().reduce((n, r) => n + Number(r.n), 0);
  return { rows };
}

const CASES = { talks, write, exceljs, fast, inflate, csvParse, duckdb };

export async function child(kind, args) {
  const result = await CASES[kind](args);
  const usage = process.resourceUsage();
  // CPU seconds of the whole process (its threads too), unless the case timed a part of it.
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  const line = { rows: 0, cpu, ...result, maxRSS: usage.maxRSS, exitCode: process.exitCode ?? 0 };
  process.stderr.write(`\nBENCH ${JSON.stringify(line)}\n`);
}
