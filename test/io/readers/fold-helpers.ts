import { expect } from 'vitest';
import { ArrayCells } from '../../../src/columns/cell-source.js';
import type { CellValue } from '../../../src/columns/cell.js';
import { readKpi } from '../../../src/io/load/kpi-table.js';
import { RowLedger } from '../../../src/io/load/ledger.js';
import { HeaderFinder, readSheet } from '../../../src/io/load/read-sheet.js';
import type { RawSheet, ScannedRows } from '../../../src/io/read/raw.js';
import { KpiStore } from '../../../src/model/kpi.js';
import { METRICS, type Agent } from '../../../src/model/types.js';

/** For the differential tests of the KPI fold: rows read in place against the same rows as arrays. */
export async function* each<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

/** Everything the fold leaves behind for one sheet: the store's sums, the table, the warnings. */
export async function fold(sheet: RawSheet, agents: readonly Agent[] | 'none') {
  const store = new KpiStore();
  const ledger = new RowLedger();
  const sink = await readSheet(sheet, ['kpi'], new HeaderFinder(), (found) => readKpi(sheet, found, store, agents, { ledger }));
  const table = sink?.reader.finish();
  const sums = store.agentIds().map((id) => [id, store.agentRows(id), store.periods().map((p) => [p, store.get(id, p), store.dayCount(p)])]);
  return { sums, rows: store.rowCount, table, warnings: sink?.reader.warnings, load: ledger.finish(store, (id) => id) };
}

/** Every question the fold asks of a cell gets the same answer from the scanned batch's cursor as from the row's array. */
export function sameCellAnswers(batch: ScannedRows, probes: readonly CellValue[]): void {
  const array = new ArrayCells();
  const cursor = batch.cursor();
  for (let k = 0; k < batch.length; k++) {
    cursor.at(k);
    array.cells = batch.cells(k);
    expect(cursor.all()).toEqual(array.all());
    for (let i = -1; i <= array.cells.length; i++) {
      expect(cursor.value(i)).toBe(array.value(i));
      expect(cursor.blank(i)).toBe(array.blank(i));
      for (const metric of METRICS) {
        const [a, b] = [new Float64Array([7]), new Float64Array([8])];
        expect(cursor.readMetric(i, metric, a, 0)).toBe(array.readMetric(i, metric, b, 0));
        expect(a[0]).toBe(b[0]);
      }
      for (const v of [array.value(i), ...probes, null]) expect(cursor.is(i, v), `${i} ${String(v)}`).toBe(array.is(i, v));
    }
  }
}
