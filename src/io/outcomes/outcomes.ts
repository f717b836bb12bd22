import { textError, type TalksError } from '../../errors.js';
import type { OutcomeRow } from '../../model/archive.js';
import { formDrafts } from './forms.js';
import { mergeDrafts, type Unheld } from './merge.js';
import { loadWorkbook, type Problem } from './cells.js';
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
  const drafts = [...scheduleDrafts(located, problems), ...formDrafts(wb, problems)];
  const merged = mergeDrafts(drafts, problems);
  if (problems.length > 0) throw problemsError(file, problems);
  return { ...merged, sheet: located.sheet.name };
}


function problemsError(file: string, problems: Problem[]): TalksError {
  return textError('bad-outcomes', { count: problems.length }, { file, items: problems });
}
