import { describe, expect, it } from 'vitest';
import { RULE_IDS, type RuleId } from '../../src/model/types.js';
import { ALWAYS, AVOID_ON_FORM, avoidFor, GUIDANCE, MAX_QUESTIONS, questionsFor, QUESTIONS_ON_FORM, TEAM_LEAD_RULE } from '../../src/text/guidance.js';
import { LANGS, type Lang } from '../../src/text/labels.js';

const cases = RULE_IDS.flatMap((rule) => LANGS.map((lang) => [rule, lang] as [RuleId, Lang]));

/** A word that marks each type's own questions, per language: the bank is written for the type. */
const MARKERS: Record<Lang, Record<RuleId, RegExp>> = {
  en: {
    'lead-flag': /stay/,
    exit: /leave/,
    'new-hire': /training/,
    'swing-down': /dropped/,
    'follow-up': /agreed a plan/,
    'swing-up': /went up/,
    'top-performer': /management role/,
    routine: /training/,
  },
  'zh-CN': {
    'lead-flag': /留下来/,
    exit: /离开/,
    'new-hire': /培训/,
    'swing-down': /下滑/,
    'follow-up': /改进计划/,
    'swing-up': /提升/,
    'top-performer': /管理岗位/,
    routine: /培训/,
  },
};

describe('questionsFor and avoidFor, per talk type and language', () => {
  it.each(cases)('%s in %s: the type’s own 5–8 questions and its avoid-list', (rule, lang) => {
    const talk = { rules: [rule], core: false };
    const questions = questionsFor(talk, lang);
    expect(questions.length).toBeGreaterThanOrEqual(5);
    expect(questions.length).toBeLessThanOrEqual(8);
    expect(questions.some((q) => MARKERS[lang][rule].test(q))).toBe(true);
    expect(new Set(questions).size).toBe(questions.length);
    const avoid = avoidFor(talk, lang);
    // The rule that holds in every talk comes first, then at least one pitfall of the type's own.
    expect(avoid[0]).toBe(TEAM_LEAD_RULE[lang]);
    expect(avoid.length).toBeGreaterThanOrEqual(2);
    expect(new Set(avoid).size).toBe(avoid.length);
  });

  it.each(RULE_IDS)('%s has as many questions and pitfalls in Chinese as in English', (rule) => {
    expect(GUIDANCE['zh-CN'][rule].questions.length).toBe(GUIDANCE.en[rule].questions.length);
    expect(GUIDANCE['zh-CN'][rule].avoid.length).toBe(GUIDANCE.en[rule].avoid.length);
  });

  it.each([
    ['en', /compan|opinion of|management/i],
    ['zh-CN', /公司|管理层|看法/],
  ] as [Lang, RegExp][])('never asks a new hire (%s) for opinions of the company, and says so', (lang, company) => {
    expect(questionsFor({ rules: ['new-hire'], core: false }, lang).filter((q) => company.test(q))).toEqual([]);
    expect(avoidFor({ rules: ['new-hire'], core: false }, lang)[1]).toMatch(company);
  });

  it.each([
    ['en', /never discuss.*team lead/i],
    ['zh-CN', /绝不.*组长/],
  ] as [Lang, RegExp][])('lead-flag (%s): the avoid-list forbids discussing the team lead', (lang, lead) => {
    expect(avoidFor({ rules: ['lead-flag'], core: false }, lang).some((a) => lead.test(a))).toBe(true);
  });

  it.each([
    // The only mention allowed is the team-lead role as a career step (top performers).
    ['en', /team lead(?!-)|supervisor|your lead\b/i, /overrule the team lead/i],
    ['zh-CN', /组长(?!或其他管理岗位)|主管/, /推翻组长/],
  ] as [Lang, RegExp, RegExp][])('(%s) no suggested question asks about the team lead; every type’s form avoids overruling them', (lang, lead, overrule) => {
    for (const rule of RULE_IDS) {
      for (const core of [false, true]) {
        const kind = { rules: [rule], core };
        expect(questionsFor(kind, lang).filter((q) => lead.test(q))).toEqual([]);
        const onForm = avoidFor(kind, lang).slice(0, AVOID_ON_FORM);
        expect(onForm.filter((a) => overrule.test(a))).toHaveLength(1);
        expect(onForm).toHaveLength(AVOID_ON_FORM);
        const few = questionsFor(kind, lang, {}, QUESTIONS_ON_FORM);
        expect(few.length).toBeGreaterThanOrEqual(5);
        expect(few.length).toBeLessThanOrEqual(6);
      }
    }
  });

  it.each([
    ['en', [/career/, /pay and your position/, /recognised/]],
    ['zh-CN', [/发展/, /薪酬和岗位/, /认可/]],
  ] as [Lang, RegExp[]][])('core staff (%s) get the retention questions on top of any type, within 8', (lang, retention) => {
    for (const rule of RULE_IDS) {
      const plain = questionsFor({ rules: [rule], core: false }, lang);
      const core = questionsFor({ rules: [rule], core: true }, lang);
      expect(core.length).toBeLessThanOrEqual(MAX_QUESTIONS);
      // The retention questions come last, after the type's own (which keep their order).
      retention.forEach((r, i) => expect(core[core.length - retention.length + i]).toMatch(r));
      expect(core.slice(0, -retention.length)).toEqual(plain.slice(0, core.length - retention.length));
      const avoid = avoidFor({ rules: [rule], core: true }, lang);
      const plainAvoid = avoidFor({ rules: [rule], core: false }, lang);
      expect(avoid.slice(0, plainAvoid.length)).toEqual(plainAvoid);
      expect(avoid.length).toBeGreaterThan(plainAvoid.length);
    }
  });

  it('merges several types: most urgent first, no repeats, capped at 8', () => {
    const q = questionsFor({ rules: ['swing-down', 'routine'], core: false }, 'en');
    expect(q).toHaveLength(MAX_QUESTIONS);
    const own = (rule: RuleId) => questionsFor({ rules: [rule], core: false }, 'en', {}, 99);
    // The more urgent swing-down questions come first; routine's fill what room is left.
    expect(q.slice(0, own('swing-down').length)).toEqual(own('swing-down'));
    expect(q.slice(own('swing-down').length)).toEqual(own('routine').filter((x) => !own('swing-down').includes(x)).slice(0, MAX_QUESTIONS - own('swing-down').length));
    const shared = questionsFor({ rules: ['lead-flag', 'routine'], core: false }, 'en');
    expect(new Set(shared).size).toBe(shared.length);
    const avoid = avoidFor({ rules: ['lead-flag', 'routine'], core: false }, 'en');
    expect(avoid.filter((a) => a.startsWith('Don’t promise'))).toHaveLength(1);
  });

  it.each(LANGS)('the always-rules (%s) cover length, room, work topics, notebook, listening, praise and routing', (lang) => {
    const all = [...ALWAYS[lang].before, ...ALWAYS[lang].during, ...ALWAYS[lang].after].join('\n');
    const expected =
      lang === 'en'
        ? [/30–60 minutes/, /quiet, neutral room/, /work, not private life/, /notebook/, /Listen more/, /Praise/, /routine talk/, /Schedule sheet/, /HR/]
        : [/30–60分钟/, /安静、中立/, /不谈私生活/, /笔记本/, /多听少说/, /表扬/, /例行面谈/, /面谈安排/, /人力资源/];
    for (const e of expected) expect(all).toMatch(e);
  });
});
