import type { OutcomeRow } from '../model/archive.js';
import type { Day, Warning } from '../model/types.js';

/**
 * Outcomes that are stored as written but probably not as meant: said to the manager so they
 * can correct the workbook and record it again. Pure.
 */
export function outcomeNotices(rows: readonly OutcomeRow[], today: Day): Warning[] {
  const notices: Warning[] = [];
  for (const r of rows) {
    const who = `${r.agentId}${r.name ? ` ${r.name}` : ''} (${r.date})`;
    if (!r.held && (r.heldOn || r.issues.length > 0 || r.plan)) {
      notices.push({
        code: 'not-held-but-filled',
        args: { who },
        message: `${who}: Held is No but Held on, an issue or the improvement plan is filled in; the talk stays open and will be planned again. Set Held to Yes if it took place.`,
      });
    }
    if (r.held && r.heldOn && r.heldOn > today) {
      notices.push({ code: 'held-in-future', args: { who, heldOn: r.heldOn, today }, message: `${who}: Held on ${r.heldOn} is after today (${today}); check the date.` });
    }
    if (r.held && r.issues.some((i) => i.text && !i.category)) {
      notices.push({
        code: 'issue-without-category',
        args: { who },
        message: `${who}: the issue has no Issue category, so it goes to the manager (Other); pick a category to route it to its owner.`,
      });
    }
  }
  return notices;
}
