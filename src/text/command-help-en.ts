import type { HelpTexts } from './command-help-types.js';
import { pct } from './share.js';

const ROSTER = 'the HR roster (.xlsx or .csv)';

export const COMMAND_HELP_EN: HelpTexts = {
  talks: () => ({ summary: "Plan the week's one-on-one talks from an HR roster and KPI exports." }),
  plan: () => ({
    summary: "Plan this week's one-on-one talks and write the plan workbook (schedule, team-lead sheet, backlog, prep sheets).",
    args: { roster: `${ROSTER}; its KPI sheets are used when --kpi is not given` },
  }),
  prep: () => ({
    summary:
      "Write one agent's printable prep sheet as its own workbook, even when no talk is planned this week; or, given a plan workbook, bring the questions the team leads wrote in its Team leads sheet onto its prep forms.",
    args: { roster: 'the HR roster (.xlsx or .csv; its KPI sheets are used when --kpi is not given), or a plan workbook written by "talks plan"' },
    after: `
With a plan workbook (talks prep PLAN.xlsx): the questions the team leads wrote in its Team leads
sheet are written onto the prep forms' "Questions from the team lead" cells; nothing else changes,
outcomes and notes already typed included. The workbook is rewritten in place and the previous
version kept beside it as PLAN.backup.xlsx; with -o FILE a new workbook is written instead.
`,
  }),
  rank: (v) => ({
    summary: `Rank agents by a composite of their KPIs over the last ${v.periods} periods (top ${pct(v.topShare)} and core ${pct(v.coreShare)} marked).`,
    args: { roster: `${ROSTER}; leave it out to rank the agents of the KPI files alone` },
  }),
  record: () => ({
    summary:
      "Store the outcomes typed into a plan workbook (the Schedule's Held, Held on, Issue category, Issue, Notes columns and each prep form's outcome, improvement plan and note for the team lead) in the talk archive; recording the same workbook again changes nothing.",
    args: { plan: 'the plan workbook (.xlsx) written by "talks plan", with its outcome columns filled in' },
  }),
  history: (v) => ({
    summary: 'List the archived talks, newest first.',
    args: { agent: 'only this agent (agent id)' },
    after: `
JSON (--format json): {"talks":[{"agentId","name","team","lead","date","heldOn"|null,"rule","held",
"category"|null,"issue"|null,"issues":[{"category"|null,"text"|null}],"notes"|null,
"plan":{"goal","metric","target","actions","review","support"}|null,"leadNote"|null,"nextStep"|null}]},
newest first; "date" is the planned talk date, "heldOn" the day it took place (null: on the planned date),
"rule" the talk type id (e.g. lead-flag), "category" the issue category id (skill, mood, shift, qa, pay,
other); "category"/"issue" repeat the first of "issues". CSV: ${v.csv}.
`,
  }),
  issues: (v) => ({
    summary: 'List the issues raised in held talks, by owner; common issues first.',
    after: `
An issue category whose open issues were raised by ${v.minAgents} or more different agents since --since
is a common issue: handle it for everyone ("talks resolve --category CAT --text ..."), then publish
the result ("talks issues --notice -o notice.md"). Common issues are listed first (marked ${v.mark}).
Each issue shows its state (open, or resolved on the day the change took effect) and its Ref
(agent/talk date/issue number), which "talks resolve REF" takes.
JSON (--format json): {"issues":[{"ref","agentId","date","talkDate","rule","seq","category","owner","text",
"state","resolvedOn"|null,"resolution"|null}],"common":[{"category","owner","count","agents":[...]}],
"resolutions":[{"id","on","category"|null,"text","issues":[ref...],"agents":[...]}]} where "category" is
the stable id (skill, mood, shift, qa, pay, other), "owner" the English owner (QA & training, Team
lead, Workforce management, QA, HR, Manager), "date" the day the issue was raised (held on, else
planned), "talkDate" the planned date of its talk, "state" open or resolved.
CSV: ${v.csv}.
--notice -o FILE (.md or .txt) writes the changes made since --since as a notice for the team, in
--lang (or the config file's language): what was raised, how many raised it (only when ${v.minCount} or more),
what was changed and from when. It never names an agent.
`,
  }),
  resolve: (v) => ({
    summary: 'Record what was done about an issue, or about a common issue category for everyone.',
    args: { refs: 'issues by their Ref from "talks issues", e.g. A012/2026-11-23/1' },
    after: `
Examples:
  talks resolve --category shift --text "Shift swaps answered within 2 days" --on 2026-12-10
  talks resolve A012/2026-11-23/1 --text "New billing screens course booked"
A category closes every open issue of it raised on or before --on (the day the change took
effect, default today); refs (from the Ref column of "talks issues") close exactly those issues.
The agents and issues it closes are shown. The next prep form of each agent who raised one asks
how the change works for them, until a talk with them is held after --on.
Categories: ${v.categories} (or their names in English or Chinese).
JSON (--format json): {"resolution":{"id","on","category"|null,"text","issues":[ref...],"agents":[...]}}.
`,
  }),
  impact: (v) => ({
    summary: 'Show whether the talks worked: the KPI change after each held talk against before, per agent and per talk type.',
    args: { roster: `${ROSTER}; leave it out to use the agents of the KPI files` },
    after: `
For each talk held since --since (default ${v.days} days before today): the plan's metric when the
talk agreed a plan measured by a KPI metric, else, for swing talks, the metrics whose swing led to it.
Before = the ${v.periods} KPI periods that ended before the talk; after = the first ${v.periods} that began on or
after it (the same measure as the follow-up prep form). A talk with no period after it yet is "too recent".
JSON (--format json): {"periodKind","afterPeriods","talks":[{"agentId","name","team","date","rule","basis",
"verdict","partial","metrics":[{"metric","before","since","periodsBefore","periodsSince","low","high",
"usual","target","verdict"}]}],"summary":[{"rule","basis","agents","better","notYet","tooRecent","noData","partial"}]}.
CSV: one row per talk and metric: ${v.csv}.
`,
  }),
  feedback: (v) => ({
    summary:
      "Write the feedback for the team leads after the talks: one sheet per lead with their agents' talks, the note for the lead, issues routed to the lead and next steps (never the private notes).",
    after: `
Writes one sheet per team lead (named after the lead) from the talk archive: their agents' talks
since --since (held or not), the note for the lead, the next step and the issues routed to the
team lead (category mood/attitude). The private notes and the issues routed to others (HR, QA,
training, workforce management, the manager) are never on it.
JSON (--format json): {"since","leads":[{"lead","talks":[{"agentId","name","team","date","heldOn"|null,
"rule","held","leadNote"|null,"nextStep"|null,"issues":[{"category","text"|null}]}]}],"withoutLead"}.
CSV (--format csv): ${v.csv} (one row per talk; issues as "Category: text" lines).
`,
  }),
  check: () => ({
    summary: 'Check the input files: the columns recognised, sample values as read, periods found and every problem.',
    args: { roster: `${ROSTER}; leave it out to check KPI files alone` },
  }),
  init: () => ({
    summary: 'Write a starting talks.config.json from your own files: their column headers, language and calendar, default capacity and hours.',
    args: { roster: ROSTER },
  }),
};
