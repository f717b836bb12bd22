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
import { RULE_TEXTS } from '../../src/text/rules/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const RULE_DIR = join(ROOT, 'src/rules');
/** The files of src/rules that are not a rule: the list and the types. */
const NOT_RULES = ['index.ts', 'rule.ts'];
const ruleFiles = readdirSync(RULE_DIR).filter((f) => f.endsWith('.ts') && !NOT_RULES.includes(f));

const TEXT_DIR = join(ROOT, 'src/text/rules');
/** The files of src/text/rules that are not one rule's texts: the list, the types, shared phrases. */
const TEXT_SHARED = ['index.ts', 'rule-text.ts', 'words.ts', 'swing.ts'];

/** What to change in the model's one line when the rules and RULE_IDS disagree, in words. */
function modelLineProblems(ids: readonly string[], model: readonly string[]): string[] {
  const where = 'RULE_IDS in src/model/types.ts';
  const missing = ids.filter((id) => !model.includes(id)).map((id) => {
    const before = ids[ids.indexOf(id) - 1];
    return `add '${id}' to ${where}, ${before ? `after '${before}'` : 'first'} (urgency ${ids.indexOf(id) + 1})`;
  });
  const extra = model.filter((id) => !ids.includes(id)).map((id) => `remove '${id}' from ${where}: no rule in RULES has it`);
  return [...missing, ...extra];
}

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
  it('names what to add to or remove from the model when they disagree', () => {
    expect(modelLineProblems(['lead-flag', 'late-shift', 'exit'], ['lead-flag', 'exit', 'gone'])).toEqual([
      "add 'late-shift' to RULE_IDS in src/model/types.ts, after 'lead-flag' (urgency 2)",
      "remove 'gone' from RULE_IDS in src/model/types.ts: no rule in RULES has it",
    ]);
    expect(modelLineProblems(['first', 'exit'], ['exit'])).toEqual(["add 'first' to RULE_IDS in src/model/types.ts, first (urgency 1)"]);
  });

  it("the model's RULE_IDS (the JSON codes) are the rules' ids, most urgent first", () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(modelLineProblems(ids, RULE_IDS)).toEqual([]);
    expect(ids).toEqual([...RULE_IDS]);
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

describe('a rule has one text file: src/text/rules/<id>.ts', () => {
  it.each(RULES.map((r) => r.meta.id))('%s: its text file is registered in RULE_TEXTS', async (id) => {
    const file = join(TEXT_DIR, `${id}.ts`);
    expect(existsSync(file), `write ${file}: the rule's sentences in en and zh-CN (copy src/text/rules/new-hire.ts)`).toBe(true);
    const texts = Object.values((await import(file)) as Record<string, unknown>);
    expect(texts, `src/text/rules/${id}.ts exports one RuleTexts`).toHaveLength(1);
    expect(RULE_TEXTS[id], `add its line to src/text/rules/index.ts`).toBe(texts[0]);
  });

  it.each(RULES.flatMap((r) => LANGS.map((lang) => [r.meta.id, lang] as const)))('%s: every sentence in %s', (id, lang) => {
    const t = RULE_TEXTS[id][lang];
    expect(t.label.trim(), 'label').not.toBe('');
    expect(t.describe(DEFAULTS).trim(), 'describe').not.toBe('');
    expect(typeof t.reason, 'reason').toBe('function');
    expect(typeof t.evidence, 'evidence').toBe('function');
    expect(t.questions.length, 'questions').toBeGreaterThanOrEqual(3);
    expect(t.avoid.length, 'avoid').toBeGreaterThanOrEqual(1);
    for (const line of [...t.questions, ...t.avoid]) expect(line.trim(), 'a question or pitfall').not.toBe('');
  });

  it('src/text/rules holds a text file for rules only, besides its shared parts', () => {
    const files = readdirSync(TEXT_DIR).filter((f) => f.endsWith('.ts') && !TEXT_SHARED.includes(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...RULE_IDS].sort());
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
