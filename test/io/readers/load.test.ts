import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../../src/io/load/index.js';
import { dayToUtcDate } from '../../../src/model/day.js';
import { csvText, talksError, tempDir } from './helpers.js';

const file = tempDir();
const D = dayToUtcDate;

function addRoster(wb: ExcelJS.Workbook, rows: ExcelJS.CellValue[][] = ROSTER_ROWS): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('Roster');
  ws.addRow(['Call centre roster']);
  ws.mergeCells('A1:I1');
  ws.addRow(['as of 2026-11-20']);
  ws.addRow(['Agent ID', 'Name', 'Team', 'Team Lead', 'Hire Date', 'Status', 'Leaving Date', 'Last Talk', 'Lead Flag']);
  for (const r of rows) ws.addRow(r);
  ws.getColumn(5).numFmt = 'yyyy-mm-dd';
  return ws;
}

const ROSTER_ROWS: ExcelJS.CellValue[][] = [
  ['A1', { richText: [{ text: 'Ana ' }, { text: 'Lopez', font: { bold: true } }] }, 'T1', { formula: '"Lee"', result: 'Lee' }, D('2024-01-15'), 'Active', null, D('2026-05-04'), null],
  [1002, 'Ben Wu', 'T1', 'Lee', D('2026-11-02'), 'On leave', null, null, 'Mood change'],
  ['A3', 'Cy Ho', 'T2', 'Kim', D('2023-06-30'), 'Notice', D('2026-12-18'), '2026-09-01', null],
];

function addKpi(wb: ExcelJS.Workbook, name = 'KPI'): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.addRow(['Weekly KPI']);
  ws.mergeCells('A1:E1');
  ws.addRow(['Agent ID', 'Date', 'Calls', 'AHT', 'CSAT %']);
  ws.addRow(['A1', D('2026-11-16'), 40, 120 / 86_400, 0.9]);
  ws.addRow(['A1', D('2026-11-18'), { formula: '30*2', result: 60 }, 200 / 86_400, 0.95]);
  ws.addRow(['A1', D('2026-11-23'), 10, 100 / 86_400, 1]);
  ws.addRow(['1002', D('2026-11-22'), 5, 300 / 86_400, 0.5]);
  ws.getColumn(2).numFmt = 'yyyy-mm-dd';
  ws.getColumn(4).numFmt = 'h:mm:ss';
  ws.getColumn(5).numFmt = '0%';
  return ws;
}

async function write(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const f = file(name);
  await wb.xlsx.writeFile(f);
  return f;
}

