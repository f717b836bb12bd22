import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ConfigFile } from '../../src/options/config-schema.js';
import { settingsFrom, validateConfig } from '../../src/options/config-schema.js';
import { DEFAULTS, type Settings } from '../../src/model/settings.js';
import type { FieldId } from '../../src/columns/fields.js';
import type { MetricId, RuleId } from '../../src/model/types.js';
import type { Lang } from '../../src/text/labels.js';

type Partial2<T> = { [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? Partial<T[K]> : T[K] };

// The config file's type is derived from the option table's rows (src/options/config-type.ts).
// These assertions are checked by the type checker (`npm run typecheck`): a setting of the model
// without a row, a row the model lacks, or a row whose check gives the wrong type fails them.
describe("the config file's type, from the option table", () => {
  it('has every setting of the model, section by section, with the type the model gives it', () => {
    expectTypeOf<NonNullable<ConfigFile['rules']>>().toEqualTypeOf<Partial<Settings['rules']>>();
    expectTypeOf<NonNullable<ConfigFile['swing']>>().toEqualTypeOf<Partial<Settings['swing']>>();
    expectTypeOf<NonNullable<ConfigFile['schedule']>>().toEqualTypeOf<Partial<Settings['schedule']>>();
    expectTypeOf<NonNullable<ConfigFile['ranking']>>().toEqualTypeOf<Partial2<Settings['ranking']>>();
    // A manager's own settings are the schedule's, less the pull-forward window.
    expectTypeOf<NonNullable<ConfigFile['managers']>>().toEqualTypeOf<Record<string, Partial<Omit<Settings['schedule'], 'pullForwardDays'>>>>();
    // And a whole config file from the model's defaults is valid, read back to the same settings.
    const whole: ConfigFile = { ...DEFAULTS };
    expect(validateConfig(whole).problems).toEqual([]);
    expect(settingsFrom(whole)).toEqual(DEFAULTS);
  });

  it('has the sections the model does not hold, typed by their checks and key sets', () => {
    expectTypeOf<ConfigFile['language']>().toEqualTypeOf<Lang | undefined>();
    expectTypeOf<ConfigFile['calendar']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<ConfigFile['aliases']>>().toEqualTypeOf<Partial<Record<FieldId, string[]>>>();
    expectTypeOf<NonNullable<ConfigFile['questions']>>().toEqualTypeOf<Partial<Record<Lang, Partial<Record<RuleId | 'core', string[]>>>>>();
    expectTypeOf<NonNullable<ConfigFile['shifts']>>().toEqualTypeOf<Record<string, [string, string]>>();
    expectTypeOf<keyof ConfigFile>().toEqualTypeOf<'rules' | 'ranking' | 'swing' | 'schedule' | 'language' | 'calendar' | 'aliases' | 'questions' | 'managers' | 'shifts'>();
    expectTypeOf<keyof NonNullable<NonNullable<ConfigFile['ranking']>['weights']>>().toEqualTypeOf<MetricId>();
  });
});
