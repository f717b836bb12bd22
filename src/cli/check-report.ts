import type { Inputs, TableInfo } from '../io/load/index.js';
import type { Warning } from '../model/types.js';
import { partialLatest } from '../ranking/partial.js';
import { warningJson } from './plan-output.js';

/** What `talks check --format json` prints: a contract, documented in the README. */
export interface CheckReport {
  inputs: InputReport[];
  agents: { roster: number | null; kpi: number; withoutKpi: number; kpiWithoutRoster: number };
  periods: { kind: 'day' | 'week' | 'month'; first: string | null; last: string | null; count: number; partial: { period: string; days: number; usual: number; last: string }[] };
  metrics: string[];
  warnings: Warning[];
}

interface InputReport {
  file: string;
  sheet: string | null;
  kind: 'roster' | 'kpi-periods' | 'call-log' | 'shifts';
  headerRow: number;
  fields: { field: string; header: string; column: string; sample: string | null; parsed: string | null; dateOrder?: string }[];
  ignoredHeaders: string[];
  rows: { read: number; used: number; skipped: number; reasons: Record<string, number> };
}

function inputReport(t: TableInfo): InputReport {
  const skipped = Object.values(t.skipped).reduce((a, b) => a + b, 0);
  return {
    file: t.file,
    sheet: t.sheet ?? null,
    kind: t.kind === 'roster' || t.kind === 'shifts' ? t.kind : t.callLog ? 'call-log' : 'kpi-periods',
    headerRow: t.headerRow,
    fields: t.columns.map((c) => ({
      field: c.field,
      header: c.header,
      column: c.column,
      sample: c.sample ?? null,
      parsed: c.parsed ?? null,
      ...(c.dateOrder ? { dateOrder: c.dateOrder } : {}),
    })),
    ignoredHeaders: t.ignoredHeaders,
    rows: { read: t.rows + skipped, used: t.rows, skipped, reasons: t.skipped },
  };
}

/** The facts `talks check` shows, as data; `roster` false when the agents came from the KPI data. */
export function checkReport(inputs: Inputs, problems: Warning[], today: string, roster: boolean): CheckReport {
  const { kpi, agents } = inputs;
  const periods = kpi.periods();
  const known = new Set(agents.map((a) => a.id));
  const partial = partialLatest(kpi, today);
  return {
    inputs: inputs.tables.map(inputReport),
    agents: {
      roster: roster ? agents.length : null,
      kpi: kpi.agentIds().length,
      withoutKpi: roster && kpi.rowCount > 0 ? agents.filter((a) => a.status !== 'left' && !kpi.hasAgent(a.id)).length : 0,
      kpiWithoutRoster: kpi.agentIds().filter((id) => !known.has(id)).length,
    },
    periods: {
      kind: kpi.kind,
      first: periods[0] ?? null,
      last: periods.at(-1) ?? null,
      count: periods.length,
      partial: partial ? [{ period: partial.period, days: partial.days, usual: partial.usual, last: partial.last }] : [],
    },
    metrics: kpi.metrics(),
    warnings: problems.map(warningJson),
  };
}
