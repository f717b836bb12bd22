import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/columns/cell.js';
import { readHeader } from '../../src/columns/header.js';
import { makeAgentReader } from '../../src/columns/rows.js';
import type { ColumnMap } from '../../src/columns/header.js';
import type { RowLoc } from '../../src/columns/row-cells.js';
import type { Agent } from '../../src/model/types.js';

const toAgent = (cells: readonly CellValue[], map: ColumnMap, at: RowLoc) => makeAgentReader(map)(cells, at);

const HEADERS = ['Agent ID', 'Name', 'Team', 'Team Lead', 'Hire Date', 'Status', 'Leaving Date', 'Last Talk', 'Lead Flag', 'Flag Date'];
const map = readHeader(HEADERS, 2);
const loc = { file: 'roster.xlsx', sheet: 'Staff', row: 7 };
const source = { file: 'roster.xlsx', sheet: 'Staff', row: 7 };
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A row of the full header, with some cells replaced. */
function row(changes: Partial<Record<(typeof HEADERS)[number], CellValue>> = {}): CellValue[] {
  const base: Record<string, CellValue> = {
    'Agent ID': 'A001', Name: 'Ann Lee', Team: 'Blue', 'Team Lead': 'Tom', 'Hire Date': utc(2024, 3, 1),
    Status: 'Active', 'Leaving Date': null, 'Last Talk': null, 'Lead Flag': null, 'Flag Date': null,
  };
  return HEADERS.map((h) => (h in changes ? (changes[h] ?? null) : base[h]));
}

const ann: Agent = {
  id: 'A001', name: 'Ann Lee', team: 'Blue', lead: 'Tom', hireDate: '2024-03-01', status: 'active', source,
};

