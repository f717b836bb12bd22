import { describe, expect, it } from 'vitest';
import { weekdaysCalendar } from '../../src/calendar/weekdays.js';
import { DEFAULTS, type RuleSettings } from '../../src/model/settings.js';
import { LANGS } from '../../src/text/labels.js';
import type { Agent, Day, Evidence } from '../../src/model/types.js';
import type { Rule, RuleContext } from '../../src/rules/rule.js';
import { describeRule, factSentences, reasonLine } from '../../src/text/rule-texts.js';
import type { Lang } from '../../src/model/lang.js';

const CJK = /[\u4e00-\u9fff]/;

/** A sentence a manager can read: in its language, with no hole where a value should be. */
function readable(line: string, lang: Lang): boolean {
  return line.trim() !== '' && CJK.test(line) === (lang === 'zh-CN') && !/undefined|NaN|\[object|null/.test(line);
}

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

/** The context, with its settings watched: every setting the rule reads is added to `read`. */
function contextWith(over: Partial<RuleContext> = {}, read = new Set<string>()): RuleContext {
  const ctx = { today: TODAY, calendar: weekdaysCalendar(), settings: { ...DEFAULTS.rules }, heldByRule: {}, ...over };
  const settings = new Proxy(ctx.settings, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { ...ctx, settings };
}

/** A value no default has, to see it in a rendered description. */
const MARK = 73;

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
 * and evidence, `invalid` cases do not fire. It also holds the rule to its `meta`: the cases
 * read exactly the settings the meta names, and the description (en and zh-CN) shows each of
 * those settings' current value, and each finding's reason line and evidence (its text file,
 * src/text/rules/<id>.ts) read as sentences in en and zh-CN.
 */
export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const declared = new Set<string>(rule.meta.settings);
  const readByAll = new Set<string>();
  const evaluate = (c: Case) => {
    const read = new Set<string>();
    const out = rule.evaluate(agentWith(c.agent), contextWith(c.ctx, read));
    for (const key of read) readByAll.add(key);
    expect([...read].filter((k) => !declared.has(k)), 'settings read but not named in meta.settings').toEqual([]);
    return out;
  };
  describe(`rule ${rule.meta.id}`, () => {
    it.each(cases.valid)('fires: $name', (c) => {
      expect(evaluate(c)).toEqual({ rule: rule.meta.id, due: c.due, evidence: c.evidence });
    });
    if (cases.invalid.length > 0) {
      it.each(cases.invalid)('does not fire: $name', (c) => {
        expect(evaluate(c)).toBeNull();
      });
    }
    it('reads every setting its meta names, in some case', () => {
      for (const c of [...cases.valid, ...cases.invalid]) evaluate(c);
      expect([...declared].filter((k) => !readByAll.has(k))).toEqual([]);
    });
    it.each(LANGS)('says why in %s: a reason line and evidence sentences for each finding', (lang) => {
      for (const c of cases.valid) {
        const finding = evaluate(c)!;
        for (const line of [reasonLine(finding, TODAY, lang), ...factSentences(finding, TODAY, lang)]) expect(readable(line, lang), `${c.name}: ${line}`).toBe(true);
      }
    });
    it.each(LANGS)('describes itself in %s from the current settings', (lang) => {
      const text = describeRule(rule.meta, DEFAULTS, lang);
      expect(text.trim()).not.toBe('');
      for (const key of rule.meta.settings) {
        const settings = { ...DEFAULTS, rules: { ...DEFAULTS.rules, [key]: MARK } satisfies RuleSettings };
        expect(text).not.toContain(String(MARK));
        expect(describeRule(rule.meta, settings, lang), key).toContain(String(MARK));
      }
      const guard = describeRule(rule.meta, { ...DEFAULTS, rules: { ...DEFAULTS.rules, guardDays: MARK } }, lang);
      expect(guard.includes(String(MARK))).toBe(rule.meta.guarded);
    });
  });
}
