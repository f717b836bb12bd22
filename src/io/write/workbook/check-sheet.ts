import type ExcelJS from 'exceljs';
import type { Plan } from '../../../model/plan.js';
import type { Warning } from '../../../model/types.js';
import { HEADERS, WORDS } from '../../../text/headers.js';
import { SHEET_NAMES, type Lang } from '../../../text/labels.js';
import { PRINT_LABELS } from '../../../text/print-labels.js';
import { warningText } from '../../../text/warnings.js';
import { addTableSheet, commitSheet, type TableValue } from './table-sheet.js';
import { COLOURS, fill, font } from './style.js';

type Line = { group: string } | { warning: Warning };

/** The warnings file by file (in the order the files were read), each file under its own heading row. */
function grouped(warnings: Warning[], general: string): Line[] {
  const files = [...new Set(warnings.map((w) => w.file ?? ''))];
  return files.flatMap((file) => [{ group: file || general }, ...warnings.filter((w) => (w.file ?? '') === file).map((warning) => ({ warning }))]);
}

/** Every warning with its file, sheet, row and column, grouped by file; says so when there is none. */
export function addCheckSheet(wb: ExcelJS.Workbook, plan: Plan, lang: Lang): void {
  const h = HEADERS[lang].check;
  const w = WORDS[lang];
  const l = PRINT_LABELS[lang].check;
  const lines: Line[] = plan.warnings.length === 0 ? [{ group: l.none }] : grouped(plan.warnings, l.general);
  const rows: TableValue[][] = lines.map((x) =>
    'group' in x
      ? [x.group]
      : [x.warning.code.startsWith('note-') ? w.note : w.warning, x.warning.file, x.warning.sheet, x.warning.row, x.warning.column, warningText(x.warning, lang)],
  );
  const columns = [
    { header: h.level, max: 10 },
    { header: h.file, max: 30 },
    { header: h.sheet, max: 16 },
    { header: h.row, kind: 'int' as const },
    { header: h.column, max: 16 },
    { header: h.message, min: 40, max: 80 },
  ];
  const ws = addTableSheet(wb, SHEET_NAMES[lang].check, columns, rows, {
    lang,
    landscape: true,
    decorateRow: (row, i) => {
      if (!('group' in lines[i])) return;
      row.height = 20;
      row.worksheet.mergeCells(row.number, 1, row.number, columns.length);
      const cell = row.getCell(1);
      cell.font = font(lang, { bold: true });
      cell.alignment = { vertical: 'middle' };
      for (let c = 1; c <= columns.length; c++) row.getCell(c).fill = fill(COLOURS.band);
    },
  });
  commitSheet(ws);
}
