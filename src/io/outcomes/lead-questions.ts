import type { CellValue } from '../../columns/cell.js';
import { utcDateToDay } from '../../model/day.js';
import { RULE_IDS } from '../../model/types.js';
import { readXlsxFast } from '../read/xlsx/read.js';
import { CODE_COLUMN, KEY_CODE, LEADS_CODE, REF_COLUMN, type FormKey, type LeadRowKey } from '../write/workbook/form-fields.js';
import { LEAD_QUESTIONS_CODE } from '../write/workbook/prep-blocks.js';

/** A cell, as `sheet "…", cell I7` names it. */
interface CellAt {
  sheet: string;
  cell: string;
}

/** What a team lead wrote for one talk in the Team leads sheet. */
interface LeadQuestions {
  key: LeadRowKey;
  questions: string[];
  at: CellAt;
}

/** A prep form's lead-questions cell: what it holds now and what talks wrote there last. */
export interface FormSlot {
  sheet: string;
  key: FormKey;
  row: number;
  letter: string;
  current: string;
  written: string;
}

export interface LeadLoop {
  /** The Team leads sheet, when the workbook has one with its codes. */
  leadsSheet?: string;
  questions: LeadQuestions[];
  slots: FormSlot[];
  /** Prep forms (keyed sheets) without a lead-questions cell: written by an older talks. */
  slotless: string[];
}

export const letterOf = (col: number): string => (col > 26 ? letterOf(Math.floor((col - 1) / 26)) : '') + String.fromCharCode(65 + ((col - 1) % 26));

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return utcDateToDay(v);
  return String(v).trim();
}

function json<T>(s: string, ok: (v: T) => boolean): T | undefined {
  try {
    const v = JSON.parse(s) as T;
    return v && typeof v === 'object' && ok(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

const isKey = (k: LeadRowKey) => typeof k.agentId === 'string' && typeof k.date === 'string' && (RULE_IDS as readonly string[]).includes(k.rule);

/** One question per line; a number or bullet the lead typed in front of it is dropped (the form numbers them). */
function splitQuestions(cell: string): string[] {
  return cell
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(\d+\s*[.)、:：]|[-•*·])\s*/u, '').trim())
    .filter(Boolean);
}

/**
 * Reads what the team-lead loop needs from a plan workbook: the questions typed in the Team
 * leads sheet (found by its hidden codes, so a renamed sheet still counts) and each prep form's
 * lead-questions cell.
 */
export async function readLeadLoop(file: string): Promise<LeadLoop> {
  const loop: LeadLoop = { questions: [], slots: [], slotless: [] };
  for await (const sheet of readXlsxFast(file)) {
    let codeAt = -1;
    let key: FormKey | undefined;
    for await (const { row, cells } of sheet.rows) {
      const name = sheet.sheet ?? '';
      if (row === 1) {
        codeAt = cells.findIndex((c) => text(c) === LEADS_CODE);
        if (codeAt > 0) loop.leadsSheet = name;
        if (text(cells[CODE_COLUMN - 1]) === KEY_CODE) key = json<FormKey>(text(cells[REF_COLUMN - 1]), isKey);
        continue;
      }
      if (codeAt <= 0 && !key) break;
      if (codeAt > 0) {
        const k = json<LeadRowKey>(text(cells[codeAt]), isKey);
        if (k) loop.questions.push({ key: k, questions: splitQuestions(text(cells[codeAt - 1])), at: { sheet: name, cell: `${letterOf(codeAt)}${row}` } });
        continue;
      }
      const code = text(cells[CODE_COLUMN - 1])
        .split(';')
        .map((e) => e.split('='))
        .find(([c]) => c === LEAD_QUESTIONS_CODE);
      if (key && code && /^[A-Z]{1,3}$/.test(code[1] ?? '')) {
        const col = code[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
        loop.slots.push({ sheet: name, key, row, letter: code[1], current: text(cells[col - 1]), written: text(cells[REF_COLUMN - 1]) });
        key = undefined;
        break;
      }
    }
    if (key) loop.slotless.push(sheet.sheet ?? '');
  }
  return loop;
}
