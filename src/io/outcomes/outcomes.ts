import { textError, type TalksError } from '../../errors.js';
import type { OutcomeRow } from '../../model/archive.js';
import { formDrafts } from './forms.js';
import { mergeDrafts, type Unheld } from './merge.js';
import { loadWorkbook, type Draft } from './cells.js';
import type { Problem } from '../../model/outcome-problems.js';
import { locateSchedule, scheduleDrafts } from './schedule.js';

export interface Outcomes {
  rows: OutcomeRow[];
  /** Talks with nothing typed yet (Held empty everywhere). */
  skipped: number;
  /** Talks with an outcome, plan or note typed but Held empty: not recorded. */
  unheld: Unheld[];
  sheet: string;
}

/**
 * Reads every outcome a manager can type in a plan workbook: the Schedule's outcome columns
 * and each prep form's outcome, plan and lead-note cells. Refuses the whole workbook on any bad
 * cell, and on a talk whose Schedule row and prep form say different things.
 */
export async function readOutcomes(file: string): Promise<Outcomes> {
  const wb = await loadWorkbook(file);
  const located = locateSchedule(wb, file);
  const problems: Problem[] = [];
  const rows = scheduleDrafts(located, problems);
  const forms = formDrafts(wb, problems);
  checkPlanned(rows, forms, problems);
  const merged = mergeDrafts([...rows, ...forms], problems);
  if (problems.length > 0) throw problemsError(file, problems);
  return { ...merged, sheet: located.sheet.name };
}


/**
 * "talks plan" writes one prep form per scheduled talk, keyed by its agent. A Schedule row with
 * something typed whose Agent ID no form has was edited: storing it would file the outcome
 * under an agent who was never planned (or does not exist), so the workbook is refused.
 */
function checkPlanned(rows: readonly Draft[], forms: readonly Draft[], problems: Problem[]): void {
  if (forms.length === 0) return;
  const planned = new Set(forms.map((f) => f.agentId));
  for (const r of rows) {
    if (r.keyAt && !planned.has(r.agentId) && Object.keys(r.values).length > 0) problems.push({ code: 'unknown-agent', at: r.keyAt, value: r.agentId });
  }
}

function problemsError(file: string, problems: Problem[]): TalksError {
  return textError('bad-outcomes', { count: problems.length }, { file, items: problems });
}
