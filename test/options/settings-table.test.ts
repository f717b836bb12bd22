import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, talks } from '../helpers/cli.js';
import { settingsList } from '../../src/options/settings-list.js';
import { optionUses } from '../../src/cli/option-uses.js';
import { validateConfig } from '../../src/options/config-schema.js';
import { CONFIG_SETTINGS, OPTIONS, type OptionDef, type OptionId } from '../../src/options/table.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const USES = optionUses();

describe('the option table', () => {
  it('is the README settings list (paste the expected block between the settings markers when this fails)', () => {
    const block = /<!-- settings:start -->\n([\s\S]*?)\n<!-- settings:end -->/.exec(README)?.[1];
    const list = settingsList(USES);
    expect(block, `README.md needs this between <!-- settings:start --> and <!-- settings:end -->:\n${list}`).toBe(list);
  });

  it("lists, for each option, exactly the commands whose --help shows it, and no option no command takes", () => {
    const flagsOf = (f: string) => f.replace(/ <.*$/, '');
    for (const name of USES.commands) {
      const help = talks([name, '--help']).stdout;
      const shown = [...help.matchAll(/^ {2}((?:-\w, )?--[\w-]+)/gm)].map((m) => m[1]).filter((f) => f !== '-h, --help');
      const listed = [...USES.uses].filter(([, names]) => names.includes(name)).map(([id]) => flagsOf(OPTIONS[id].flags!));
      expect(shown.sort(), name).toEqual(listed.sort());
    }
    for (const id of Object.keys(OPTIONS) as OptionId[]) expect(USES.uses.get(id), id).toBeDefined();
    const row = (flags: string, help: string) => README.split('\n').find((l) => l.includes(`| \`${flags}\` |`) && l.includes(help));
    expect(row('--history <file>', 'the talk archive')).toContain('| `plan`, `prep`, `record`, `history`, `issues`, `resolve`, `impact`, `feedback` |');
    expect(row('--lang <lang>', 'language of the output')).toContain('| every command |');
  });

  it("accepts the README's example config, key by key", () => {
    const example = /## Settings[\s\S]*?```json\n([\s\S]*?)```/.exec(README)![1];
    expect(validateConfig(JSON.parse(example)).problems).toEqual([]);
  });

  it('validates every config key it lists and refuses a wrong value for each', () => {
    for (const d of CONFIG_SETTINGS as OptionDef[]) {
      const path = d.config!.replace(/<metric>/g, 'csat').replace(/<field>/g, 'agentId').replace(/<lang>/g, 'en').replace(/<rule>/g, 'core').replace(/<name>/g, 'Zhou');
      const json = path.split('.').reduceRight<unknown>((v, k) => ({ [k]: v }), { bad: 'value' });
      const [problem] = validateConfig(json).problems;
      expect(problem, path).toMatchObject({ code: 'bad-value', path });
    }
  });

  it("shows each option's default from the table in both languages' help", () => {
    const en = talks(['plan', '--help']);
    const zh = talks(['plan', '--help'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(en.stdout.replace(/\s+/g, ' ')).toContain(`--capacity <n> ${OPTIONS.capacity.help.en} (default: ${OPTIONS.capacity.shown.en})`);
    expect(zh.stdout.replace(/\s+/g, ' ')).toContain(`--capacity <n> ${OPTIONS.capacity.help['zh-CN']}（默认：${OPTIONS.capacity.shown['zh-CN']}）`);
  });

});
