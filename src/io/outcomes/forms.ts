import type ExcelJS from 'exceljs';
import { RULE_IDS } from '../../model/types.js';
import { parseDay, parseField, plain, text, type Draft } from './cells.js';
import type { Problem } from '../../model/outcome-problems.js';
import { FIELD_HEADERS } from '../../text/form-labels.js';
import { CODE_COLUMN, KEY_CODE, REF_COLUMN, isFieldCode, type FieldCode, type FormKey } from '../write/workbook/form-fields.js';

function formKey(ws: ExcelJS.Worksheet): FormKey | undefined {
  if (text(plain(ws.getCell(1, CODE_COLUMN).value)) !== KEY_CODE) return undefined;
  try {
    const key = JSON.parse(text(plain(ws.getCell(1, REF_COLUMN).value))) as FormKey;
    const ok = typeof key.agentId === 'string' && parseDay(key.date) === key.date && (RULE_IDS as readonly string[]).includes(key.rule);
    return ok ? key : undefined;
  } catch {
    return undefined;
  }
}

/** `held=B;heldOn=I` → the coded cells of one row. */
function codes(cell: string): { code: FieldCode; letter: string }[] {
  return cell
    .split(';')
    .map((entry) => entry.split('='))
    .filter((p): p is [FieldCode, string] => p.length === 2 && isFieldCode(p[0]) && /^[A-Z]{1,3}$/.test(p[1]))
    .map(([code, letter]) => ({ code, letter }));
}

/** One draft per prep form of the workbook (a sheet keyed in its hidden K1), with what was typed on it. */
export function formDrafts(wb: ExcelJS.Workbook, problems: Problem[]): Draft[] {
  const drafts: Draft[] = [];
  for (const ws of wb.worksheets) {
    const key = formKey(ws);
    if (!key) continue;
    const draft: Draft = { ...key, values: {} };
    for (let r = 2; r <= ws.rowCount; r++) {
      for (const { code, letter } of codes(text(plain(ws.getCell(r, CODE_COLUMN).value)))) {
        const at = { sheet: ws.name, row: r, letter, header: FIELD_HEADERS[code], form: true };
        const v = parseField(code, plain(ws.getCell(`${letter}${r}`).value), at, problems);
        if (v && !draft.values[code]) draft.values[code] = v;
      }
    }
    drafts.push(draft);
  }
  return drafts;
}
