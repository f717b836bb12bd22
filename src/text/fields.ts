import type { FieldId } from '../columns/fields.js';

/** How `talks check` names each field. */
export const FIELD_LABELS: Record<FieldId, string> = {
  agentId: 'agent id',
  name: 'name',
  team: 'team',
  lead: 'team lead',
  hireDate: 'hire date',
  status: 'status',
  leavingDate: 'leaving date',
  lastTalk: 'last talk',
  flag: 'lead flag',
  flagDate: 'flag date',
  period: 'period',
  calls: 'calls',
  aht: 'AHT',
  csat: 'CSAT',
  qa: 'QA',
  fcr: 'FCR',
  adherence: 'adherence',
  conversion: 'conversion',
};
