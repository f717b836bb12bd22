import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/columns/cell.js';
import { readHeader } from '../../src/columns/header.js';
import type { ColumnMap } from '../../src/columns/header.js';
import { makeKpiRowFolder } from '../../src/columns/rows.js';
import type { RowLoc } from '../../src/columns/row-cells.js';
import { METRICS, type KpiRow, type Metrics, type Warning } from '../../src/model/types.js';

/** Reads rows the way the loader does (makeKpiRowFolder), collecting what it adds as KpiRows. */
function makeReader(map: ColumnMap) {
  let added: KpiRow | undefined;
  const fold = makeKpiRowFolder(map, {
    addValues(agentId, period, values) {
      const metrics: Metrics = {};
      METRICS.forEach((m, i) => { if (!Number.isNaN(values[i])) metrics[m] = values[i]; });
      added = { agentId, period, metrics };
    },
  });
  return (cells: readonly CellValue[], at: RowLoc): { row?: KpiRow; warnings: Warning[] } => {
    const warnings: Warning[] = [];
    added = undefined;
    fold(cells, at, warnings);
    return added ? { row: added, warnings } : { warnings };
  };
}
const toKpiRow = (cells: readonly CellValue[], map: ColumnMap, at: RowLoc) => makeReader(map)(cells, at);

const HEADERS = ['Agent ID', 'Date', 'Calls', 'AHT', 'CSAT', 'QA', 'FCR', 'Adherence', 'Conversion'];
const weekly = readHeader(HEADERS, 1);
const loc = { file: 'kpi.xlsx', sheet: 'Daily', row: 12 };
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const where = { file: 'kpi.xlsx', sheet: 'Daily', row: 12 };

