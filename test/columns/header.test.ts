import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/columns/cell.js';
import {
  columnLabel,
  columnLetter,
  describeMissing,
  isHeaderFor,
  missingFields,
  readHeader,
} from '../../src/columns/header.js';
import { METRICS } from '../../src/model/types.js';

describe('readHeader', () => {
  it('maps each recognised column to its 0-based index and header text', () => {
    const map = readHeader([' Agent ID ', 'Name', null, 'Team', '入职日期', 'Notes', 'Status'], 3);
    expect(map).toEqual({
      headerRow: 3,
      headers: ['Agent ID', 'Name', '', 'Team', '入职日期', 'Notes', 'Status'],
      columns: {
        agentId: { index: 0, header: 'Agent ID' },
        name: { index: 1, header: 'Name' },
        team: { index: 3, header: 'Team' },
        hireDate: { index: 4, header: '入职日期' },
        status: { index: 6, header: 'Status' },
      },
      periodKind: 'week',
    });
  });

  it('lets the first of two matching columns win', () => {
    const map = readHeader(['工号', 'Agent ID', 'Date', 'Week', 'AHT', 'Handle Time'], 1);
    expect(map.columns.agentId).toEqual({ index: 0, header: '工号' });
    expect(map.columns.period).toEqual({ index: 2, header: 'Date' });
    expect(map.columns.aht).toEqual({ index: 4, header: 'AHT' });
  });

  it('reads sparse rows, numbers and dates as header text', () => {
    const cells: CellValue[] = [];
    cells[1] = 'Agent';
    cells[3] = 2026;
    cells[4] = new Date(Date.UTC(2026, 10, 23));
    const map = readHeader(cells, 2);
    expect(map.headers).toEqual(['', 'Agent', '', '2026', '2026-11-23']);
    expect(map.columns).toEqual({ agentId: { index: 1, header: 'Agent' } });
  });

  it.each([
    ['Month', 'month'], ['月份', 'month'], ['统计月份', 'month'], ['Month Start', 'month'],
    ['Week', 'week'], ['Date', 'week'], ['日期', 'week'], ['Period', 'week'], ['周', 'week'], ['Week Of', 'week'],
  ] as const)('period column %j gives periodKind %s', (header, kind) => {
    expect(readHeader(['Agent ID', header, 'AHT'], 1).periodKind).toBe(kind);
  });

  it('defaults periodKind to week without a period column', () => {
    expect(readHeader(['Agent ID'], 1).periodKind).toBe('week');
  });

  it('uses only the first period column for periodKind', () => {
    expect(readHeader(['Agent ID', 'Week', 'Month', 'AHT'], 1).periodKind).toBe('week');
  });

  it('accepts extra aliases', () => {
    const map = readHeader(['Rep', 'Day of Report', 'AHT'], 1, { agentId: ['Rep'], period: ['Day of Report'] });
    expect(map.columns.agentId?.index).toBe(0);
    expect(map.columns.period?.index).toBe(1);
  });
});

const header = (...cells: string[]) => readHeader(cells, 1);

describe('isHeaderFor and missingFields', () => {
  it.each([
    [['Agent ID', 'Hire Date'], 'roster', []],
    [['工号', '姓名', '入职日期', '在职状态'], 'roster', []],
    [['Agent ID', 'Name', 'Team'], 'roster', ['hireDate']],
    [['Name', 'Hire Date'], 'roster', ['agentId']],
    [['Name'], 'roster', ['agentId', 'hireDate']],
    [['Weekly KPI report 2026'], 'roster', ['agentId', 'hireDate']],
    [['Agent ID', 'Week', 'AHT'], 'kpi', []],
    [['工号', '日期', '满意度'], 'kpi', []],
    [['Agent ID', 'Week'], 'kpi', [...METRICS]],
    [['Agent ID', 'AHT', 'CSAT'], 'kpi', ['period']],
    [['Week', 'AHT'], 'kpi', ['agentId']],
    [['Weekly KPI report 2026'], 'kpi', ['agentId', 'period', ...METRICS]],
    [['Agent ID', 'Hire Date'], 'kpi', ['period', ...METRICS]],
    [['Agent ID', 'Week', 'CSAT'], 'roster', ['hireDate']],
  ] as const)('%j as %s lacks %j', (cells, kind, missing) => {
    const map = header(...cells);
    expect(missingFields(map, kind)).toEqual(missing);
    expect(isHeaderFor(map, kind)).toBe(missing.length === 0);
  });
});

