import { normalizeHeader, type FieldId } from './fields.js';

/**
 * Headers that stand in for a field only when no column of the field's own is there: an HR dump's
 * department is the team when it has no team column.
 */
const STAND_INS: Partial<Record<FieldId, readonly string[]>> = {
  team: ['Department', 'Dept', 'Department Name', 'Division', '部门', '所属部门', '部门名称', '科室'],
};
const STAND_IN_KEYS = new Map(Object.entries(STAND_INS).map(([f, list]) => [f as FieldId, new Set(list.map(normalizeHeader))]));

/** Whether `header` stands in for `field` (see STAND_INS). */
export function isStandIn(field: FieldId, header: string): boolean {
  return STAND_IN_KEYS.get(field)?.has(normalizeHeader(header)) ?? false;
}

export const STAND_IN_FIELDS = [...STAND_IN_KEYS.keys()];
