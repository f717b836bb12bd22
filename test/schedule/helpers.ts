import type { ScheduleSettings } from '../../src/model/settings.js';
import { DEFAULTS } from '../../src/model/settings.js';
import type { RuleId, Talk } from '../../src/model/types.js';

/** An unscheduled talk; `rules` defaults to just `rule`. */
export function talk(agentId: string, rule: RuleId, due: string, extra: Partial<Talk> = {}): Talk {
  return {
    agentId,
    name: `Agent ${agentId}`,
    team: 'T1',
    lead: 'Lead',
    rule,
    rules: [rule],
    due,
    overdueDays: 0,
    core: false,
    date: null,
    start: null,
    end: null,
    location: null,
    findings: [],
    ...extra,
  };
}

export function settings(over: Partial<ScheduleSettings> = {}): ScheduleSettings {
  return { ...DEFAULTS.schedule, ...over };
}