describe('loadInputs: one workbook with roster and KPI sheets', () => {
  it('finds each header below its title rows and reads every field', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Read me').addRow(['This workbook holds the roster and the KPIs.']);
    addRoster(wb);
    addKpi(wb);
    const f = await write(wb, 'both.xlsx');
    const { agents, kpi, warnings, tables } = await loadInputs(f, []);
    // Cy Ho (A3) has no KPI rows: said, not silent.
    expect(warnings.map((w) => w.code)).toEqual(['roster-no-kpi']);
    expect(warnings[0].message).toContain('"A3 Cy Ho"');
    expect(tables.map((t) => [t.sheet, t.kind, t.headerRow, t.rows])).toEqual([
      ['Roster', 'roster', 3, 3],
      ['KPI', 'kpi', 2, 4],
    ]);
    expect(agents).toEqual([
      {
        id: 'A1', name: 'Ana Lopez', team: 'T1', lead: 'Lee', hireDate: '2024-01-15', status: 'active', lastTalk: '2026-05-04',
        source: { file: f, sheet: 'Roster', row: 4 },
      },
      {
        id: '1002', name: 'Ben Wu', team: 'T1', lead: 'Lee', hireDate: '2026-11-02', status: 'leave', flag: 'mood',
        source: { file: f, sheet: 'Roster', row: 5 },
      },
      {
        id: 'A3', name: 'Cy Ho', team: 'T2', lead: 'Kim', hireDate: '2023-06-30', status: 'notice', leavingDate: '2026-12-18',
        lastTalk: '2026-09-01', source: { file: f, sheet: 'Roster', row: 6 },
      },
    ]);
    // Daily rows fold into ISO weeks; calls add up, averages weigh by calls.
    expect(kpi.periods()).toEqual(['2026-11-16', '2026-11-23']);
    expect(kpi.get('A1', '2026-11-16')).toEqual({ calls: 100, aht: 168, csat: 93 });
    expect(kpi.get('A1', '2026-11-23')).toEqual({ calls: 10, aht: 100, csat: 100 });
    expect(kpi.get('1002', '2026-11-16')).toEqual({ calls: 5, aht: 300, csat: 50 });
    expect(kpi.rowCount).toBe(4);
  });

  it('reads a KPI sheet placed before the roster sheet', async () => {
    const wb = new ExcelJS.Workbook();
    addKpi(wb, 'Week 47');
    addRoster(wb);
    const { agents, kpi, tables } = await loadInputs(await write(wb, 'kpi-first.xlsx'), []);
    expect(tables.map((t) => [t.sheet, t.kind])).toEqual([
      ['Week 47', 'kpi'],
      ['Roster', 'roster'],
    ]);
    expect(agents).toHaveLength(3);
    expect(kpi.rowCount).toBe(4);
  });

  it('with KPI files, the KPI sheets of the roster workbook are not read', async () => {
    const wb = new ExcelJS.Workbook();
    addRoster(wb);
    addKpi(wb);
    const roster = await write(wb, 'both-with-kpi.xlsx');
    const kpiFile = file('kpi.csv');
    fs.writeFileSync(kpiFile, csvText([['Agent ID', 'Week', 'QA Score'], ['A3', '2026-W47', '88']]));
    const { kpi, tables } = await loadInputs(roster, [kpiFile]);
    expect(tables.map((t) => [t.file, t.kind])).toEqual([
      [roster, 'roster'],
      [kpiFile, 'kpi'],
    ]);
    expect(kpi.agentIds()).toEqual(['A3']);
    expect(kpi.get('A3', '2026-11-16')).toEqual({ qa: 88 });
  });

  it('--sheet chooses the roster sheet; a missing sheet name is a TalksError', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Old roster').addRows([['Agent ID', 'Hire Date'], ['Z9', D('2019-01-01')]]);
    addRoster(wb);
    const f = await write(wb, 'two-rosters.xlsx');
    expect((await loadInputs(f, [])).agents.map((a) => a.id)).toEqual(['Z9']);
    expect((await loadInputs(f, [], { sheet: 'Roster' })).agents.map((a) => a.id)).toEqual(['A1', '1002', 'A3']);
    const err = await talksError(() => loadInputs(f, [], { sheet: 'Rooster' }));
    expect(err).toMatchObject({ code: 'sheet-missing', file: f });
    expect(err.message).toContain('"Rooster"');
  });
});

