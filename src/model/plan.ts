import type { KpiStore } from './kpi.js';
import type { Agent, Day, Swing, Talk, Warning } from './types.js';
import type { Ranking } from '../ranking/rank.js';

/** Everything a plan run produced, for the renderers and writers at the edge. */
export interface Plan {
  today: Day;
  week: { start: Day; end: Day };
  talks: Talk[];
  backlog: Talk[];
  warnings: Warning[];
  agents: Agent[];
  kpi: KpiStore;
  ranking: Ranking;
  swings: Map<string, Swing>;
}
