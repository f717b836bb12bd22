import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/columns/cell.js';
import { readHeader } from '../../src/columns/header.js';
import { newKpiStats } from '../../src/columns/kpi-row-core.js';
import { absent } from '../../src/columns/row-cells.js';
import { makeKpiRowFolder } from '../../src/columns/rows.js';
import { parseMetric } from '../../src/columns/values.js';
import { METRICS, type MetricId, type Warning } from '../../src/model/types.js';

/**
 * The KPI fold reads a table's rows with one folder, its buffers reused from row to row (the
 * metric cells read in place, the values array cleared only where a row may leave a value
 * behind). Against an oracle that reads each row on its own with the general parser
 * (parseMetric, cell by cell): random tables of valid and refused values, blanks and
 * placeholders, cells missing at the end, must give the same rows added, the same values per
 * metric, the same skips and the same scale statistics.
 */
const COLUMNS: [string, MetricId][] = [['Calls', 'calls'], ['AHT', 'aht'], ['ASA', 'asa'], ['CSAT', 'csat'], ['QA', 'qa'], ['FCR', 'fcr'], ['Adherence', 'adherence'], ['Conversion', 'conversion']];
const CELLS: CellValue[] = ['12', '0.5', '7', ' 7 ', '1,5', '-', 'N/A', '1e3', '', '95%', '101%', '00:03:20', '2:23', '4.25', '0', '100', '5', '-3', '.5', '#DIV/0!', 'yes', 3, 0.925, 250, -1, 100, 5, 0, null, 1.5, 4.999];
const IDS = ['A1', 'A2', 'A3', 'B7'];
const DAYS = ['2026-01-05', '2026-01-06', '2026-01-13', '2026-02-02'];

const table = fc.record({
  columns: fc.shuffledSubarray(COLUMNS, { minLength: 1 }),
  rows: fc.array(fc.tuple(fc.constantFrom(...IDS), fc.constantFrom(...DAYS), fc.array(fc.constantFrom(...CELLS), { maxLength: 8 })), { minLength: 1, maxLength: 60 }),
});

interface Added {
  agentId: string;
  day: string;
  values: number[];
}

/** The rows the fold adds, the skip per row, the statistics. */
function viaFold(columns: [string, MetricId][], rows: CellValue[][]) {
  const map = readHeader(['Agent ID', 'Date', ...columns.map(([h]) => h)], 1);
  const added: Added[] = [];
  const stats = newKpiStats();
  const fold = makeKpiRowFolder(map, { addValues: (agentId, _period, values, day) => void added.push({ agentId, day: day ?? '', values: Array.from(values) }) }, undefined, stats);
  const skips = rows.map((cells, r) => fold(cells, { file: 'kpi.csv', row: r + 2 }, [] as Warning[]) ?? 'added');
  return { added, skips, small: Array.from(stats.small), large: Array.from(stats.large) };
}

/** The same, each row read on its own by parseMetric. */
function viaOracle(columns: [string, MetricId][], rows: CellValue[][]) {
  const added: Added[] = [];
  const small = METRICS.map(() => 0);
  const large = METRICS.map(() => 0);
  const skips = rows.map(([id, day, ...cells]) => {
    const values = METRICS.map(() => NaN);
    let filled = 0;
    let read = 0;
    columns.forEach(([, metric], c) => {
      const v = c < cells.length ? (cells[c] ?? null) : null;
      if (absent(v)) return;
      filled++;
      const parsed = parseMetric(metric, v);
      if (parsed.ok) {
        values[METRICS.indexOf(metric)] = parsed.value;
        read++;
      }
    });
    if (filled === 0) return 'no-values';
    if (read === 0) return 'bad-values';
    values.forEach((v, i) => {
      if (v > 0 && v <= 5) small[i]++;
      else if (v > 5 && v !== 100) large[i]++;
    });
    added.push({ agentId: id as string, day: day as string, values });
    return 'added';
  });
  return { added, skips, small, large };
}

describe('the KPI row folder, reused row after row, against each row read on its own', () => {
  it('adds the same rows with the same values and counts the same scales', () => {
    fc.assert(
      fc.property(table, ({ columns, rows }) => {
        const cells = rows.map(([id, day, vs]) => [id, day, ...vs]);
        expect(viaFold(columns, cells)).toEqual(viaOracle(columns, cells));
      }),
      { numRuns: 600 },
    );
  });

  it('is not a comparison of two empty results', () => {
    const columns: [string, MetricId][] = [['CSAT', 'csat'], ['Calls', 'calls']];
    const rows = [['A1', '2026-01-05', '0.9', '12'], ['A1', '2026-01-06', 'N/A', '3'], ['A2', '2026-01-05', 'bad'], ['A2', '2026-01-06']];
    const r = viaFold(columns, rows);
    expect(r.skips).toEqual(['added', 'added', 'bad-values', 'no-values']);
    expect(r.added.map((a) => [a.agentId, a.day, a.values[METRICS.indexOf('csat')], a.values[METRICS.indexOf('calls')]])).toEqual([
      ['A1', '2026-01-05', 90, 12],
      ['A1', '2026-01-06', NaN, 3],
    ]);
    expect(r).toEqual(viaOracle(columns, rows));
  });
});