describe('describeMissing', () => {
  it('names the missing column, the columns found and the accepted headers', () => {
    expect(describeMissing('roster', header('Agent ID', 'Name', 'Team'))).toBe(
      'No hire date column. Columns found: "Agent ID", "Name", "Team". ' +
        'Accepted headers for hire date: Hire Date, Start Date, Joined, 入职日期, 入职时间. Rename the column or add one.',
    );
  });

  it('lists several missing columns', () => {
    expect(describeMissing('roster', header('Name', '', 'Team'))).toBe(
      'No agent ID or hire date column. Columns found: "Name", "Team". ' +
        'Accepted headers for agent ID: Agent ID, Agent, Employee ID, ID, 工号, 员工编号, 坐席工号, 座席工号; ' +
        'for hire date: Hire Date, Start Date, Joined, 入职日期, 入职时间. Rename the columns or add them.',
    );
  });

  it('asks for a KPI metric when there is none', () => {
    const text = describeMissing('kpi', header('Agent ID', 'Week', 'Remarks'));
    expect(text).toMatch(/^No KPI metric column\. Columns found: "Agent ID", "Week", "Remarks"\. /);
    expect(text).toContain('Accepted headers for a KPI metric, any of: Calls, Calls Handled, Handled, 接通量, 通话量, 接听量 (calls); AHT,');
    expect(text).toContain('Conversion, Sales Conversion, 转化率, 成交率 (conversion); Speed of Answer, ASA, Average Speed of Answer, 平均应答时长 (speed of answer).');
    expect(text).toMatch(/Rename the column or add one\.$/);
  });

  it('lists period and metric together', () => {
    const text = describeMissing('kpi', header('Agent ID'));
    expect(text).toMatch(/^No period or KPI metric column\. /);
    expect(text).toContain('Accepted headers for period: Week, Date, Period, Month, 周, 日期, 周期, 月份; for a KPI metric, any of:');
    expect(text).toMatch(/Rename the columns or add them\.$/);
  });

  it('says when no columns were found at all', () => {
    expect(describeMissing('roster', header('', ''))).toContain('Columns found: none.');
  });

  it('describes every required column when no header row was found', () => {
    expect(describeMissing('roster', undefined)).toBe(
      'No header row with agent ID and hire date columns was found. ' +
        'Accepted headers for agent ID: Agent ID, Agent, Employee ID, ID, 工号, 员工编号, 坐席工号, 座席工号; ' +
        'for hire date: Hire Date, Start Date, Joined, 入职日期, 入职时间. Rename the columns or add them.',
    );
    expect(describeMissing('kpi', undefined)).toMatch(/^No header row with agent ID, period and KPI metric columns was found\. /);
  });

  it('does not list extra aliases, only the spec ones', () => {
    expect(describeMissing('roster', header('Agent ID'))).not.toContain('DateofHire');
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'], [1, 'B'], [25, 'Z'], [26, 'AA'], [27, 'AB'], [51, 'AZ'], [52, 'BA'], [701, 'ZZ'], [702, 'AAA'],
    [16383, 'XFD'],
  ])('%i → %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
});

describe('columnLabel', () => {
  const map = readHeader(['Agent ID', 'Name', 'Hire Date', null], 1);
  it.each([
    [0, 'A (Agent ID)'], [2, 'C (Hire Date)'], [3, 'D'], [30, 'AE'],
  ])('%i → %s', (index, label) => {
    expect(columnLabel(map, index)).toBe(label);
  });
});
