import type { OutcomeRow } from '../../src/model/archive.js';
import type { IssueCategory } from '../../src/text/labels.js';

/** An outcome row with its first issue given as `category`/`issue`, as the Schedule sheet has them. */
export type RowOver = Partial<OutcomeRow> & { category?: IssueCategory | null; issue?: string | null };

export function withIssue(base: OutcomeRow, over: RowOver = {}): OutcomeRow {
  const { category, issue, ...rest } = over;
  const row = { ...base, ...rest };
  if (category !== undefined || issue !== undefined) {
    const first = { category: category === undefined ? (base.issues[0]?.category ?? null) : category, text: issue === undefined ? (base.issues[0]?.text ?? null) : issue };
    row.issues = first.category === null && first.text === null ? [] : [first];
  }
  return row;
}

export const NO_EXTRAS = { plan: null, leadNote: null, nextStep: null } as const;
