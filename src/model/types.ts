/** A calendar day as `YYYY-MM-DD`, independent of any time zone. */
export type Day = string;

export type Status = 'active' | 'leave' | 'notice' | 'left';
export type LeadFlag = 'mood' | 'resign';

/** Where a value came from, for messages that tell the user where to look. */
export interface SourceRef {
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
}

/** A problem found in the data or the plan; rendered to text at the edge. */
export interface Warning {
  code: string;
  /** In English; also the JSON contract's text. */
  message: string;
  /** The facts behind the message, for rendering it in another language. */
  args?: Record<string, string | number>;
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
}

export interface Agent {
  id: string;
  name: string;
  team: string;
  lead: string;
  hireDate: Day;
  /** Agents taken from KPI data without a roster: the hire date is a stand-in, tenure unknown. */
  hireUnknown?: boolean;
  status: Status;
  leavingDate?: Day;
  lastTalk?: Day;
  flag?: LeadFlag;
  flagDate?: Day;
  /** The manager who holds the agent's talks, when the roster names one. */
  manager?: string;
  /** The agent's shift as written in the roster (`09:00-18:00`, `22:00-07:00` or a shift name). */
  shift?: string;
  source: SourceRef;
}

/** `asa` is the speed of answer (seconds a caller waited), lower is better like AHT. */
export const METRICS = ['calls', 'aht', 'csat', 'qa', 'fcr', 'adherence', 'conversion', 'asa'] as const;
export type MetricId = (typeof METRICS)[number];
export type Metrics = Partial<Record<MetricId, number>>;

/**
 * How a period column groups rows: daily and weekly rows fold into ISO weeks, monthly into
 * months (by default, from the header), or each day stands alone (`--period day`).
 */
export type PeriodKind = 'day' | 'week' | 'month';

/** One KPI row as read: the period is already the start of its bucket (ISO Monday or 1st of month). */
export interface KpiRow {
  agentId: string;
  period: Day;
  metrics: Metrics;
}

/**
 * Every rule's JSON code, most urgent first: the one line of a new rule that must live in the
 * model (the ground floor imports no rule). test/rules/index.test.ts says what to add.
 */
export const RULE_IDS = ['lead-flag', 'exit', 'new-hire', 'swing-down', 'follow-up', 'swing-up', 'top-performer', 'routine'] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** 1 = most urgent. The order of RULE_IDS. */
export function urgencyOf(rule: RuleId): number {
  return RULE_IDS.indexOf(rule) + 1;
}

export interface SwingDriver {
  metric: MetricId;
  /** Median of the metric over the baseline periods (raw units). */
  from: number;
  /** The metric in the latest period (raw units). */
  to: number;
  /** Usual range over the baseline periods (raw units). */
  low: number;
  high: number;
  /** Change in the metric's percentile rank, oriented so that + is better. */
  deltaPct: number;
}

export interface Swing {
  agentId: string;
  direction: 'up' | 'down';
  /** Composite change in percentile points (latest − baseline median), signed. */
  size: number;
  latest: number;
  baseline: number;
  sigma: number;
  period: Day;
  periodEnd: Day;
  periodKind: PeriodKind;
  baselinePeriods: number;
  drivers: SwingDriver[];
}

/**
 * What each rule's finding records, by rule id. The model imports no rule: each rule file adds
 * its own entry next to its logic (`declare module '../model/types.js' { interface
 * EvidenceByRule { 'my-rule': { … } } }`), and TypeScript merges them here.
 * @public (augmented, not imported)
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the rule files
export interface EvidenceByRule {}

/** One rule's evidence, with its `rule` code. */
export type EvidenceOf<K extends RuleId> = K extends keyof EvidenceByRule ? { rule: K } & EvidenceByRule[K] : never;
export type Evidence = EvidenceOf<RuleId>;

/** An improvement plan agreed in a held talk, with the day it is to be reviewed. */
export interface AgreedPlan {
  /** The day of the talk that agreed it (held on, else planned). */
  agreedOn: Day;
  rule: RuleId;
  goal: string | null;
  /** A metric id when the manager picked one, else the free text typed. */
  metric: string | null;
  target: string | null;
  review: Day;
}

export interface Finding {
  rule: RuleId;
  due: Day;
  evidence: Evidence;
}

export type BacklogReason = 'on-leave' | 'capacity' | 'no-days-left' | 'no-shift' | 'outside-shift' | 'rooms-busy';

export interface Talk {
  agentId: string;
  name: string;
  team: string;
  lead: string;
  rule: RuleId;
  rules: RuleId[];
  due: Day;
  overdueDays: number;
  core: boolean;
  date: Day | null;
  start: string | null;
  end: string | null;
  location: string | null;
  /** Why the talk is in the backlog (rendered to text at the edge). */
  backlogReason?: BacklogReason;
  findings: Finding[];
}
