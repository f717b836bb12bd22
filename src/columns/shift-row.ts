import type { ShiftEntry } from '../model/shift.js';
import type { Warning } from '../model/types.js';
import type { CellValue } from './cell.js';
import type { ColumnMap } from './header.js';
import { absent, at, indexOf, NO_ID, rowIsBlank, warnCell, type RowLoc } from './row-cells.js';
import { isBlank, parseDay, parseText } from './values.js';
import { parseTimeOfDay } from './values-shift.js';

/** Words a WFM export writes for a day without a shift. */
const DAY_OFF = /^(?:off|day ?off|rest|rdo|leave|休|休息|休假|公休|轮休|调休|请假)$/i;

export type ShiftReader = (cells: readonly CellValue[], loc: RowLoc) => { entry?: ShiftEntry; warnings: Warning[] };

/** Rows of a WFM schedule export: agent, date, and start and end times or a shift (`22:00-07:00`, 早班). */
export function makeShiftReader(map: ColumnMap): ShiftReader {
  const id = indexOf(map, 'agentId');
  const date = indexOf(map, 'period');
  const start = indexOf(map, 'shiftStart');
  const end = indexOf(map, 'shiftEnd');
  const shift = indexOf(map, 'shift');
  return (cells, loc) => {
    const warnings: Warning[] = [];
    if (isBlank(at(cells, id))) {
      if (!rowIsBlank(cells)) warnCell(warnings, 'missing-id', NO_ID, 'row-skipped', loc, map, id);
      return { warnings };
    }
    const day = parseDay(at(cells, date));
    if (!day.ok) {
      warnCell(warnings, 'bad-value', day.why, 'row-skipped', loc, map, date);
      return { warnings };
    }
    const base = { agentId: parseText(at(cells, id)), day: day.value, source: { file: loc.file, sheet: loc.sheet, row: loc.row } };
    const text = parseText(at(cells, shift));
    if (start >= 0 && end >= 0 && !absent(at(cells, start))) {
      const from = parseTimeOfDay(at(cells, start));
      const to = parseTimeOfDay(at(cells, end));
      const bad = !from.ok ? { p: from, i: start } : !to.ok ? { p: to, i: end } : undefined;
      if (bad && !bad.p.ok) warnCell(warnings, 'bad-value', bad.p.why, 'shift-skipped', loc, map, bad.i);
      if (from.ok && to.ok && from.value !== to.value) return { entry: { ...base, range: { start: from.value, end: to.value } }, warnings };
      return { warnings };
    }
    if (!text || DAY_OFF.test(text)) return { warnings };
    return { entry: { ...base, name: text }, warnings };
  };
}
