import type { KpiStore } from '../../model/kpi.js';
import type { Day, Warning } from '../../model/types.js';
import { partialLatest } from '../../ranking/partial.js';
import { dataWarning } from '../../text/data-warnings.js';

/** A note naming the latest period when the data ends part-way through it (it is not judged for swings). */
export function partialNotes(kpi: KpiStore, today: Day): Warning[] {
  const p = partialLatest(kpi, today);
  return p ? [dataWarning('note-partial-period', { period: p.period, kind: p.kind, days: p.days, usual: p.usual, last: p.last })] : [];
}
