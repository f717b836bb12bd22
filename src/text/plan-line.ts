import type { Lang } from '../model/lang.js';
import { METRICS, type AgreedPlan, type MetricId } from '../model/types.js';
import { METRIC_LABELS } from './metrics.js';

/** A plan's metric by its name, or the free text the manager typed. */
function planMetricName(metric: string | null, lang: Lang): string | null {
  if (metric === null) return null;
  return (METRICS as readonly string[]).includes(metric) ? METRIC_LABELS[lang][metric as MetricId] : metric;
}

/** "“Back to the usual FCR”, measured by FCR, target 80%" — the plan in one line. */
export function planLine(p: Pick<AgreedPlan, 'goal' | 'metric' | 'target'>, lang: Lang): string {
  const en = lang === 'en';
  const metric = planMetricName(p.metric, lang);
  const parts = [
    p.goal ? (en ? `“${p.goal}”` : `“${p.goal}”`) : null,
    metric ? (en ? `measured by ${metric}` : `衡量指标：${metric}`) : null,
    p.target ? (en ? `target ${p.target}` : `目标 ${p.target}`) : null,
  ].filter((x): x is string => x !== null);
  return parts.join(en ? ', ' : '，');
}
