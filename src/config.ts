import type { Settings } from './model/settings.js';

export type { RankingSettings, ScheduleSettings, Settings } from './model/settings.js';

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
