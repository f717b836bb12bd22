import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/model/settings.js';
import { RULES } from '../../src/rules/index.js';
import { describeRule } from '../../src/text/rule-texts.js';

const README = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../README.md'), 'utf8');

describe("the README's rule table is rendered from the rules at the default settings", () => {
  it.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
    expect(README).toContain(`| \`${rule.meta.id}\` | ${rule.meta.urgency} | ${describeRule(rule.meta, DEFAULTS, 'en')} |`);
  });

  it('lists no rule that is gone', () => {
    const section = README.slice(README.indexOf('### The talk rules, and adding one'));
    const rows = [...section.matchAll(/^\| `([a-z-]+)` \| \d+ \|/gm)].map((m) => m[1]);
    expect(rows).toEqual(RULES.map((r) => r.meta.id));
  });
});
