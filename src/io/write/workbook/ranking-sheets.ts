import type ExcelJS from 'exceljs';
import { columnLetter } from '../../../columns/header.js';
import type { Plan } from '../../../model/plan.js';
import { METRICS, type MetricId } from '../../../model/types.js';
import { HEADERS, TOP_HEADER, WORDS } from '../../../text/headers.js';
import { SHEET_NAMES, YES_NO, type Lang } from '../../../text/labels.js';
import { METRIC_LABELS } from '../../../text/metrics.js';
import { PRINT_LABELS } from '../../../text/print-labels.js';
import { addTableSheet, commitSheet, type ColumnSpec, type TableValue } from './table-sheet.js';
import { boldOf, COLOURS, fill } from './style.js';
import { METRIC_FORMATS, metricCell } from './metric-cells.js';

const metricColumn = (header: string, m: MetricId): ColumnSpec => ({ header, kind: 'number', numFmt: METRIC_FORMATS[m], display: 6 });

const RED = 'FFF8696B';
const YELLOW = 'FFFFEB84';
const GREEN = 'FF63BE7B';

/** Green for the better end of a metric, red for the worse (low handle time is good). */
function colourScale(ws: ExcelJS.Worksheet, column: number, rows: number, higherIsBetter: boolean): void {
  if (rows === 0) return;
  const letter = columnLetter(column - 1);
  const [low, high] = higherIsBetter ? [RED, GREEN] : [GREEN, RED];
  ws.addConditionalFormatting({
    ref: `${letter}2:${letter}${rows + 1}`,
    rules: [
      {
        type: 'colorScale',
        priority: column,
        cfvo: [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }],
        color: [{ argb: low }, { argb: YELLOW }, { argb: high }],
      },
    ],
  });
}

function dataBar(ws: ExcelJS.Worksheet, column: number, rows: number): void {
  if (rows === 0) return;
  const letter = columnLetter(column - 1);
  ws.addConditionalFormatting({
    ref: `${letter}2:${letter}${rows + 1}`,
    rules: [{ type: 'dataBar', priority: column, cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 100 }], color: { argb: 'FF5B9BD5' } } as ExcelJS.DataBarRuleType],
  });
}

export function addRankingSheet(wb: ExcelJS.Workbook, plan: Plan, lang: Lang): void {
  const h = HEADERS[lang].ranking;
  const w = WORDS[lang];
  const yes = YES_NO[lang].yes;
  const metrics = plan.kpi.metrics();
  const byId = new Map(plan.agents.map((a) => [a.id, a]));
  const { topShare, minTenureDays } = plan.settings.ranking;
  const notes = { left: w.left, tenure: w.tenure(minTenureDays), 'no-kpi': w.noKpi } as const;
  const ordered = plan.ranking.ordered;
  const rows: TableValue[][] = ordered.map((r) => {
    const a = byId.get(r.agentId);
    return [
      r.rank,
      r.agentId,
      a?.name ?? '',
      a?.team ?? '',
      r.score,
      r.percentile === null ? null : r.percentile / 100,
      r.top ? yes : '',
      r.core ? yes : '',
      ...metrics.map((m) => metricCell(m, r.metrics[m])),
      r.reason ? notes[r.reason] : '',
    ];
  });
  const ws = addTableSheet(
    wb,
    SHEET_NAMES[lang].ranking,
    [
      { header: h.rank, kind: 'int' },
      { header: h.agentId },
      { header: h.name },
      { header: h.team },
      { header: h.score, kind: 'number', numFmt: '0.0', min: 12 },
      { header: h.percentile, kind: 'number', numFmt: '0%' },
      { header: TOP_HEADER[lang](topShare) },
      { header: h.core },
      ...metrics.map((m) => metricColumn(METRIC_LABELS[lang][m], m)),
      { header: h.note, max: 30 },
    ],
    rows,
    {
      lang,
      landscape: true,
      legend: `${PRINT_LABELS[lang].legend.top(topShare)}  ·  ${PRINT_LABELS[lang].legend.better}`,
      decorate: (row, i) => {
        const r = ordered[i];
        const colour = r.core ? COLOURS.core : r.top ? COLOURS.top : undefined;
        if (colour) for (let c = 1; c <= 4; c++) row.getCell(c).fill = fill(colour);
        if (r.core) row.getCell(3).font = boldOf(row.getCell(3).font);
      },
    },
  );
  dataBar(ws, 5, rows.length);
  metrics.forEach((m, i) => colourScale(ws, 9 + i, rows.length, plan.settings.ranking.higherIsBetter[m]));
  commitSheet(ws);
}

export function addSwingsSheet(wb: ExcelJS.Workbook, plan: Plan, lang: Lang): void {
  const h = HEADERS[lang].swings;
  const w = WORDS[lang];
  const l = PRINT_LABELS[lang];
  const byId = new Map(plan.agents.map((a) => [a.id, a]));
  const swings = [...plan.swings.values()].sort((a, b) => Math.abs(b.size) - Math.abs(a.size) || a.agentId.localeCompare(b.agentId));
  const driving = METRICS.filter((m) => swings.some((s) => s.drivers.some((d) => d.metric === m)));
  const rows = swings.map((s) => [
    s.agentId,
    byId.get(s.agentId)?.name ?? '',
    byId.get(s.agentId)?.team ?? '',
    s.direction === 'up' ? w.up : w.down,
    s.size,
    s.period,
    s.baseline,
    s.latest,
    ...driving.flatMap((m) => {
      const d = s.drivers.find((x) => x.metric === m);
      return [metricCell(m, d?.from), metricCell(m, d?.to)];
    }),
  ]);
  const ws = addTableSheet(
    wb,
    SHEET_NAMES[lang].swings,
    [
      { header: h.agentId },
      { header: h.name },
      { header: h.team },
      { header: h.direction },
      { header: h.size, kind: 'number', numFmt: '+0.0;-0.0;0' },
      { header: h.period, kind: 'date', min: 11 },
      { header: h.baseline, kind: 'number', numFmt: '0.0' },
      { header: h.latest, kind: 'number', numFmt: '0.0' },
      ...driving.flatMap((m) => [
        metricColumn(`${METRIC_LABELS[lang][m]} ${l.before}`, m),
        metricColumn(`${METRIC_LABELS[lang][m]} ${l.after}`, m),
      ]),
    ],
    rows,
    {
      lang,
      landscape: true,
      decorate: (row, i) => {
        const colour = swings[i].direction === 'up' ? COLOURS.top : COLOURS.overdue;
        row.getCell(4).fill = fill(colour);
        row.getCell(5).fill = fill(colour);
      },
    },
  );
  commitSheet(ws);
}
