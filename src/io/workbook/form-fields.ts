import type { Day, RuleId } from '../../model/types.js';

/**
 * The prep form's typed cells are found by a code in the hidden column K (outside the print
 * area), so `talks record` reads them in either language and after rows were inserted: the
 * code row's column L holds the letter of the cell to read. K1/L1 hold the talk's key.
 */
export const CODE_COLUMN = 11;
export const REF_COLUMN = 12;
export const KEY_CODE = '@talk';

export { FIELD_CODES, ISSUE_SLOTS, isFieldCode, type FieldCode } from '../../model/outcome-fields.js';

/** Which talk a prep form belongs to; with its name, team and lead, so it can be recorded alone. */
export interface FormKey {
  agentId: string;
  name: string;
  team: string;
  lead: string;
  date: Day;
  rule: RuleId;
}
