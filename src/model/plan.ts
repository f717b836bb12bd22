import type { Coverage } from './coverage.js';
import type { ChangeToAsk } from './archive.js';
import type { KpiView } from './kpi.js';
import type { LastTalk } from './last-talk.js';
import type { TrendBasis } from './trend.js';
import type { AgreedPlan, Agent, Day, MetricId, RuleId, Swing, Talk, Warning } from './types.js';
import type { Lang } from './lang.js';
import type { QuestionBank } from './questions.js';
import type { Ranking } from './ranking.js';
import type { Settings } from './settings.js';

/** The last held talk of an agent and the issues it raised, from the archive. */
export interface FollowUp {
  date: Day;
  rule: string;
  issues: { category: string; text: string }[];
  /** The improvement plan agreed in that talk, when it has a review date. */
  plan?: AgreedPlan;
  /** Changes made about issues the agent raised (`talks resolve`), to ask how they work for them. */
  changes?: ChangeToAsk[];
  /** How the plan's metric has moved since the talk, judged by the core (checkFollowUps). */
  check?: PlanCheck;
}

export type PlanStatus = 'met' | 'not-yet' | 'no-data';

/** How the plan's metric moved: the periods before the talk against the periods since. */
export interface PlanCheck {
  metric?: MetricId;
  before?: number;
  since?: number;
  /** The target as a number in the metric's units, when it reads as one. */
  target?: number;
  status: PlanStatus;
}

/** Everything a plan run produced, for the renderers and writers at the edge. */
export interface Plan {
  today: Day;
  week: { start: Day; end: Day };
  talks: Talk[];
  backlog: Talk[];
  warnings: Warning[];
  agents: Agent[];
  /** The KPI rows of the plan's agents in the trend's periods (the prep sheets' trends). */
  kpi: KpiView;
  ranking: Ranking;
  swings: Map<string, Swing>;
  /** From the archive, when there is one: agent → last held talk and its open issues. */
  followUps?: Map<string, FollowUp>;
  /** From the archive: agent → rule → the latest day a talk of that type was held. */
  held?: Map<string, Partial<Record<RuleId, Day>>>;
  /** Every agent's last talk, roster or archive (the engine's one definition). */
  lastTalks: Map<string, LastTalk>;
  /** The KPI series the prep sheets' trends show. */
  trend: TrendBasis;
  /** The user's question bank from the config file, per language and talk type. */
  questions?: Partial<Record<Lang, QuestionBank>>;
  /** The settings the plan was made with (defaults overridden by the config file). */
  settings: Settings;
  /** The manager whose week this is, when the roster has a manager column ('' = agents without one). */
  manager?: string;
  /** The cadence forecast for the plan's agents. */
  coverage?: Coverage;
}
