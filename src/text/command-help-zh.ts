import type { HelpTexts } from './command-help-types.js';
import { pct } from './share.js';

const ROSTER = 'HR花名册（.xlsx 或 .csv）';

export const COMMAND_HELP_ZH: HelpTexts = {
  talks: () => ({ summary: '根据HR花名册和KPI导出文件，安排本周的一对一面谈。' }),
  plan: () => ({
    summary: '安排本周的一对一面谈，并写出计划工作簿（日程、组长清单、待办、面谈准备表）。',
    args: { roster: `${ROSTER}；未给 --kpi 时使用其中的KPI工作表` },
  }),
  prep: () => ({
    summary: '把一名坐席可打印的面谈准备表写成单独的工作簿，即使本周没有为其安排面谈；或者给定计划工作簿时，把组长在“组长清单”工作表中写的问题带到各面谈准备表上。',
    args: { roster: `${ROSTER}（未给 --kpi 时使用其中的KPI工作表），或 "talks plan" 写出的计划工作簿` },
    after: `
给定计划工作簿时（talks prep 计划.xlsx）：组长在“组长清单”工作表中写的问题会写入各面谈准备表的
“组长提出的问题”单元格；其他内容一概不变，已填写的结果和备注也保留。工作簿原地改写，之前的版本
另存为同目录下的 计划.backup.xlsx；给 -o 文件 时则写出一个新工作簿。
`,
  }),
  rank: (v) => ({
    summary: `按最近 ${v.periods} 个周期的KPI综合分给坐席排名（标出前 ${pct(v.topShare)} 和核心 ${pct(v.coreShare)}）。`,
    args: { roster: `${ROSTER}；不写时只对KPI文件中的坐席排名` },
  }),
  record: () => ({
    summary:
      '把计划工作簿中填写的面谈结果（日程表的是否已面谈、面谈日期、问题类别、问题、备注列，以及每张面谈准备表的结果、改进计划和给组长的备注）存入面谈档案；同一工作簿再记录一次不会改变任何内容。',
    args: { plan: '"talks plan" 写出的计划工作簿（.xlsx），已填写结果列' },
  }),
  history: (v) => ({
    summary: '列出档案中的面谈，最新的在前。',
    args: { agent: '只看这名坐席（工号）' },
    after: `
JSON（--format json）：{"talks":[{"agentId","name","team","lead","date","heldOn"|null,"rule","held",
"category"|null,"issue"|null,"issues":[{"category"|null,"text"|null}],"notes"|null,
"plan":{"goal","metric","target","actions","review","support"}|null,"leadNote"|null,"nextStep"|null}]}，
最新的在前；"date" 为计划的面谈日期，"heldOn" 为实际面谈的日期（null：按计划日期进行），"rule" 为
面谈类型代码（如 lead-flag），"category" 为问题类别代码（skill、mood、shift、qa、pay、other）；
"category"/"issue" 重复 "issues" 的第一项。CSV：${v.csv}。
`,
  }),
  issues: (v) => ({
    summary: '按负责人列出已面谈中提出的问题；常见问题在前。',
    after: `
自 --since 以来，某一问题类别的未解决问题由 ${v.minAgents} 名或更多不同坐席提出时，即为共性问题：请统一
处理（"talks resolve --category 类别 --text ..."），再公布结果（"talks issues --notice -o 通告.md"）。
共性问题列在最前（标记为 ${v.mark}）。每个问题显示其状态（未解决，或在改进生效当天已解决）和编号
（坐席/面谈日期/问题序号），"talks resolve 编号" 使用该编号。
JSON（--format json）：{"issues":[{"ref","agentId","date","talkDate","rule","seq","category","owner","text",
"state","resolvedOn"|null,"resolution"|null}],"common":[{"category","owner","count","agents":[...]}],
"resolutions":[{"id","on","category"|null,"text","issues":[ref...],"agents":[...]}]}，其中 "category" 为
固定代码（skill、mood、shift、qa、pay、other），"owner" 为英文负责方（QA & training、Team lead、
Workforce management、QA、HR、Manager），"date" 为提出问题的日期（面谈日期，未面谈按计划日期），
"talkDate" 为所属面谈的计划日期，"state" 为 open 或 resolved。
CSV：${v.csv}。
--notice -o 文件（.md 或 .txt）按 --lang（或配置文件的语言）把 --since 以来所做的改进写成给团队的通告：
提出了什么、有多少人提出（${v.minCount} 人及以上时才写）、改了什么、从何时起。通告不写任何坐席的名字。
`,
  }),
  resolve: (v) => ({
    summary: '记录针对某个问题所做的改进，或针对某个共性问题类别为所有人所做的改进。',
    args: { refs: '"talks issues" 编号列中的问题编号，如 A012/2026-11-23/1' },
    after: `
示例：
  talks resolve --category shift --text "换班申请 2 天内答复" --on 2026-12-10
  talks resolve A012/2026-11-23/1 --text "已安排新计费界面培训"
按类别时，解决该类别在 --on（改进生效的日期，默认今天）当天或之前提出的所有未解决问题；按编号
（"talks issues" 的编号列）时只解决这些问题。会列出解决的坐席和问题。每位提出过问题的坐席的下一张
面谈准备表会询问改进对其效果如何，直到 --on 之后与其进行了面谈。
类别：${v.categories}（也可用中文或英文名称）。
JSON（--format json）：{"resolution":{"id","on","category"|null,"text","issues":[ref...],"agents":[...]}}。
`,
  }),
  impact: (v) => ({
    summary: '查看面谈是否有效：每次已进行的面谈之后与之前相比的KPI变化，按坐席和面谈类型。',
    args: { roster: `${ROSTER}；不写时使用KPI文件中的坐席` },
    after: `
对 --since（默认今天之前 ${v.days} 天）以来进行的每次面谈：若面谈约定了以某项KPI指标衡量的改进计划，
看该指标；否则对波动面谈，看引起波动的指标。之前 = 面谈前结束的 ${v.periods} 个KPI周期；之后 = 面谈当天
或之后开始的前 ${v.periods} 个周期（与跟进面谈准备表的算法相同）。之后还没有周期的面谈显示为“太近”。
JSON（--format json）：{"periodKind","afterPeriods","talks":[{"agentId","name","team","date","rule","basis",
"verdict","partial","metrics":[{"metric","before","since","periodsBefore","periodsSince","low","high",
"usual","target","verdict"}]}],"summary":[{"rule","basis","agents","better","notYet","tooRecent","noData","partial"}]}。
CSV：每次面谈的每项指标一行：${v.csv}。
`,
  }),
  feedback: (v) => ({
    summary: '面谈后写出给组长的反馈：每位组长一张工作表，含其坐席的面谈、给组长的备注、转给组长的问题和下一步（从不包含私人备注）。',
    after: `
根据面谈档案为每位组长写一张工作表（以组长命名）：其坐席自 --since 以来的面谈（无论是否已面谈）、
给组长的备注、下一步，以及转给组长的问题（类别为情绪/态度）。私人备注和转给其他负责方（HR、QA、
培训、排班、经理）的问题从不出现在其中。
JSON（--format json）：{"since","leads":[{"lead","talks":[{"agentId","name","team","date","heldOn"|null,
"rule","held","leadNote"|null,"nextStep"|null,"issues":[{"category","text"|null}]}]}],"withoutLead"}。
CSV（--format csv）：${v.csv}（每次面谈一行；问题写成“类别：内容”的多行）。
`,
  }),
  check: () => ({
    summary: '检查输入文件：识别出的列、按程序读法显示的示例值、找到的周期以及所有问题。',
    args: { roster: `${ROSTER}；不写时只检查KPI文件` },
  }),
  init: () => ({
    summary: '根据您的文件写出初始的 talks.config.json：列名、语言和日历、默认容量和时间。',
    args: { roster: ROSTER },
  }),
};
