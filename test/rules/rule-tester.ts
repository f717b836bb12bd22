import { describe, expect, it } from 'vitest';
import { weekdaysCalendar } from '../../src/calendar/weekdays.js';
import { DEFAULTS } from '../../src/model/settings.js';
import type { Agent, Day, Evidence } from '../../src/model/types.js';
import type { Rule, RuleContext } from '../../src/rules/rule.js';

/** A Monday: the day a manager runs `talks plan`. */
export const TODAY = '2026-11-23';

function agentWith(over: Partial<Agent> = {}): Agent {
  return {
    id: 'A1',
    name: 'Ana',
    team: 'T1',
    lead: 'Lee',
    hireDate: '2024-01-15',
    status: 'active',
    source: { file: 'roster.xlsx', sheet: 'Roster', row: 2 },
    ...over,
  };
}

function contextWith(over: Partial<RuleContext> = {}): RuleContext {
  return { today: TODAY, calendar: weekdaysCalendar(), settings: { ...DEFAULTS.rules }, heldByRule: {}, ...over };
}

interface Case {
  name: string;
  agent?: Partial<Agent>;
  ctx?: Partial<RuleContext>;
}

/** The rule fires with exactly this due date and evidence. */
export interface ValidCase extends Case {
  due: Day;
  evidence: Evidence;
}

/** The rule does not fire. */
export type InvalidCase = Case;

/**
 * Like eslint's RuleTester, but for talk rules: `valid` cases fire with the given due date
 * and evidence, `invalid` cases do not fire.
 */
export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.meta.id}`, () => {
    it.each(cases.valid)('fires: $name', ({ agent, ctx, due, evidence }) => {
      expect(rule.evaluate(agentWith(agent), contextWith(ctx))).toEqual({ rule: rule.meta.id, due, evidence });
    });
    if (cases.invalid.length > 0) {
      it.each(cases.invalid)('does not fire: $name', ({ agent, ctx }) => {
        expect(rule.evaluate(agentWith(agent), contextWith(ctx))).toBeNull();
      });
    }
  });
}
