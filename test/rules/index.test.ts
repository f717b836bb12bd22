import { describe, expect, it } from 'vitest';
import { RULE_IDS, urgencyOf } from '../../src/model/types.js';
import { RULES } from '../../src/rules/index.js';

describe('RULES', () => {
  it('lists every rule once, most urgent first', () => {
    expect(RULES.map((r) => r.meta.id)).toEqual([...RULE_IDS]);
  });

  it.each([
    ['lead-flag', 1, false],
    ['exit', 2, false],
    ['new-hire', 3, false],
    ['swing-down', 4, false],
    ['follow-up', 5, false],
    ['swing-up', 6, true],
    ['top-performer', 7, true],
    ['routine', 8, true],
  ] as const)('%s: urgency %i, guarded %s', (id, urgency, guarded) => {
    const rule = RULES.find((r) => r.meta.id === id)!;
    expect(rule.meta.urgency).toBe(urgency);
    expect(urgencyOf(id)).toBe(urgency);
    expect(rule.meta.guarded).toBe(guarded);
    expect(rule.meta.description).not.toBe('');
  });
});
