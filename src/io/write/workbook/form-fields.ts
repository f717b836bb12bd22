import type { OutcomeRow } from '../../../model/archive.js';

/**
 * The prep form's typed cells are found by a code in the hidden column K (outside the print
 * area), so `talks record` reads them in either language and after rows were inserted: the
 * K cell holds `code=LETTER;…` for the cells of its row. K1/L1 hold the talk's key (JSON).
 */
export const CODE_COLUMN = 11;
export const REF_COLUMN = 12;
export const KEY_CODE = '@talk';

export { ISSUE_SLOTS, isFieldCode, type FieldCode } from '../../../model/outcome-fields.js';

/** Which talk a prep form belongs to; with its name, team and lead, so it can be recorded alone. */
export type FormKey = Pick<OutcomeRow, 'agentId' | 'name' | 'team' | 'lead' | 'date' | 'rule'>;

/**
 * The `Team leads` sheet's hidden code column holds `@leads` in row 1 and, on each agent's row,
 * the talk's key (JSON: agentId, date, rule); the lead's questions are in the column just left of it.
 */
export const LEADS_CODE = '@leads';
export type LeadRowKey = Pick<FormKey, 'agentId' | 'date' | 'rule'>;
