import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT, tempDir } from '../helpers/cli.js';
import { repeatedDeflate, rosterSheet, SHEET_HEAD, SHEET_TAIL, workbookZip, WORKBOOK } from '../helpers/zip-build.js';

/**
 * The bad-input corpus: each case is an input a careful user (or an attacker) might give, the
 * command, the exit code, words the message must contain, and a check that the run left nothing
 * behind. Each runs the built CLI in a child that reports its peak memory.
 */
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MEASURED = `
import fs from 'node:fs';
const { main } = await import(process.argv[2]);
process.on('exit', () => fs.writeSync(2, '\\nmaxrss-kib ' + process.resourceUsage().maxRSS + '\\n'));
await main(['node', 'talks', ...process.argv.slice(3)]);
`;
const runner = join(dir, 'measured.mjs');
writeFileSync(runner, MEASURED);
const MAIN = pathToFileURL(join(ROOT, 'dist', 'cli', 'main.js')).href;
const MiB = 1024 * 1024;

function run(cwd: string, args: string[], lang = 'en_US.UTF-8') {
  const r = spawnSync(process.execPath, [runner, MAIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: lang, LC_ALL: '', LC_MESSAGES: '' },
  });
  const rss = /maxrss-kib (\d+)/.exec(r.stderr);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr.replace(/\nmaxrss-kib \d+\n/, ''), rssMiB: rss ? Number(rss[1]) / 1024 : NaN };
}

const ROW = '<row r="2"><c r="A2" t="inlineStr"><is><t>A1</t></is></c></row>';
/** The roster header row and one agent row, as the head of a sheet that then repeats ROW. */
const ROSTER_HEAD = rosterSheet([['A0', 'Ann', 'T', '2024-01-01']]).replace(SHEET_TAIL, '');
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ole = (stream: string) => Buffer.concat([OLE_MAGIC, Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(2048)]);

interface Case {
  name: string;
  /** The input file's bytes, written as `input` in an empty folder. */
  input: () => Buffer;
  file: string;
  /** The command; `FILE` stands for the input. */
  args: string[];
  exit: number;
  words: string[];
  lang?: string;
}

const roster = (over: Parameters<typeof workbookZip>[0]) => () => workbookZip(over);
const sheet = (xml: string) => ({ name: 'xl/worksheets/sheet1.xml', data: xml });

const CSV_HEADER = 'Agent ID,Name,Team,Hire Date\n';
const csvRows = (n: number) => Array.from({ length: n }, (_, i) => `A${i},Name ${i},T1,2024-01-01\n`).join('');
/** A CSV of 460,000 rows (15 MB) whose row 3 opens a quote that never closes. */
const unclosedQuote = () => Buffer.from(`${CSV_HEADER}A1,Ann,T1,2024-01-01\nA2,"Bo,T1,2024-01-01\n${csvRows(460_000)}`);
/** A UTF-8 roster whose row 3 holds one byte that is never UTF-8, and row 2002 (past 64 KiB) a GBK name. */
const damagedUtf8 = () => {
  const head = Buffer.from(`${CSV_HEADER}A1,张伟,T1,2024-01-01\nA2,李#娜,T1,2024-01-01\n`);
  head[head.indexOf('#')] = 0xff;
  const gbk = Buffer.from([0xcd, 0xf5, 0xb7, 0xbc]); // 王芳 in GBK
  const body = Buffer.from(Array.from({ length: 1998 }, (_, i) => `B${i},张伟${i},T1,2024-01-01\n`).join(''));
  return Buffer.concat([head, body, Buffer.from('C1,'), gbk, Buffer.from(',T1,2024-01-01\n')]);
};

