import { TalksError } from '../../errors.js';
import type { OutcomeRow } from '../../model/archive.js';
import { CATEGORY_LABELS, RULE_LABELS } from '../../text/labels.js';
import { formDrafts } from './forms.js';
import { mergeDrafts, type Unheld } from './merge.js';
import { loadWorkbook, type CellRef, type Problem } from './cells.js';
import { locateSchedule, scheduleDrafts } from './schedule.js';

export type { } from './cells.js';

export interface Outcomes {
  rows: OutcomeRow[];
  /** Talks with nothing typed yet (Held empty everywhere). */
  skipped: number;
  /** Talks with an outcome, plan or note typed but Held empty: not recorded. */
  unheld: Unheld[];
  sheet: string;
}

const MAX_LISTED = 20;

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

const list = (labels: Record<string, string>): string => Object.values(labels).join(', ');

export function cellText(at: CellRef): string {
  return at.form ? `sheet "${at.sheet}", cell ${at.letter}${at.row} (${at.header})` : `sheet "${at.sheet}", row ${at.row}, column ${at.letter} (${at.header})`;
}

function problemText(p: Problem): string {
  const value = `"${p.value}"`;
  switch (p.code) {
    case 'bad-date':
      return `${value} is not a date: write it as YYYY-MM-DD (e.g. 2026-11-23) or enter a real date.`;
    case 'bad-category':
      return `${value} is not an issue category: pick one of ${list(CATEGORY_LABELS.en)} (or ${list(CATEGORY_LABELS['zh-CN'])}).`;
    case 'bad-talk-type':
      return `${value} is not a talk type: use one of ${list(RULE_LABELS.en)} (or ${list(RULE_LABELS['zh-CN'])}), as "talks plan" wrote it.`;
    case 'bad-held':
      return `${value} is not Yes or No: pick Yes or No (是/否), or leave it empty if the talk has not happened yet.`;
    case 'missing':
      return 'is empty although an outcome is filled in: restore the value "talks plan" wrote.';
    case 'duplicate':
      return `this talk (same agent, date and talk type) is already in row ${p.otherRow}: keep only one of the two rows.`;
    case 'conflict':
      return `${value} here, but ${p.other ? `${cellText(p.other.at)} says "${p.other.value}"` : 'another cell says otherwise'}: the same talk, two answers. Keep one (or make both the same).`;
  }
}

function problemsError(file: string, problems: Problem[]): TalksError {
  const lines = problems.slice(0, MAX_LISTED).map((p) => `  ${cellText(p.at)}: ${problemText(p)}`);
  if (problems.length > MAX_LISTED) lines.push(`  …and ${problems.length - MAX_LISTED} more.`);
  const count = problems.length === 1 ? '1 cell needs' : `${problems.length} cells need`;
  return new TalksError('bad-outcomes', `${count} fixing before the outcomes can be recorded; nothing was recorded:\n${lines.join('\n')}`, {
    file,
    hint: 'Fix these cells in the workbook, save it, and run "talks record" again.',
  });
}
