import { DEFAULTS } from '../model/settings.js';
import { bool, hours, num, pair, texts } from './checks.js';
import { SHARED, h, json, same, type OptionDef } from './option-rows.js';

const S = DEFAULTS.schedule;
const R = DEFAULTS.rules;
const K = DEFAULTS.ranking;
const W = DEFAULTS.swing;

const rule = <K extends keyof typeof R>(key: K, en: string, zh: string) =>
  ({ config: `rules.${key}`, check: num(0, 3650), help: h(en, zh), shown: same(R[key]) }) as const satisfies OptionDef;
const SCHEDULE_ONLY = {
  talkMinutes: { config: 'schedule.talkMinutes', check: num(30, 60), help: h('length of a talk in minutes', '每场面谈的分钟数'), shown: same(S.talkMinutes) },
  gapMinutes: { config: 'schedule.gapMinutes', check: num(0, 120), help: h('minutes between talks', '面谈之间的间隔分钟数'), shown: same(S.gapMinutes) },
  hours: { config: 'schedule.hours', check: hours, help: h("the manager's hours for talks", '经理可用于面谈的时间段'), shown: json(S.hours) },
  rooms: { config: 'schedule.rooms', check: texts, help: h('where talks are held, used in turn', '面谈地点，轮流使用'), shown: h(JSON.stringify(S.rooms), '["会议室", "休息室"]') },
} satisfies Record<string, OptionDef>;

const SCHEDULE = { ...SHARED, ...SCHEDULE_ONLY };
const MANAGER_OWN = ['capacity', 'perDay', 'talkMinutes', 'gapMinutes', 'hours', 'rooms'] as const;
type ManagerOwn = { [K in (typeof MANAGER_OWN)[number] as `managers.${K}`]: OptionDef & { config: `managers.<name>.${K}`; check: (typeof SCHEDULE)[K]['check'] } };

/** A manager's own schedule settings (by the name in the roster's manager column). */
const managerOwn = Object.fromEntries(
  MANAGER_OWN.map((k) => {
    const d: OptionDef = SCHEDULE[k];
    return [`managers.${k}`, { config: `managers.<name>.${k}`, check: d.check, help: h(`one manager's own ${k} (${d.help.en})`, `某位经理自己的 ${k}（${d.help['zh-CN']}）`), shown: h('the schedule setting', '同 schedule 设置') }];
  }),
) as ManagerOwn;

/** Settings only the config file holds. */
export const CONFIG = {
  ...SCHEDULE_ONLY,
  pullForwardDays: {
    config: 'schedule.pullForwardDays',
    check: num(0, 90),
    help: h('days ahead a talk due later may be pulled into this week', '截止日在此天数内的面谈可提前到本周'),
    shown: same(S.pullForwardDays),
  },
  onboardingDays: rule('onboardingDays', 'days after hire during which an agent is a new hire', '入职后多少天内算新员工'),
  newHireDueDays: rule('newHireDueDays', "calendar days from hire to the new-hire talk's due date", '从入职到新员工面谈截止日的天数'),
  leadFlagDueWorkingDays: rule('leadFlagDueWorkingDays', "working days from a lead flag's report to the talk's due date", '从组长反馈到面谈截止日的工作日数'),
  swingDueWorkingDays: rule('swingDueWorkingDays', "working days from the latest KPI period's end to a swing talk's due date", '从最近KPI周期结束到波动面谈截止日的工作日数'),
  topPerformerMonths: rule('topPerformerMonths', 'months between top-performer talks', '优秀员工面谈的间隔月数'),
  routineMonths: rule('routineMonths', 'months between routine talks', '例行面谈的间隔月数'),
  guardDays: rule('guardDays', 'no top-performer, routine or swing-up talk within this many days of the last talk', '距上次面谈这么多天内不安排优秀员工、例行或上升波动面谈'),
  windowPeriods: { config: 'ranking.windowPeriods', check: num(1, 104), help: h('KPI periods the ranking looks back over', '排名回看的KPI周期数'), shown: same(K.windowPeriods) },
  topShare: { config: 'ranking.topShare', check: num(0, 1, false), help: h('share of agents marked top', '标为前列的坐席比例'), shown: same(K.topShare) },
  coreShare: { config: 'ranking.coreShare', check: num(0, 1, false), help: h('share of agents marked core', '标为核心的坐席比例'), shown: same(K.coreShare) },
  minTenureDays: { config: 'ranking.minTenureDays', check: num(0, 3650), help: h('days of tenure before an agent is ranked', '参与排名所需的在职天数'), shown: same(K.minTenureDays) },
  weights: { config: 'ranking.weights.<metric>', check: num(0, 100, false), help: h("each metric's weight in the composite score", '各指标在综合分中的权重'), shown: json(K.weights) },
  higherIsBetter: { config: 'ranking.higherIsBetter.<metric>', check: bool, help: h('whether a higher value of the metric is better', '该指标是否越高越好'), shown: json(K.higherIsBetter) },
  minPoints: { config: 'swing.minPoints', check: num(0, 100, false), help: h('the fewest points a KPI must move to be a swing', '构成波动所需的最小变化点数'), shown: same(W.minPoints) },
  madSigmas: { config: 'swing.madSigmas', check: num(0, 20, false), help: h('how many robust deviations (MAD) the move must pass', '变化须超过的稳健偏差（MAD）倍数'), shown: same(W.madSigmas) },
  minBaseline: { config: 'swing.minBaseline', check: num(1, 52), help: h('the fewest earlier periods a swing is judged against', '判断波动所需的最少历史周期数'), shown: same(W.minBaseline) },
  maxBaseline: { config: 'swing.maxBaseline', check: num(1, 104), help: h('the most earlier periods a swing is judged against', '判断波动最多使用的历史周期数'), shown: same(W.maxBaseline) },
  aliases: { config: 'aliases.<field>', check: texts, help: h('more column headers read as this field, e.g. {"agentId": ["Staff No"]}', '读作该字段的其他列名，如 {"agentId": ["Staff No"]}') },
  questions: { config: 'questions.<lang>.<rule>', check: texts, help: h('your own prep-sheet questions, per language and talk type (or "core")', '面谈准备表上的自定义问题，按语言和面谈类型（或 "core"）') },
  ...managerOwn,
  shifts: { config: 'shifts.<name>', check: pair, help: h('a shift your files write by name: ["start", "end"]', '文件中按名称书写的班次：["开始", "结束"]') },
} satisfies Record<string, OptionDef>;
