import type ExcelJS from 'exceljs';
import type { Plan } from '../../../model/plan.js';
import { COVERAGE_SHEET, coverageNote } from '../../../text/centre.js';
import type { Lang } from '../../../text/labels.js';
import { font } from './style.js';
import { addTableSheet, commitSheet, type ColumnSpec } from './table-sheet.js';

/**
 * The cadence forecast: the next 13 weeks with the talks and backlog expected each week and the
 * agents who will pass their due date; the verdict and the weekly need go below the table.
 */
export function addCoverageSheet(wb: ExcelJS.Workbook, plan: Plan, lang: Lang): void {
  const c = plan.coverage;
  if (!c) return;
  const h = COVERAGE_SHEET[lang];
  const columns: ColumnSpec[] = [
    { header: h.week, kind: 'date', min: 11 },
    { header: h.to, kind: 'date', min: 11 },
    { header: h.talks, kind: 'int' },
    { header: h.backlog, kind: 'int' },
    { header: h.passing, kind: 'int' },
    { header: h.who, min: 30, max: 80 },
  ];
  const rows = c.weeks.map((w) => [w.start, w.end, w.talks, w.backlog, w.passing.length, w.passing.map((p) => h.agent(p.agentId, p.name, p.due)).join('; ')]);
  const ws = addTableSheet(wb, h.name, columns, rows, { lang, landscape: true, right: `${plan.week.start} – ${plan.week.end}` });
  const at = rows.length + 3;
  ws.mergeCells(at, 1, at, columns.length);
  const cell = ws.getCell(at, 1);
  cell.value = coverageNote(c, lang);
  cell.font = font(lang);
  cell.alignment = { wrapText: true, vertical: 'top' };
  const row = ws.getRow(at);
  row.height = 60;
  row.commit();
  commitSheet(ws);
}
