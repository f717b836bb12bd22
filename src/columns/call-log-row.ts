import { METRICS, type Warning } from '../model/types.js';
import type { CellValue } from './cell.js';
import type { ColumnMap } from './header.js';
import { absent, at, indexOf, warnCell, type RowLoc } from './row-cells.js';
import { parseNumber, parseYesNo, ratingToPercent } from './values.js';

const CALLS = METRICS.indexOf('calls');
const CSAT = METRICS.indexOf('csat');
const FCR = METRICS.indexOf('fcr');

/**
 * For raw per-call logs: each row with a call id is one call (unless a calls column exists),
 * a 1–5 rating feeds CSAT and a resolved flag FCR (unless those columns exist), and an
 * unanswered call is no work of the agent's. Returns how many values it filled, or -1 to skip
 * the row; undefined when the header has no call-log columns.
 */
export function makeCallLogReader(map: ColumnMap) {
  const callId = map.columns.calls ? -1 : indexOf(map, 'callId');
  const answered = indexOf(map, 'answered');
  const rating = map.columns.csat ? -1 : indexOf(map, 'rating');
  const resolved = map.columns.fcr ? -1 : indexOf(map, 'resolved');
  if (callId < 0 && answered < 0 && rating < 0 && resolved < 0) return undefined;
  return (cells: readonly CellValue[], loc: RowLoc, warnings: Warning[], values: Float64Array): number => {
    if (answered >= 0) {
      const a = parseYesNo(at(cells, answered));
      if (a.ok && !a.value) return -1;
    }
    let taken = 0;
    if (callId >= 0 && !absent(at(cells, callId))) {
      values[CALLS] = 1;
      taken++;
    }
    if (rating >= 0 && !absent(at(cells, rating))) {
      const cell = at(cells, rating);
      const n = parseNumber(cell);
      const p = n.ok ? ratingToPercent(n.value) : n;
      if (!p.ok) warnCell(warnings, 'bad-value', p.why, 'rating-left-out', loc, map, rating);
      else if (p.value !== undefined) {
        values[CSAT] = p.value;
        taken++;
      }
    }
    if (resolved >= 0 && !absent(at(cells, resolved))) {
      const r = parseYesNo(at(cells, resolved));
      if (!r.ok) warnCell(warnings, 'bad-value', r.why, 'resolved-left-out', loc, map, resolved);
      else {
        values[FCR] = r.value ? 100 : 0;
        taken++;
      }
    }
    return taken;
  };
}
