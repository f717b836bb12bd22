import type { MetricId } from './types.js';

/** The settings every part of the core reads; defaults and validation live in src/config.ts. */
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
