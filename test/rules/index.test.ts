import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/model/settings.js';
import { RULE_IDS, urgencyOf } from '../../src/model/types.js';
import { RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/rule.js';
import { LANGS, RULE_LABELS } from '../../src/text/labels.js';
import { describeRule } from '../../src/text/rule-texts.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const RULE_DIR = join(ROOT, 'src/rules');
/** The files of src/rules that are not a rule: the list and the types. */
const NOT_RULES = ['index.ts', 'rule.ts'];
const ruleFiles = readdirSync(RULE_DIR).filter((f) => f.endsWith('.ts') && !NOT_RULES.includes(f));

const isRule = (v: unknown): v is Rule => typeof v === 'object' && v !== null && 'meta' in v && 'evaluate' in v;

describe('a rule is one file', () => {
  it.each(ruleFiles)('%s: every rule it exports is registered in RULES', async (file) => {
    const mod = (await import(join(RULE_DIR, file))) as Record<string, unknown>;
    const rules = Object.values(mod).filter(isRule);
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(RULES, rule.meta.id).toContain(rule);
  });

  it.each(ruleFiles)('%s: has its own test file of valid and invalid cases', (file) => {
    const test = join(ROOT, 'test/rules', file.replace(/\.ts$/, '.test.ts'));
    expect(existsSync(test), test).toBe(true);
    const text = readFileSync(test, 'utf8');
    expect(text).toContain(`/src/rules/${file.replace(/\.ts$/, '.js')}'`);
    expect(text).toContain('ruleTester(');
  });

  it('RULES holds only rules from the rule files, each once', async () => {
    const fromFiles = new Set<Rule>();
    for (const file of ruleFiles) {
      const mod = (await import(join(RULE_DIR, file))) as Record<string, unknown>;
      Object.values(mod).filter(isRule).forEach((r) => fromFiles.add(r));
    }
    expect(new Set(RULES)).toEqual(fromFiles);
    expect(new Set(RULES.map((r) => r.meta.id)).size).toBe(RULES.length);
  });
});

describe('the model and the rule files agree', () => {
  it("the model's RULE_IDS (the JSON codes) are the rules' ids, most urgent first", () => {
    expect(RULES.map((r) => r.meta.id)).toEqual([...RULE_IDS]);
  });

  it('urgencies run 1, 2, 3 … in RULES, and the model ranks each rule the same', () => {
    expect(RULES.map((r) => r.meta.urgency)).toEqual(RULES.map((_, i) => i + 1));
    for (const rule of RULES) expect(urgencyOf(rule.meta.id)).toBe(rule.meta.urgency);
  });

  it.each(LANGS)('every rule has a label and a description in %s', (lang) => {
    for (const rule of RULES) {
      expect(RULE_LABELS[lang][rule.meta.id]?.trim(), rule.meta.id).toBeTruthy();
      expect(describeRule(rule.meta, DEFAULTS, lang).trim(), rule.meta.id).toBeTruthy();
    }
    expect(Object.keys(RULE_LABELS[lang]).sort()).toEqual([...RULE_IDS].sort());
  });
});

describe('the frequency guard (SPEC §1)', () => {
  it.each([
    ['lead-flag', false],
    ['exit', false],
    ['new-hire', false],
    ['swing-down', false],
    ['follow-up', false],
    ['swing-up', true],
    ['top-performer', true],
    ['routine', true],
  ] as const)('%s: guarded %s', (id, guarded) => {
    expect(RULES.find((r) => r.meta.id === id)!.meta.guarded).toBe(guarded);
  });
});