const CASES: Case[] = [
  {
    name: 'a cell reference with a ten-letter column',
    file: 'roster.xlsx',
    input: roster({ sheet: sheet(`${SHEET_HEAD}<row r="9"><c r="ZZZZZZZZZZ9"><v>1</v></c></row>${SHEET_TAIL}`) }),
    args: ['check', 'FILE'],
    exit: 1,
    words: ['roster.xlsx', 'sheet "Roster"', 'ZZZZZZZZZZ9', 'XFD'],
  },
  {
    name: 'a row number beyond 1,048,576',
    file: 'roster.xlsx',
    input: roster({ sheet: sheet(`${SHEET_HEAD}<row r="2000000"><c><v>1</v></c></row>${SHEET_TAIL}`) }),
    args: ['plan', 'FILE', '-o', 'out.xlsx'],
    exit: 1,
    words: ['roster.xlsx', '2000000', '1048576'],
  },
  {
    name: 'a sheet whose header claims 200 KB but unzips to 1 GiB',
    file: 'roster.xlsx',
    input: roster({ sheet: { name: 'xl/worksheets/sheet1.xml', deflated: repeatedDeflate(ROW.repeat(16384), 1024, ROSTER_HEAD, SHEET_TAIL), declaredSize: 200_000 } }),
    args: ['plan', 'FILE', '-o', 'out.xlsx'],
    exit: 1,
    words: ['roster.xlsx', 'xl/worksheets/sheet1.xml', 'more data than its zip header says (200000 bytes)'],
  },
  {
    name: 'a sheet declared at 3 GiB',
    file: 'roster.xlsx',
    input: roster({ sheet: { name: 'xl/worksheets/sheet1.xml', data: rosterSheet([['A1', 'Ann', 'T', '2024-01-01']]), declaredSize: 3 * 1024 * MiB } }),
    args: ['check', 'FILE'],
    exit: 1,
    words: ['unzips to 3072 MiB, more than the limit of 2048 MiB', '--max-unzipped'],
  },
  {
    name: 'the same sheet under a lower --max-unzipped',
    file: 'roster.xlsx',
    input: roster({ sheet: { name: 'xl/worksheets/sheet1.xml', deflated: repeatedDeflate(ROW.repeat(1024), 200, SHEET_HEAD, SHEET_TAIL) } }),
    args: ['check', 'FILE', '--max-unzipped', '8'],
    exit: 1,
    words: ['xl/worksheets/sheet1.xml', 'more than the limit of 8 MiB'],
  },
  {
    name: 'a sheet inflating to 4 GiB (a zip bomb)',
    file: 'roster.xlsx',
    input: roster({ sheet: { name: 'xl/worksheets/sheet1.xml', deflated: repeatedDeflate(ROW.repeat(16384), 1800, SHEET_HEAD, SHEET_TAIL) } }),
    args: ['check', 'FILE'],
    exit: 1,
    words: ['zip bomb'],
  },
  {
    name: 'shared strings inflating to 1.7 GiB',
    file: 'roster.xlsx',
    input: roster({ strings: { name: 'xl/sharedStrings.xml', deflated: repeatedDeflate(`<si><t>${'a'.repeat(1000)}</t></si>`.repeat(1000), 1700, '<sst>', '</sst>') } }),
    args: ['plan', 'FILE', '-o', 'out.xlsx'],
    exit: 1,
    words: ['xl/sharedStrings.xml', 'zip bomb'],
  },
  {
    name: 'xl/workbook.xml inflating to 640 MiB',
    file: 'roster.xlsx',
    input: roster({ workbook: { name: 'xl/workbook.xml', deflated: repeatedDeflate(' '.repeat(MiB), 640, WORKBOOK.replace('</workbook>', ''), '</workbook>') } }),
    args: ['check', 'FILE'],
    exit: 1,
    words: ['xl/workbook.xml', 'more than the limit of 64 MiB', 'damaged or forged'],
  },
  {
    name: 'a password-protected workbook (an OLE container)',
    file: 'roster.xlsx',
    input: () => ole('EncryptionInfo'),
    args: ['check', 'FILE'],
    exit: 1,
    words: ['roster.xlsx', 'password-protected', 'remove the password'],
  },
  {
    name: 'the same, in Chinese',
    file: 'roster.xlsx',
    input: () => ole('EncryptionInfo'),
    args: ['check', 'FILE'],
    exit: 1,
    words: ['roster.xlsx', '设有打开密码'],
    lang: 'zh_CN.UTF-8',
  },
  {
    name: 'an old .xls renamed .xlsx',
    file: 'roster.xlsx',
    input: () => ole('Workbook'),
    args: ['plan', 'FILE', '-o', 'out.xlsx'],
    exit: 1,
    words: ['roster.xlsx', 'Excel 97–2003', 'save it as "Excel Workbook (.xlsx)"'],
  },
  {
    name: 'record on a plan workbook that is a zip bomb',
    file: 'plan.xlsx',
    input: roster({ sheet: { name: 'xl/worksheets/sheet1.xml', deflated: repeatedDeflate(ROW.repeat(16384), 1024, SHEET_HEAD, SHEET_TAIL), declaredSize: 200_000 } }),
    args: ['record', 'FILE', '--history', 'talks.db'],
    exit: 1,
    words: ['plan.xlsx', 'more data than its zip header says'],
  },
  {
    name: 'record on a plan workbook past its size limit',
    file: 'plan.xlsx',
    input: roster({ sheet: { name: 'xl/worksheets/sheet1.xml', deflated: repeatedDeflate(ROW.repeat(1024), 5000, SHEET_HEAD, SHEET_TAIL) } }),
    args: ['record', 'FILE', '--history', 'talks.db'],
    exit: 1,
    words: ['plan.xlsx', 'more than the limit of 256 MiB'],
  },
  {
    name: 'record on a password-protected plan',
    file: 'plan.xlsx',
    input: () => ole('EncryptionInfo'),
    args: ['record', 'FILE', '--history', 'talks.db'],
    exit: 1,
    words: ['plan.xlsx', 'password-protected'],
  },
  {
    name: 'a bad --max-unzipped',
    file: 'roster.xlsx',
    input: roster({}),
    args: ['check', 'FILE', '--max-unzipped', 'lots'],
    exit: 2,
    words: ['--max-unzipped', 'whole number of MiB'],
  },
  {
    name: 'a 20 MB CSV line without quotes or line breaks',
    file: 'roster.csv',
    input: () => Buffer.from(`${'x'.repeat(20 * MiB)}\n${CSV_HEADER}`),
    args: ['plan', 'FILE', '-o', 'out.xlsx'],
    exit: 1,
    words: ['roster.csv, row 1', 'more than 16 million characters without a line break'],
  },
  {
    name: 'a quote never closed in a 15 MB CSV',
    file: 'roster.csv',
    input: unclosedQuote,
    args: ['check', 'FILE'],
    exit: 1,
    words: ['roster.csv, row 3', 'quoted field', 'never closed'],
  },
  {
    name: 'a quote never closed in a 15 MB CSV, in Chinese',
    file: 'roster.csv',
    input: unclosedQuote,
    args: ['plan', 'FILE', '-o', 'out.xlsx'],
    exit: 1,
    words: ['roster.csv，第 3 行', '一直没有结束'],
    lang: 'zh_CN.UTF-8',
  },
  {
    name: 'a UTF-8 CSV with a bad byte early and a GBK name past 64 KiB',
    file: 'roster.csv',
    input: damagedUtf8,
    args: ['check', 'FILE'],
    exit: 0,
    words: ['2,001 data rows', 'roster.csv, row 3, column B (Name): Some bytes here are not valid UTF-8 text'],
  },
];

describe('the bad-input corpus', () => {
  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', (_, c, i) => {
    const cwd = join(dir, `case-${i}`);
    mkdirSync(cwd);
    writeFileSync(join(cwd, c.file), c.input());
    const r = run(cwd, c.args.map((a) => (a === 'FILE' ? c.file : a)), c.lang);
    expect(r.code, r.stderr).toBe(c.exit);
    // Errors are told on stderr, the warnings of a run that succeeds in its report.
    for (const w of c.words) expect(r.stderr + r.stdout).toContain(w);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stderr).not.toContain('unexpected problem');
    expect(readdirSync(cwd)).toEqual([c.file]);
    expect(r.rssMiB).toBeLessThan(300);
  }, 60_000);

  it('holds at least the cases the issue lists', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(19);
  });
});
