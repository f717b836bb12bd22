import type { MetricId } from '../model/types.js';
import type { Lang } from '../model/lang.js';
import { grouped } from './count.js';

export const METRIC_LABELS: Record<Lang, Record<MetricId, string>> = {
  en: { calls: 'Calls', aht: 'AHT', csat: 'CSAT', qa: 'QA', fcr: 'FCR', adherence: 'Adherence', conversion: 'Conversion', asa: 'Speed of answer' },
  'zh-CN': { calls: '接通量', aht: '平均处理时长', csat: '满意度', qa: '质检分', fcr: '一次解决率', adherence: '排班遵从率', conversion: '转化率', asa: '平均应答时长' },
};

const PERCENT: ReadonlySet<MetricId> = new Set(['csat', 'fcr', 'adherence', 'conversion']);

function trim(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

/** A metric value in the units a manager reads: 91%, 5:12, 88.5, 1,240. */
export function formatMetric(metric: MetricId, v: number): string {
  if (PERCENT.has(metric)) return `${trim(v, 1)}%`;
  if (metric === 'aht' || metric === 'asa') {
    const s = Math.round(v);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  }
  if (metric === 'calls') return grouped(Math.round(v));
  return trim(v, 1);
}