describe('loadInputs: problems', () => {
  it('a missing required roster column lists the columns found and the accepted headers', async () => {
    const f = file('no-hire.csv');
    fs.writeFileSync(f, csvText([['Staff list'], ['Agent ID', 'Name', 'Team'], ['1', 'Ana', 'T1']]));
    const err = await talksError(() => loadInputs(f, []));
    expect(err).toMatchObject({ code: 'roster-columns', file: f, exitCode: 1 });
    expect(err.message).toContain('No hire date column');
    expect(err.message).toContain('Columns found: "Agent ID", "Name", "Team"');
    expect(err.message).toContain('Hire Date, Start Date, Joined, 入职日期, 入职时间');
    expect(err.hint).toMatch(/agent ID and a hire date/);
  });

  it('a KPI file without a metric column lists the metric headers accepted', async () => {
    const roster = file('ok-roster.csv');
    fs.writeFileSync(roster, csvText([['Agent ID', 'Hire Date'], ['1', '2024-01-01']]));
    const kpiFile = file('no-metric.csv');
    fs.writeFileSync(kpiFile, csvText([['Agent ID', 'Week', 'Comment'], ['1', '2026-W47', 'fine']]));
    const err = await talksError(() => loadInputs(roster, [kpiFile]));
    expect(err).toMatchObject({ code: 'kpi-columns', file: kpiFile });
    expect(err.message).toContain('No KPI metric column');
    expect(err.message).toContain('Columns found: "Agent ID", "Week", "Comment"');
    expect(err.message).toContain('AHT, AHT (s), Avg Handle Time');
    expect(err.message).toContain('CSAT, CSAT %, Satisfaction');
  });

  it('a duplicate agent ID names the ID and both rows', async () => {
    const wb = new ExcelJS.Workbook();
    addRoster(wb, [...ROSTER_ROWS, ['A1', 'Ana Again', 'T2', 'Kim', D('2025-02-01'), 'Active']]);
    const f = await write(wb, 'dup.xlsx');
    const err = await talksError(() => loadInputs(f, []));
    expect(err).toMatchObject({ code: 'duplicate-agent', file: f, sheet: 'Roster', row: 7 });
    expect(err.message).toBe('Agent ID "A1" appears twice, in rows 4 and 7.');
  });

  it('a duplicate in a CSV names its line numbers', async () => {
    const f = file('dup.csv');
    fs.writeFileSync(f, 'Roster\nAgent ID,Hire Date\n7,2024-01-01\n8,2024-01-01\n7,2025-01-01\n');
    const err = await talksError(() => loadInputs(f, []));
    expect(err.message).toBe('Agent ID "7" appears twice, in rows 3 and 5.');
    expect(err.sheet).toBeUndefined();
  });

  it('unreadable roster values are warnings with file, sheet, row and column; the rest of the row counts', async () => {
    const wb = new ExcelJS.Workbook();
    addRoster(wb, [
      ['B1', 'Bo', 'T1', 'Lee', D('2024-01-15'), 'Sabbatical', 'soon', null, 'grumpy'],
      ['B2', 'Bea', 'T1', 'Lee', 'not a date', 'Active'],
      [null, 'Nobody', 'T1', 'Lee', D('2024-01-15'), 'Active'],
      ['B4', 'Bree', 'T2', 'Kim', D('2025-03-03'), 'Active'],
    ]);
    const f = await write(wb, 'warnings.xlsx');
    const { agents, warnings } = await loadInputs(f, []);
    expect(agents.map((a) => [a.id, a.status, a.leavingDate, a.flag])).toEqual([
      ['B1', 'active', undefined, undefined],
      ['B4', 'active', undefined, undefined],
    ]);
    const where = { file: f, sheet: 'Roster' };
    expect(warnings.map(({ code, file, sheet, row, column }) => ({ code, file, sheet, row, column }))).toEqual([
      { code: 'unknown-status', ...where, row: 4, column: 'F (Status)' },
      { code: 'bad-value', ...where, row: 4, column: 'G (Leaving Date)' },
      { code: 'bad-value', ...where, row: 4, column: 'I (Lead Flag)' },
      { code: 'bad-hire-date', ...where, row: 5, column: 'E (Hire Date)' },
      { code: 'missing-id', ...where, row: 6, column: 'A (Agent ID)' },
    ]);
    expect(warnings[0].message).toContain('"Sabbatical"');
    expect(warnings[1].message).toContain('"soon"');
  });

  it('unreadable KPI values are warnings; the row keeps its readable metrics', async () => {
    const roster = file('kpi-roster.csv');
    fs.writeFileSync(roster, csvText([['Agent ID', 'Hire Date'], ['1', '2024-01-01'], ['2', '2024-01-01']]));
    const kpiFile = file('kpi-bad.csv');
    fs.writeFileSync(
      kpiFile,
      csvText([
        ['KPI export', '', '', ''],
        ['Agent ID', 'Date', 'Calls', 'CSAT'],
        ['1', '2026-11-16', '50', 'great'],
        ['1', 'last week', '20', '90%'],
        ['2', '2026-11-17', '10', '80%'],
        ['Total', '', '80', '85%'],
      ]),
    );
    const { kpi, warnings, tables } = await loadInputs(roster, [kpiFile]);
    expect(warnings.map(({ code, file, row, column }) => ({ code, file, row, column }))).toEqual([
      { code: 'bad-value', file: kpiFile, row: 3, column: 'D (CSAT)' },
      { code: 'bad-period', file: kpiFile, row: 4, column: 'B (Date)' },
    ]);
    expect(kpi.get('1', '2026-11-16')).toEqual({ calls: 50 });
    expect(kpi.get('2', '2026-11-16')).toEqual({ calls: 10, csat: 80 });
    expect(kpi.agentIds()).toEqual(['1', '2']);
    expect(tables[1]).toMatchObject({ kind: 'kpi', headerRow: 2, rows: 2 });
  });

  it('monthly periods fold into months', async () => {
    const roster = file('m-roster.csv');
    fs.writeFileSync(roster, csvText([['Agent ID', 'Hire Date'], ['1', '2024-01-01']]));
    const kpiFile = file('monthly.csv');
    fs.writeFileSync(kpiFile, csvText([['Agent ID', 'Month', 'Calls'], ['1', '2026-10', '300'], ['1', '2026-10-15', '20'], ['1', '2026-11', '100']]));
    const { kpi } = await loadInputs(roster, [kpiFile]);
    expect(kpi.kind).toBe('month');
    expect(kpi.periods()).toEqual(['2026-10-01', '2026-11-01']);
    expect(kpi.get('1', '2026-10-01')).toEqual({ calls: 320 });
  });
});
