import fs from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/io/read/csv-read.js';
import { loadInputs } from '../../../src/io/load/index.js';
import { readTables } from '../../../src/io/read/tables.js';
import { canCountOpenFiles, csvText, readAll, stillOpen, talksError, tempDir } from './helpers.js';

const file = tempDir();

/** A Chinese roster as a Chinese Excel exports it: a title row, then the header. */
const ROSTER: string[][] = [
  ['员工花名册 2026年11月'],
  ['工号', '姓名', '组别', '组长', '入职日期', '状态'],
  ['1001', '张三', '一组, 早班', '李四', '2024-03-01', '在职'],
  ['1002', '王 "小" 五', '二组\n夜班', '赵六', '2025/7/9', '休假'],
  ['1003', 'Zoë; Ng', '一组\t早班', '李四', '2026年1月5日', '已提离职'],
];

/** Where each row starts in the file: the quoted line break pushes row 5 down a line. */
const LINES = [1, 2, 3, 4, 6];

type Encoder = (text: string) => Buffer;
const ENCODINGS: [string, Encoder][] = [
  ['UTF-8', (t) => Buffer.from(t, 'utf8')],
  ['UTF-8 with BOM', (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')])],
  ['UTF-16LE with BOM', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(t, 'utf16le')])],
  ['UTF-16BE with BOM', (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(t, 'utf16be')])],
  ['UTF-16LE without BOM', (t) => iconv.encode(t, 'utf16le')],
  ['GBK', (t) => iconv.encode(t.replace('Zoë', 'Zoe'), 'gbk')],
];
const DELIMITERS: [string, string][] = [
  ['comma', ','],
  ['semicolon', ';'],
  ['tab', '\t'],
];
const MATRIX = ENCODINGS.flatMap(([enc, encode]) => DELIMITERS.map(([dname, d]) => [enc, dname, encode, d] as const));

