/** The outcome, plan and lead-note fields a manager can type, by a stable code (prep form and Schedule). */
export const ISSUE_SLOTS = [1, 2, 3] as const;

const FIELD_CODES = [
  'held', 'heldOn',
  ...ISSUE_SLOTS.flatMap((n) => [`issue${n}.category`, `issue${n}.text`] as const),
  'plan.goal', 'plan.metric', 'plan.target', 'plan.actions', 'plan.review', 'plan.support',
  'leadNote', 'nextStep', 'notes',
] as const;

export type FieldCode = (typeof FIELD_CODES)[number];

export function isFieldCode(s: string): s is FieldCode {
  return (FIELD_CODES as readonly string[]).includes(s);
}
