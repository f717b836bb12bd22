import type { MetricId } from './types.js';

export interface RuleSettings {
  /** Days after which a new hire is no longer in the onboarding window. */
  onboardingDays: number;
  /** Calendar days from hire to the new-hire talk's due date. */
  newHireDueDays: number;
  /** Working days from a lead flag's report to the talk's due date. */
  leadFlagDueWorkingDays: number;
  /** Working days from the latest KPI period's end to a swing talk's due date. */
  swingDueWorkingDays: number;
  topPerformerMonths: number;
  routineMonths: number;
  /** No top-performer, routine or swing-up talk within this many days of the last one. */
  guardDays: number;
}

export interface RankingSettings {
  windowPeriods: number;
  topShare: number;
  coreShare: number;
  minTenureDays: number;
  weights: Record<MetricId, number>;
  /** true = a higher value is better. */
  higherIsBetter: Record<MetricId, boolean>;
}

export interface SwingSettings {
  minPoints: number;
  madSigmas: number;
  minBaseline: number;
  maxBaseline: number;
}

export interface ScheduleSettings {
  talkMinutes: number;
  gapMinutes: number;
  /** Working hours as [start, end] pairs of `HH:MM`. */
  hours: [string, string][];
  capacity: number;
  perDay: number;
  pullForwardDays: number;
  rooms: string[];
}

export interface Settings {
  rules: RuleSettings;
  ranking: RankingSettings;
  swing: SwingSettings;
  schedule: ScheduleSettings;
}

export const DEFAULTS: Settings = {
  rules: {
    onboardingDays: 30,
    newHireDueDays: 7,
    leadFlagDueWorkingDays: 2,
    swingDueWorkingDays: 5,
    topPerformerMonths: 3,
    routineMonths: 6,
    guardDays: 30,
  },
  ranking: {
    windowPeriods: 4,
    topShare: 0.2,
    coreShare: 0.03,
    minTenureDays: 30,
    weights: { calls: 1, aht: 1, csat: 1, qa: 1, fcr: 1, adherence: 1, conversion: 1, asa: 1 },
    higherIsBetter: { calls: true, aht: false, csat: true, qa: true, fcr: true, adherence: true, conversion: true, asa: false },
  },
  swing: { minPoints: 15, madSigmas: 3, minBaseline: 3, maxBaseline: 8 },
  schedule: {
    talkMinutes: 45,
    gapMinutes: 15,
    hours: [
      ['10:00', '12:00'],
      ['14:00', '17:30'],
    ],
    capacity: 10,
    perDay: 3,
    pullForwardDays: 14,
    rooms: ['Meeting room', 'Break room'],
  },
};

/** A deep copy with overrides applied section by section. */
export function settingsWith(over: { [K in keyof Settings]?: Partial<Settings[K]> } = {}): Settings {
  return {
    rules: { ...DEFAULTS.rules, ...over.rules },
    ranking: { ...DEFAULTS.ranking, ...over.ranking },
    swing: { ...DEFAULTS.swing, ...over.swing },
    schedule: { ...DEFAULTS.schedule, ...over.schedule },
  };
}