describe('toAgent', () => {
  it('reads a full row', () => {
    const cells = row({
      Status: '已提离职', 'Leaving Date': '2026-12-31', 'Last Talk': 46300, 'Lead Flag': '有离职倾向', 'Flag Date': '11/20/2026',
    });
    expect(toAgent(cells, map, loc)).toEqual({
      agent: {
        ...ann, status: 'notice', leavingDate: '2026-12-31', lastTalk: '2026-10-05', flag: 'resign', flagDate: '2026-11-20',
      },
      warnings: [],
    });
  });

  it.each([
    ['a Date', utc(2024, 3, 1), '2024-03-01'],
    ['an Excel serial', 45352, '2024-03-01'],
    ['ISO text', '2024-03-01', '2024-03-01'],
    ['US text', '3/1/2024', '2024-03-01'],
    ['Chinese text', '2024年3月1日', '2024-03-01'],
    ['d-Mon-yy', '1-Mar-24', '2024-03-01'],
    ['yymmdd', '240301', '2024-03-01'],
  ] as const)('reads a hire date given as %s', (_what, cell, day) => {
    expect(toAgent(row({ 'Hire Date': cell }), map, loc).agent?.hireDate).toBe(day);
  });

  it.each([
    ['a number', 1001, '1001'],
    ['a float-typed whole number', 1001.0, '1001'],
    ['text with spaces', '  A-7 ', 'A-7'],
    ['text with leading zeros', '00123', '00123'],
  ] as const)('reads an agent ID given as %s', (_what, cell, id) => {
    expect(toAgent(row({ 'Agent ID': cell }), map, loc).agent?.id).toBe(id);
  });

  it.each([
    ['an empty row', []],
    ['a row of blanks', [null, '  ', '', null]],
    ['a full-width of nulls', HEADERS.map(() => null)],
  ])('gives nothing and no warning for %s', (_what, cells) => {
    expect(toAgent(cells, map, loc)).toMatchObject({ warnings: [] });
  });

  it('skips a row without an agent ID, with a warning', () => {
    expect(toAgent(row({ 'Agent ID': '  ' }), map, loc)).toMatchObject({
      warnings: [
        {
          code: 'missing-id', message: 'The row has no agent ID; the row was skipped',
          file: 'roster.xlsx', sheet: 'Staff', row: 7, column: 'A (Agent ID)',
        },
      ],
    });
  });

  it.each([
    ['missing', null, 'The hire date is empty; the row was skipped'],
    ['blank text', '   ', 'The hire date is empty; the row was skipped'],
    ['impossible', '2026-02-30', '"2026-02-30" is not a date; write dates as 2026-11-23; the row was skipped'],
    ['unreadable', 'soon', '"soon" is not a date; write dates as 2026-11-23; the row was skipped'],
    ['a time only', utc(1899, 12, 30), '"00:00:00" is a time, not a date; write dates as 2026-11-23; the row was skipped'],
  ] as const)('skips a row whose hire date is %s', (_what, cell, message) => {
    expect(toAgent(row({ 'Hire Date': cell }), map, loc)).toMatchObject({
      warnings: [{ code: 'bad-hire-date', message, file: 'roster.xlsx', sheet: 'Staff', row: 7, column: 'E (Hire Date)' }],
    });
  });

  it.each([
    ['Active', 'active'], ['on leave', 'leave'], ['产假', 'leave'], ['Notice given', 'notice'], ['Left', 'left'],
    ['Voluntarily Terminated', 'left'], [null, 'active'], ['', 'active'],
  ] as const)('reads status %j as %s without warnings', (cell, status) => {
    const { agent, warnings } = toAgent(row({ Status: cell }), map, loc);
    expect(agent?.status).toBe(status);
    expect(warnings).toEqual([]);
  });

  it('treats an unknown status as active, with a warning', () => {
    expect(toAgent(row({ Status: 'Contractor' }), map, loc)).toMatchObject({
      agent: ann,
      warnings: [
        {
          code: 'unknown-status',
          message:
            '"Contractor" is not a known status; use Active, On leave, Notice or Left (在职, 休假, 已提离职, 离职); the agent was treated as active',
          file: 'roster.xlsx', sheet: 'Staff', row: 7, column: 'F (Status)',
        },
      ],
    });
  });

  it.each([
    ['Leaving Date', 'next week', 'G (Leaving Date)', 'the leaving date was ignored'],
    ['Last Talk', '2026-13-01', 'H (Last Talk)', 'the last talk was ignored'],
    ['Flag Date', 'yesterday', 'J (Flag Date)', 'the flag date was ignored'],
  ] as const)('ignores an unreadable %s, with a warning', (header, cell, column, done) => {
    const { agent, warnings } = toAgent(row({ [header]: cell }), map, loc);
    expect(agent).toEqual(ann);
    expect(warnings).toMatchObject([
      {
        code: 'bad-value', message: `"${cell}" is not a date; write dates as 2026-11-23; ${done}`,
        file: 'roster.xlsx', sheet: 'Staff', row: 7, column,
      },
    ]);
  });

  it('ignores an unknown lead flag, with a warning', () => {
    const { agent, warnings } = toAgent(row({ 'Lead Flag': 'grumpy', 'Flag Date': '2026-11-20' }), map, loc);
    expect(agent).toEqual({ ...ann, flagDate: '2026-11-20' });
    expect(warnings).toMatchObject([
      {
        code: 'bad-value',
        message:
          '"grumpy" is not a known lead flag; use Mood change or Resignation intent (情绪变化, 有离职倾向); the lead flag was ignored',
        file: 'roster.xlsx', sheet: 'Staff', row: 7, column: 'I (Lead Flag)',
      },
    ]);
  });

  it.each(['-', 'N/A', '无', '#N/A'])('treats %j in optional date and flag cells as empty', (cell) => {
    const cells = row({ 'Leaving Date': cell, 'Last Talk': cell, 'Lead Flag': cell, 'Flag Date': cell });
    expect(toAgent(cells, map, loc)).toEqual({ agent: ann, warnings: [] });
  });

  it.each(['No', 'None', '正常', '否'])('reads lead flag %j as no flag', (cell) => {
    expect(toAgent(row({ 'Lead Flag': cell }), map, loc)).toEqual({ agent: ann, warnings: [] });
  });

  it('collects several warnings from one row', () => {
    const { agent, warnings } = toAgent(row({ Status: '??', 'Leaving Date': 'x', 'Lead Flag': 'y' }), map, loc);
    expect(agent).toEqual(ann);
    expect(warnings.map((w) => [w.code, w.column])).toEqual([
      ['unknown-status', 'F (Status)'], ['bad-value', 'G (Leaving Date)'], ['bad-value', 'I (Lead Flag)'],
    ]);
  });

  it('defaults name to the ID, team and lead to empty, status to active when those columns are absent', () => {
    const small = readHeader(['工号', '入职日期'], 1);
    expect(toAgent([7, '2025-01-02'], small, { file: 'roster.csv', row: 2 })).toEqual({
      agent: { id: '7', name: '7', team: '', lead: '', hireDate: '2025-01-02', status: 'active', source: { file: 'roster.csv', row: 2 } },
      warnings: [],
    });
  });

  it('defaults a blank name to the ID', () => {
    expect(toAgent(row({ Name: '  ' }), map, loc).agent?.name).toBe('A001');
  });

  it('leaves the sheet out of warnings and source for a csv', () => {
    const csvLoc = { file: 'roster.csv', row: 3 };
    const { agent } = toAgent(row(), map, csvLoc);
    expect(agent?.source).toEqual({ file: 'roster.csv', row: 3 });
    const { warnings } = toAgent(row({ 'Hire Date': null }), map, csvLoc);
    expect(warnings[0]).toMatchObject({
      code: 'bad-hire-date', message: 'The hire date is empty; the row was skipped', file: 'roster.csv', row: 3, column: 'E (Hire Date)',
    });
    expect('sheet' in warnings[0]).toBe(false);
  });

  it('reads rows shorter than the header', () => {
    expect(toAgent(['A001', 'Ann Lee', 'Blue', 'Tom', utc(2024, 3, 1)], map, loc)).toEqual({ agent: ann, warnings: [] });
  });

  it('reads columns in any order', () => {
    const shuffled = readHeader(['Status', '入职日期', 'Remarks', '姓名', '工号'], 1);
    const { agent } = toAgent(['Left', '2020-05-06', 'x', 'Bo', 'B2'], shuffled, loc);
    expect(agent).toMatchObject({ id: 'B2', name: 'Bo', hireDate: '2020-05-06', status: 'left' });
  });

  it('gives the same results through a reusable reader', () => {
    const read = makeAgentReader(map);
    for (const cells of [row(), row({ Status: 'x' }), row({ 'Agent ID': null }), []]) {
      expect(read(cells, loc)).toEqual(toAgent(cells, map, loc));
    }
  });
});
