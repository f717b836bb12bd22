import type { MetricId } from '../../../model/types.js';

const PERCENT_METRICS: ReadonlySet<MetricId> = new Set(['csat', 'fcr', 'adherence', 'conversion']);

/** Excel formats for metric values written as numbers: rates as fractions shown as %, AHT as a time, counts. */
export const METRIC_FORMATS: Record<MetricId, string> = {
  calls: '#,##0',
  aht: '[m]:ss',
  csat: '0.0%',
  qa: '0.0',
  fcr: '0.0%',
  adherence: '0.0%',
  conversion: '0.0%',
  asa: '[m]:ss',
};

/** A metric as a number for its format: a rate 0–100 becomes a fraction, AHT seconds a fraction of a day. */
export function metricCell(metric: MetricId, v: number | undefined): number | null {
  if (v === undefined) return null;
  if (metric === 'aht' || metric === 'asa') return Math.round(v) / 86_400;
  if (metric === 'calls') return Math.round(v);
  if (PERCENT_METRICS.has(metric)) return Math.round(v * 10) / 1000;
  return Math.round(v * 10) / 10;
}
