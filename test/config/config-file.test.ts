import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingsFrom, validateConfig } from '../../src/options/config-schema.js';
import { configProblemText } from '../../src/text/config-problems.js';
import { DEFAULTS } from '../../src/model/settings.js';
import { FIX, talks, tempDir } from '../helpers/cli.js';

describe('validateConfig', () => {
  it.each([
    [{}],
    [{ rules: { guardDays: 45, routineMonths: 4 } }],
    [{ ranking: { weights: { csat: 2, calls: 0 }, higherIsBetter: { aht: false } } }],
    [{ schedule: { hours: [['09:00', '12:00']], rooms: ['Room 3'], capacity: 20, talkMinutes: 30 } }],
    [{ language: 'zh-CN', calendar: 'cn', aliases: { agentId: ['Staff No'] } }],
    [{ questions: { en: { routine: ['How is the new shift pattern?'] }, 'zh-CN': { core: ['你对晋升通道怎么看？'] } } }],
  ])('accepts %j', (json) => {
    expect(validateConfig(json)).toEqual({ config: json, problems: [] });
  });

  it.each([
    [{ capacity: 5 }, /Unknown key "capacity"/],
    [{ schedule: { capcity: 5 } }, /Unknown key "schedule.capcity".*capacity/],
    [{ schedule: { talkMinutes: 90 } }, /"schedule.talkMinutes" must be a whole number from 30 to 60/],
    [{ schedule: { hours: [['10:00']] } }, /"schedule.hours" must be a list/],
    [{ ranking: { weights: { speed: 1 } } }, /Unknown key "ranking.weights.speed"/],
    [{ ranking: { topShare: 1.5 } }, /"ranking.topShare" must be a number from 0 to 1/],
    [{ language: 'fr' }, /"language" must be one of en, zh-CN/],
    [{ aliases: { agentId: 'Staff No' } }, /"aliases.agentId" must be a list of texts/],
    [{ questions: { en: { chat: ['x'] } } }, /Unknown key "questions.en.chat"/],
    [[1, 2], /must be an object/],
    [JSON.parse('{"__proto__": {}}'), /"__proto__" is not allowed.*Known keys here: rules, ranking/],
    [JSON.parse('{"schedule": {"__proto__": {"capacity": 0}}}'), /"schedule.__proto__" is not allowed.*talkMinutes/],
    [{ constructor: {} }, /"constructor" is not allowed/],
    [{ ranking: { prototype: 1 } }, /"ranking.prototype" is not allowed/],
    [{ hasOwnProperty: 1 }, /Unknown key "hasOwnProperty"/],
    [{ rules: { valueOf: 1 } }, /Unknown key "rules.valueOf". Known keys here: onboardingDays/],
    [{ schedule: { toString: 'x' } }, /Unknown key "schedule.toString"/],
    [{ questions: { en: { hasOwnProperty: ['x'] } } }, /Unknown key "questions.en.hasOwnProperty"/],
  ])('rejects %j naming the key', (json, message) => {
    const { config, problems } = validateConfig(json);
    expect(config).toBeUndefined();
    expect(problems.map((p) => configProblemText('en', p)).join('\n')).toMatch(message);
  });

  it.each([
    [{ schedule: { capcity: 5 } }, /未知的键“schedule.capcity”。此处可用的键：.*capacity/],
    [{ schedule: { talkMinutes: 90 } }, /“schedule.talkMinutes”必须是 30 到 60 之间的整数（收到的是 90）/],
    [{ language: 'fr' }, /“language”必须是 en、zh-CN 之一/],
    [{ constructor: {} }, /不允许使用“constructor”/],
    [[1], /配置文件必须是对象/],
  ])('says the problem with %j in Chinese', (json, message) => {
    expect(validateConfig(json).problems.map((p) => configProblemText('zh-CN', p)).join('\n')).toMatch(message);
  });

  it('overrides defaults section by section and keeps the rest', () => {
    const s = settingsFrom({ ranking: { weights: { csat: 3 } }, schedule: { capacity: 4 } });
    expect(s.ranking.weights).toEqual({ ...DEFAULTS.ranking.weights, csat: 3 });
    expect(s.schedule).toEqual({ ...DEFAULTS.schedule, capacity: 4 });
    expect(s.rules).toEqual(DEFAULTS.rules);
  });
});

describe('--config on the CLI', () => {
  it('applies capacity, rooms and extra aliases from the config file', () => {
    const dir = tempDir();
    const cfg = join(dir, 'talks.config.json');
    writeFileSync(cfg, JSON.stringify({ schedule: { capacity: 4, rooms: ['Quiet room'] }, aliases: { agentId: ['Staff No'] } }));
    const roster = join(dir, 'roster.csv');
    writeFileSync(roster, 'Staff No,Hire Date,Last Talk\nS1,2020-01-06,2026-01-05\nS2,2020-01-06,2026-01-06\nS3,2020-01-06,2026-01-07\nS4,2020-01-06,2026-01-08\nS5,2020-01-06,2026-01-09\n');
    const r = talks(['plan', roster, '--today', '2026-11-24', '--format', 'json', '-o', join(dir, 'p.xlsx')], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { talks: { agentId: string; location: string }[]; backlog: unknown[] };
    expect(doc.talks.map((t) => t.agentId)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(new Set(doc.talks.map((t) => t.location))).toEqual(new Set(['Quiet room']));
    expect(doc.backlog).toHaveLength(1);
  });

  it('refuses an unknown key with exit 1 and names it', () => {
    const dir = tempDir();
    const cfg = join(dir, 'bad.json');
    writeFileSync(cfg, '{"schedule": {"capcity": 4}}');
    const r = talks(['plan', join(FIX, 'roster.xlsx'), '--config', cfg, '-o', join(dir, 'p.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Unknown key "schedule.capcity"');
  });

  it('a talks.config.json with an inherited member as key is one clear problem, not a crash', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'talks.config.json'), '{"ranking": {"valueOf": 1}, "toString": 2}');
    const r = talks(['check', join(FIX, 'roster.xlsx')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Unknown key "ranking.valueOf"');
    expect(r.stderr).toContain('Unknown key "toString"');
    expect(r.stderr).not.toContain('unexpected problem');
  });

  it('refuses broken JSON with the file named', () => {
    const dir = tempDir();
    const cfg = join(dir, 'bad.json');
    writeFileSync(cfg, '{"schedule": {"capacity": 4,}}');
    const r = talks(['rank', join(FIX, 'roster.xlsx'), '--config', cfg]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.json.*not valid JSON/);
  });
});

describe('the question bank in the config file', () => {
  it("replaces our questions for that talk type on the prep sheet", async () => {
    const { workbookJson } = await import('../helpers/workbook-json.js');
    const dir = tempDir();
    writeFileSync(join(dir, 'talks.config.json'), JSON.stringify({ questions: { en: { routine: ['How is the new shift pattern working for you?', 'What should we stop doing?'] } } }));
    const out = join(dir, 'prep.xlsx');
    const r = talks(['prep', join(FIX, 'roster.xlsx'), '--kpi', join(FIX, 'kpi.xlsx'), '--today', '2026-11-24', '--agent', 'A039', '-o', out], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const text = JSON.stringify((await workbookJson(out))[0].rows);
    expect(text).toContain('How is the new shift pattern working for you?');
    expect(text).toContain('What should we stop doing?');
  });
});
