import type { Agent, Day, Warning } from '../model/types.js';
import type { CellValue } from './cell.js';
import type { ColumnMap } from './header.js';
import { absent, at, indexOf, NO_ID, rowIsBlank, warn, warnCell, type RowLoc } from './row-cells.js';
import { isBlank, isNoFlag, parseDay, parseFlag, parseStatus, parseText, type Parsed } from './values.js';
import { fail } from './values-base.js';

export type AgentReader = (cells: readonly CellValue[], loc: RowLoc) => { agent?: Agent; warnings: Warning[] };

type OptionalDay = 'leavingDate' | 'lastTalk' | 'flagDate';
const OPTIONAL_DAYS: readonly OptionalDay[] = ['leavingDate', 'lastTalk', 'flagDate'];

/** Excel's limit on a cell's text: a longer name could not be written to any sheet. */
const MAX_CELL_TEXT = 32767;

/** Control characters (U+0001 …) make an xlsx unreadable and a calendar line invalid; tab and line feed stay. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Roster text as every output can hold it: control characters dropped, cut to a cell's limit with a warning. */
function fitted(raw: string, warnings: Warning[], loc: RowLoc, map: ColumnMap, index: number): string {
  const text = raw.replace(CONTROL, '');
  if (text.length <= MAX_CELL_TEXT) return text;
  const args = { length: text.length, max: MAX_CELL_TEXT };
  warn(warnings, 'text-too-long', `The text is ${text.length} characters long; only the first ${MAX_CELL_TEXT} (Excel's limit for a cell) were kept`, loc, map, index, args);
  return text.slice(0, MAX_CELL_TEXT);
}

/** Builds a roster row reader for one header; column positions are looked up once. */
export function makeAgentReader(map: ColumnMap): AgentReader {
  const id = indexOf(map, 'agentId');
  const name = indexOf(map, 'name');
  const team = indexOf(map, 'team');
  const lead = indexOf(map, 'lead');
  const hire = indexOf(map, 'hireDate');
  const status = indexOf(map, 'status');
  const flag = indexOf(map, 'flag');
  const manager = indexOf(map, 'manager');
  const shift = indexOf(map, 'shift');
  const days = OPTIONAL_DAYS.map((field) => ({ field, index: indexOf(map, field) })).filter((d) => d.index >= 0);

  return (cells, loc) => {
    const warnings: Warning[] = [];

    const idCell = at(cells, id);
    if (isBlank(idCell)) {
      if (!rowIsBlank(cells)) warnCell(warnings, 'missing-id', NO_ID, 'row-skipped', loc, map, id);
      return { warnings };
    }
    const agentId = parseText(idCell);

    const hireCell = at(cells, hire);
    const hireDate: Parsed<Day> = isBlank(hireCell) ? fail('hire-empty') : parseDay(hireCell);
    if (!hireDate.ok) {
      warnCell(warnings, 'bad-hire-date', hireDate.why, 'row-skipped', loc, map, hire);
      return { warnings };
    }

    const agent: Agent = {
      id: agentId,
      name: fitted(parseText(at(cells, name)).replace(/\s+/g, ' '), warnings, loc, map, name) || agentId,
      team: fitted(parseText(at(cells, team)), warnings, loc, map, team),
      lead: fitted(parseText(at(cells, lead)), warnings, loc, map, lead),
      hireDate: hireDate.value,
      status: 'active',
      source: loc.sheet === undefined ? { file: loc.file, row: loc.row } : { file: loc.file, sheet: loc.sheet, row: loc.row },
    };

    const managerText = parseText(at(cells, manager)).replace(/\s+/g, ' ');
    if (manager >= 0) agent.manager = managerText;
    const shiftText = parseText(at(cells, shift));
    if (shiftText) agent.shift = shiftText;

    const statusCell = at(cells, status);
    if (!isBlank(statusCell)) {
      const parsed = parseStatus(statusCell);
      if (parsed.ok) agent.status = parsed.value;
      else warnCell(warnings, 'unknown-status', parsed.why, 'treated-active', loc, map, status);
    }

    for (const { field, index } of days) {
      const v = at(cells, index);
      if (absent(v)) continue;
      const parsed = parseDay(v);
      if (parsed.ok) agent[field] = parsed.value;
      else warnCell(warnings, 'bad-value', parsed.why, 'field-ignored', loc, map, index, { field });
    }

    if (agent.leavingDate !== undefined && agent.leavingDate < agent.hireDate) {
      const args = { leavingDate: agent.leavingDate, hireDate: agent.hireDate };
      warn(warnings, 'leaving-before-hire', `The leaving date ${agent.leavingDate} is before the hire date ${agent.hireDate}; the leaving date was ignored. Check both dates`, loc, map, indexOf(map, 'leavingDate'), args);
      delete agent.leavingDate;
    }

    const flagCell = at(cells, flag);
    if (!isNoFlag(flagCell)) {
      const parsed = parseFlag(flagCell);
      if (parsed.ok) agent.flag = parsed.value;
      else warnCell(warnings, 'bad-value', parsed.why, 'flag-ignored', loc, map, flag);
    }
    return { agent, warnings };
  };
}
