import type { ImprovementPlan, OutcomeRow, RaisedIssue } from '../../model/archive.js';
import { ISSUE_SLOTS, type FieldCode } from '../../model/outcome-fields.js';
import type { Day, MetricId } from '../../model/types.js';
import { METRICS } from '../../model/types.js';
import type { IssueCategory } from '../../text/labels.js';
import { keyForLabel } from '../../text/labels.js';
import { METRIC_LABELS } from '../../text/metrics.js';
import type { Draft, TypedValue } from './cells.js';
import type { CellRef, Problem } from '../../model/outcome-problems.js';

/** A talk with something typed for it but Held left empty: not recorded, and said so. */
export interface Unheld {
  agentId: string;
  name: string;
  date: Day;
  cells: CellRef[];
}

export interface Merged {
  rows: OutcomeRow[];
  /** Talks with nothing typed yet. */
  skipped: number;
  unheld: Unheld[];
}

type Values = Partial<Record<FieldCode, TypedValue>>;

/** One value per field over all the places; the same value typed twice is fine, two different ones a conflict. */
function mergeValues(drafts: readonly Draft[], problems: Problem[]): Values {
  const merged: Values = {};
  for (const d of drafts) {
    for (const [code, v] of Object.entries(d.values) as [FieldCode, TypedValue][]) {
      const seen = merged[code];
      if (!seen) merged[code] = v;
      else if (seen.value !== v.value) problems.push({ code: 'conflict', at: seen.at, value: seen.raw, other: { at: v.at, value: v.raw } });
    }
  }
  return merged;
}

function textOf(v: Values, code: FieldCode): string | null {
  const x = v[code];
  return x ? String(x.value) : null;
}

/** A metric picked from the list is stored as its id; anything else as typed. */
function metricOf(typed: string | null): string | null {
  if (typed === null) return null;
  if ((METRICS as readonly string[]).includes(typed)) return typed;
  return (keyForLabel(METRIC_LABELS, typed) as MetricId | undefined) ?? typed;
}

function planOf(v: Values): ImprovementPlan | null {
  const plan: ImprovementPlan = {
    goal: textOf(v, 'plan.goal'),
    metric: metricOf(textOf(v, 'plan.metric')),
    target: textOf(v, 'plan.target'),
    actions: textOf(v, 'plan.actions'),
    review: textOf(v, 'plan.review'),
    support: textOf(v, 'plan.support'),
  };
  return Object.values(plan).some((x) => x !== null) ? plan : null;
}

function issuesOf(v: Values): RaisedIssue[] {
  return ISSUE_SLOTS.map((n) => ({ category: textOf(v, `issue${n}.category`) as IssueCategory | null, text: textOf(v, `issue${n}.text`) })).filter(
    (i) => i.category !== null || i.text !== null,
  );
}

function groupByTalk(drafts: readonly Draft[], problems: Problem[]): Draft[][] {
  const groups = new Map<string, Draft[]>();
  const rowOf = new Map<string, Draft>();
  for (const d of drafts) {
    const key = JSON.stringify([d.agentId, d.date, d.rule]);
    const first = d.keyAt && rowOf.get(key);
    if (first && d.keyAt) {
      problems.push({ code: 'duplicate', at: d.keyAt, value: d.agentId, otherRow: first.keyAt!.row });
      continue;
    }
    if (d.keyAt) rowOf.set(key, d);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()];
}

/**
 * What the Schedule rows and the prep forms say together, one row per talk. Pure: conflicts
 * and duplicates go to `problems`, talks typed into but not marked held to `unheld`.
 */
export function mergeDrafts(drafts: readonly Draft[], problems: Problem[]): Merged {
  const out: Merged = { rows: [], skipped: 0, unheld: [] };
  for (const group of groupByTalk(drafts, problems)) {
    const v = mergeValues(group, problems);
    const base = group.find((d) => d.keyAt) ?? group[0];
    const held = v.held;
    if (!held) {
      const cells = Object.values(v).map((x) => x.at);
      if (cells.length > 0) out.unheld.push({ agentId: base.agentId, name: base.name, date: base.date, cells });
      else out.skipped++;
      continue;
    }
    out.rows.push({
      agentId: base.agentId,
      name: base.name,
      team: base.team,
      lead: base.lead,
      date: base.date,
      rule: base.rule,
      held: held.value === true,
      heldOn: textOf(v, 'heldOn'),
      issues: issuesOf(v),
      notes: textOf(v, 'notes'),
      plan: planOf(v),
      leadNote: textOf(v, 'leadNote'),
      nextStep: textOf(v, 'nextStep'),
    });
  }
  return out;
}
