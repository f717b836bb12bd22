import { METRICS, type MetricId } from '../../model/types.js';
import type { CellValue } from '../../columns/cell.js';
import type { FieldId } from '../../columns/fields.js';
import type { Reason } from '../../text/cell-reasons.js';
import { dayOrder, parseDay, parseFlag, parseMetric, parseNumber, parseStatus, parseText, parseYesNo, ratingToPercent, type Parsed } from '../../columns/values.js';

const DATE_FIELDS: ReadonlySet<FieldId> = new Set(['hireDate', 'leavingDate', 'lastTalk', 'flagDate', 'period']);

function parseSample(field: FieldId, v: CellValue): Parsed<unknown> {
  if ((METRICS as readonly string[]).includes(field)) return parseMetric(field as MetricId, v);
  if (DATE_FIELDS.has(field)) return parseDay(v);
  if (field === 'status') return parseStatus(v);
  if (field === 'flag') return parseFlag(v);
  if (field === 'answered' || field === 'resolved') return parseYesNo(v);
  if (field === 'rating') {
    const n = parseNumber(v);
    const pct = n.ok ? ratingToPercent(n.value) : n;
    return pct.ok ? { ok: true, value: pct.value === undefined ? 'no rating' : `CSAT ${pct.value}%` } : pct;
  }
  return { ok: true, value: parseText(v) };
}

/** A sample value as the program reads it, for `talks check`. */
export function describeSample(field: FieldId, v: CellValue): string {
  const p = parseSample(field, v);
  return p.ok ? String(p.value === true ? 'yes' : p.value === false ? 'no' : p.value) : `unreadable: ${p.reason}`;
}

/** Why a sample value cannot be read; undefined when it can. */
export function sampleProblem(field: FieldId, v: CellValue): Reason | undefined {
  const p = parseSample(field, v);
  return p.ok ? undefined : p.why;
}

/** How a date column's sample was read (its parts' order), for `talks check --format json`. */
export function sampleDateOrder(field: FieldId, v: CellValue): string | undefined {
  return DATE_FIELDS.has(field) ? dayOrder(v) : undefined;
}
