import type { KpiStore } from '../model/kpi.js';
import type { Day, PeriodKind } from '../model/types.js';
import { median } from './stats.js';

/** A latest period whose data covers fewer days than the periods before it usually do. */
export interface PartialPeriod {
  period: Day;
  kind: PeriodKind;
  /** Days with data in it, and the median over the earlier periods. */
  days: number;
  usual: number;
  /** Its last day with data. */
  last: Day;
}

/**
 * The latest period started on or before today, when it holds fewer days of data than the
 * earlier periods' median (the data ends mid-week or mid-month): judging it against full
 * periods would read the missing days as a drop. Undefined for exports of one row per period.
 */
export function partialLatest(kpi: KpiStore, today: Day): PartialPeriod | undefined {
  const started = kpi.periods().filter((p) => p <= today);
  const earlier = started.slice(0, -1).map((p) => kpi.dayCount(p)).filter((d) => d > 0);
  // Nothing to compare with: one period alone, or exports of one row per period (no days).
  if (earlier.length === 0) return undefined;
  const period = started[started.length - 1];
  const days = kpi.dayCount(period);
  const usual = median(earlier);
  if (days === 0 || days >= usual) return undefined;
  return { period, kind: kpi.kind, days, usual, last: kpi.lastDayOf(period) ?? period };
}