describe('toKpiRow', () => {
  it('reads every metric in its unit', () => {
    const cells = ['A001', utc(2026, 11, 25), 120, '2:23', '92%', 88, 0.75, '95 %', 0.125];
    expect(toKpiRow(cells, weekly, loc)).toEqual({
      row: {
        agentId: 'A001', period: '2026-11-23',
        metrics: { calls: 120, aht: 143, csat: 92, qa: 88, fcr: 75, adherence: 95, conversion: 12.5 },
      },
      warnings: [],
    });
  });

  it.each([
    ['a Monday', '2026-11-23', '2026-11-23'],
    ['a Wednesday', '2026-11-25', '2026-11-23'],
    ['a Sunday', '2026-11-29', '2026-11-23'],
    ['the next Monday', '2026-11-30', '2026-11-30'],
    ['a day in an ISO week that starts in the old year', '2026-01-01', '2025-12-29'],
    ['a Date', utc(2026, 11, 27), '2026-11-23'],
    ['an Excel serial', 46351, '2026-11-23'],
    ['an ISO week', '2026-W48', '2026-11-23'],
    ['a US date', '11/27/2026', '2026-11-23'],
  ] as const)('folds %s into its ISO week', (_what, cell, monday) => {
    expect(toKpiRow(['A001', cell, 10], weekly, loc).row?.period).toBe(monday);
  });

  const monthly = readHeader(['工号', '月份', '接通量'], 1);
  it.each([
    ['a day', '2026-11-15', '2026-11-01'],
    ['the last day', '2026-11-30', '2026-11-01'],
    ['a month in Chinese', '2026年11月', '2026-11-01'],
    ['a month as YYYY-MM', '2026-11', '2026-11-01'],
    ['a month name', 'Nov 2026', '2026-11-01'],
    ['a Date', utc(2026, 11, 20), '2026-11-01'],
  ] as const)('folds %s into its month under a month header', (_what, cell, first) => {
    expect(monthly.periodKind).toBe('month');
    expect(toKpiRow(['A001', cell, 10], monthly, loc).row?.period).toBe(first);
  });

  it('leaves out an unreadable metric, with a warning, and keeps the rest', () => {
    const cells = ['A001', '2026-11-25', 120, 'slow', '120%', 88, null, null, null];
    expect(toKpiRow(cells, weekly, loc)).toMatchObject({
      row: { agentId: 'A001', period: '2026-11-23', metrics: { calls: 120, qa: 88 } },
      warnings: [
        {
          code: 'bad-value',
          message: '"slow" is not a duration; write seconds (143), mm:ss (2:23) or hh:mm:ss (0:02:23); the AHT value was left out',
          ...where, column: 'D (AHT)',
        },
        {
          code: 'bad-value', message: '"120%" is not a percentage between 0 and 100; the CSAT value was left out',
          ...where, column: 'E (CSAT)',
        },
      ],
    });
  });

  it('skips a row whose metrics are all unreadable, keeping the warnings', () => {
    const { row, warnings } = toKpiRow(['A001', '2026-11-25', -1, 'x'], weekly, loc);
    expect(row).toBeUndefined();
    expect(warnings.map((w) => w.code)).toEqual(['bad-value', 'bad-value']);
  });

  it.each([
    ['all metric cells blank', ['A001', '2026-11-25', null, '', '  ']],
    ['no metric cells at all', ['A001', '2026-11-25']],
    ['placeholders only', ['A001', '2026-11-25', '-', '#DIV/0!', 'N/A', '无']],
    ['a blank row', [null, null, null]],
    ['an empty row', []],
    ['a totals row', ['Total', null, 5000, 150]],
    ['a Chinese totals row', ['合计', null, 5000, 150]],
    ['an averages row', ['Average', '', 50, '2:30']],
  ] as const)('skips %s silently', (_what, cells) => {
    expect(toKpiRow([...cells], weekly, loc)).toMatchObject({ warnings: [] });
  });

  it('treats placeholders in metric cells as missing values', () => {
    expect(toKpiRow(['A001', '2026-11-25', 80, '#DIV/0!', '-'], weekly, loc)).toEqual({
      row: { agentId: 'A001', period: '2026-11-23', metrics: { calls: 80 } },
      warnings: [],
    });
  });

  it('skips a row without an agent ID, with a warning', () => {
    expect(toKpiRow([null, '2026-11-25', 120], weekly, loc)).toMatchObject({
      warnings: [{ code: 'missing-id', message: 'The row has no agent ID; the row was skipped', ...where, column: 'A (Agent ID)' }],
    });
  });

  it('skips a row without a period, with a warning', () => {
    expect(toKpiRow(['A001', ' ', 120], weekly, loc)).toMatchObject({
      warnings: [
        {
          code: 'missing-period', message: 'The row has no period (date, week or month); the row was skipped',
          ...where, column: 'B (Date)',
        },
      ],
    });
  });

  it.each([
    ['13/45/2026', '"13/45/2026" is not a date; write dates as 2026-11-23; the row was skipped'],
    ['2026-02-30', '"2026-02-30" is not a date; write dates as 2026-11-23; the row was skipped'],
    ['last week', '"last week" is not a date; write dates as 2026-11-23; the row was skipped'],
  ])('skips a row with period %j, with a warning', (cell, message) => {
    expect(toKpiRow(['A001', cell, 120], weekly, loc)).toMatchObject({
      warnings: [{ code: 'bad-period', message, ...where, column: 'B (Date)' }],
    });
  });

  it.each([
    [1001, '1001'], [1001.0, '1001'], [' A001 ', 'A001'], ['007', '007'],
  ] as const)('reads agent ID %j as %j', (cell, id) => {
    expect(toKpiRow([cell, '2026-11-25', 1], weekly, loc).row?.agentId).toBe(id);
  });

  it('reads only the metrics the header has', () => {
    const map = readHeader(['坐席工号', '日期', '满意度%', 'Remarks', '平均处理时长（秒）'], 4);
    expect(toKpiRow(['9', '2026/11/25', 0.9, 'late', 300], map, { file: 'kpi.csv', row: 5 })).toMatchObject({
      row: { agentId: '9', period: '2026-11-23', metrics: { csat: 90, aht: 300 } },
      warnings: [],
    });
  });
});

describe('one reader over many rows', () => {
  it('gives the same answers as a fresh reader per row, also for repeated period values', () => {
    const read = makeReader(weekly);
    const rows: CellValue[][] = [];
    for (let i = 0; i < 50; i++) {
      rows.push([`A${i % 7}`, i % 3 === 0 ? utc(2026, 11, 20 + (i % 10)) : `2026-11-${20 + (i % 10)}`, i, `${i % 5}:0${i % 10}`]);
      rows.push([`A${i}`, i % 2 ? 46349 + (i % 9) : 'bad', i]);
    }
    for (const cells of rows) expect(read(cells, loc)).toEqual(toKpiRow(cells, weekly, loc));
  });

  it('keeps reading correctly after its period cache fills up', () => {
    const read = makeReader(weekly);
    for (let i = 0; i < 12_000; i++) read(['A1', `x${i}`, 1], loc);
    expect(read(['A1', '2026-11-25', 1], loc).row?.period).toBe('2026-11-23');
  });
});