describe('readCsv through readTables', () => {
  it.each(MATRIX)('%s, %s-separated: every cell and the real line numbers', async (enc, dname, encode, delimiter) => {
    const f = file(`roster-${enc}-${dname}.csv`.replace(/\s+/g, '_'));
    fs.writeFileSync(f, encode(csvText(ROSTER, delimiter)));
    const tables = await readAll(f);
    expect(tables).toHaveLength(1);
    expect(tables[0].sheet).toBeUndefined();
    const expected = enc === 'GBK' ? ROSTER.map((r) => r.map((c) => c.replace('Zoë', 'Zoe'))) : ROSTER;
    expect(tables[0].rows.map((r) => r.cells)).toEqual(expected);
    expect(tables[0].rows.map((r) => r.row)).toEqual(LINES);
  });

  it.each(MATRIX)('%s, %s-separated: loads as a roster below its title row', async (enc, dname, encode, delimiter) => {
    const f = file(`load-${enc}-${dname}.csv`.replace(/\s+/g, '_'));
    fs.writeFileSync(f, encode(csvText(ROSTER, delimiter)));
    const { agents, warnings, tables } = await loadInputs(f, []);
    expect(warnings).toEqual([]);
    expect(tables[0]).toMatchObject({ kind: 'roster', headerRow: 2, rows: 3 });
    expect(agents.map((a) => [a.id, a.team, a.lead, a.hireDate, a.status, a.source.row])).toEqual([
      ['1001', '一组, 早班', '李四', '2024-03-01', 'active', 3],
      ['1002', '二组\n夜班', '赵六', '2025-07-09', 'leave', 4],
      ['1003', '一组\t早班', '李四', '2026-01-05', 'notice', 6],
    ]);
    expect(agents[1].name).toBe('王 "小" 五');
  });

  it('a forced encoding overrides detection', async () => {
    const f = file('forced.csv');
    fs.writeFileSync(f, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('工号,入职日期\r\n1,2024-01-01\r\n', 'utf16le')]));
    const tables = await readAll(f, { encoding: 'utf-16le' });
    expect(tables[0].rows.map((r) => r.cells)).toEqual([['工号', '入职日期'], ['1', '2024-01-01']]);
  });

  it('LF, CRLF and a missing final line break read the same', async () => {
    const rows = [['Agent ID', 'Hire Date'], ['1', '2024-01-01'], ['2', '2024-02-01']];
    for (const [name, text] of [
      ['lf', 'Agent ID,Hire Date\n1,2024-01-01\n2,2024-02-01\n'],
      ['crlf', 'Agent ID,Hire Date\r\n1,2024-01-01\r\n2,2024-02-01\r\n'],
      ['no-final-eol', 'Agent ID,Hire Date\n1,2024-01-01\n2,2024-02-01'],
    ]) {
      const f = file(`eol-${name}.csv`);
      fs.writeFileSync(f, text);
      const [table] = await readAll(f);
      expect(table.rows.map((r) => r.cells)).toEqual(rows);
      expect(table.rows.map((r) => r.row)).toEqual([1, 2, 3]);
    }
  });

  it('warnings carry the real line number, counting title rows and quoted line breaks', async () => {
    const f = file('lines.csv');
    const text = [
      'Team roster',
      'exported 2026-11-20',
      'Agent ID,Name,Hire Date,Status',
      '1,"Ana\nMaria\nLopez",2024-01-01,Active',
      '2,Ben,someday,Active',
      '3,Cy,2024-03-01,Dancing',
      '',
    ].join('\r\n');
    fs.writeFileSync(f, text);
    const { agents, warnings } = await loadInputs(f, []);
    expect(agents.map((a) => [a.id, a.source.row])).toEqual([
      ['1', 4],
      ['3', 8],
    ]);
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'bad-hire-date', file: f, row: 7, column: 'C (Hire Date)' }),
      expect.objectContaining({ code: 'unknown-status', file: f, row: 8, column: 'D (Status)' }),
    ]);
    expect(warnings[0]).not.toHaveProperty('sheet');
  });

  it('trailing blank rows and rows of empty fields are ignored', async () => {
    const f = file('trailing.csv');
    fs.writeFileSync(f, 'Agent ID,Hire Date,Status\n1,2024-01-01,Active\n2,2024-02-01,Active\n,,\n\n ,, \n\n');
    const { agents, warnings, tables } = await loadInputs(f, []);
    expect(agents.map((a) => a.id)).toEqual(['1', '2']);
    expect(warnings).toEqual([]);
    expect(tables[0].rows).toBe(2);
  });
});

describe('reading stops early', () => {
  it.skipIf(!canCountOpenFiles)('the file is closed when a reader stops early or no header is found', async () => {
    const f = file('no-header-anywhere.csv');
    fs.writeFileSync(f, 'x,y\n'.repeat(50_000));
    for await (const table of readTables(f)) {
      for await (const row of table.rows) {
        expect(row.row).toBe(1);
        break;
      }
    }
    const err = await talksError(() => loadInputs(f, []));
    expect(err.code).toBe('roster-columns');
    expect(await stillOpen('no-header-anywhere.csv')).toBe(0);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a;b;c\n1;2;3', ';'],
    ['a\tb\tc\n1\t2\t3', '\t'],
    ['Title only\na;b;c\n1;2;3', ';'],
    ['"x, y, z";b\n"1,2,3";4', ';'],
    ['name\tnote\nAna\t"a, b; c"', '\t'],
    ['Agent;Calls;CSAT;QA\n1;120;92,5;88', ';'],
    ['Agent;CSAT;QA\n1;92,5;88,1\n2;90,0;87,5', ';'],
    ['Agent;CSAT;QA;AHT\n1;92,5;88,1;143,5\n2;90,0;87,5;150,25', ';'],
    ['Report,,,,\nAgent,Week,Calls,AHT,Note\n1,2026-W47,120,143,a;b;c;d;e;f', ','],
    ['Agent\tNote\n1\tx, y\n2\tz, w', '\t'],
    ['single', ','],
    ['', ','],
  ])('%j → %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});
