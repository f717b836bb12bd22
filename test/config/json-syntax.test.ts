import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../src/io/config-json.js';
import { FIX, talks, tempDir } from '../helpers/cli.js';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('where a config file stops being JSON', () => {
  it.each([
    ['{"schedule": {capacity: 4}}', 'unquoted-key', 1, 15, 'c'],
    ['{"language": "en",}', 'trailing-comma', 1, 19, '}'],
    ['{\n  "rooms": ["A",\n    "B",\n  ]\n}', 'trailing-comma', 4, 3, ']'],
    ['{"a": 1', 'end', 1, 8, ''],
    ['{"a": 1 "b": 2}', 'missing-comma', 1, 9, '"'],
    ['{"a" 1}', 'missing-colon', 1, 6, '1'],
    ["{'language': 'en'}", 'single-quote', 1, 2, "'"],
    ['{\r\n  // my settings\r\n  "a": 1}', 'comment', 2, 3, '/'],
    ['{"calendar": "C:\\holidays.csv"}', 'bad-escape', 1, 17, '\\'],
    ['{"name": "Zhou\nLi"}', 'newline-in-string', 1, 15, '\n'],
    ['{"a": 1} {"b": 2}', 'after-end', 1, 10, '{'],
    ['{"a": tru}', 'unexpected', 1, 7, 't'],
    ['{"语言": 01}', 'missing-comma', 1, 9, '1'],
    ['', 'end', 1, 1, ''],
  ])('%j: %s at line %i, column %i', (text, fault, line, column, found) => {
    expect(parses(text)).toBe(false);
    expect(jsonSyntaxError(text)).toEqual({ fault, line, column, found });
  });

  it('finds nothing wrong in any JSON, however it is laid out', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 1, '\t'), (v, space) => {
        expect(jsonSyntaxError(JSON.stringify(v, null, space))).toBeUndefined();
      }),
    );
  });

  it('finds a fault exactly when JSON.parse refuses the text (one character added, dropped or changed)', () => {
    const edit = fc.record({ at: fc.nat(), cut: fc.integer({ min: 0, max: 2 }), add: fc.constantFrom('', ',', '}', ']', '"', ':', "'", '/', '\\', '\n', 'x', '0', ' ', '\t', '\u0001') });
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), edit, (v, { at, cut, add }) => {
        const json = JSON.stringify({ settings: v }, null, 1);
        const i = at % (json.length + 1);
        const text = json.slice(0, i) + add + json.slice(i + cut);
        expect(jsonSyntaxError(text) === undefined, text).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a config file that is not JSON, through the CLI', () => {
  const run = (lang: 'en' | 'zh-CN') => {
    const dir = tempDir();
    const cfg = join(dir, 'talks.config.json');
    writeFileSync(cfg, '{\n  "schedule": {\n    "capacity": 4,\n  }\n}\n');
    return talks(['rank', join(FIX, 'roster.xlsx'), '--lang', lang], { cwd: dir });
  };

  it('says the line and column in English', () => {
    const r = run('en');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('talks.config.json');
    expect(r.stderr).toContain('not valid JSON: line 4, column 3: a comma before "}" (JSON allows no comma after the last entry)');
  });

  it("says it in Chinese with none of Node's English parser words", () => {
    const r = run('zh-CN');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('配置文件不是有效的 JSON：第 4 行第 3 列："}" 前面多了一个逗号');
    expect(r.stderr).not.toMatch(/Expected|position|Unexpected|property/);
  });
});
