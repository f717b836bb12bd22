/**
 * The help text of the commands in Chinese (the English is where each command is declared):
 * what each command does and what its arguments are. Options' help is in src/options/table.ts.
 */
export const COMMAND_HELP_ZH: Record<string, { summary: string; args?: Record<string, string> }> = {
  talks: { summary: '根据HR花名册和KPI导出文件，安排本周的一对一面谈。' },
  plan: {
    summary: '安排本周的一对一面谈，并写出计划工作簿（日程、组长清单、待办、面谈准备表）。',
    args: { roster: 'HR花名册（.xlsx 或 .csv）；未给 --kpi 时使用其中的KPI工作表' },
  },
  prep: {
    summary: '把一名坐席可打印的面谈准备表写成单独的工作簿，即使本周没有为其安排面谈。',
    args: { roster: 'HR花名册（.xlsx 或 .csv）；未给 --kpi 时使用其中的KPI工作表' },
  },
  rank: {
    summary: '按最近 4 个周期的KPI综合分给坐席排名（标出前 20% 和核心 3%）。',
    args: { roster: 'HR花名册（.xlsx 或 .csv）；不写时只对KPI文件中的坐席排名' },
  },
  record: {
    summary: '把计划工作簿中填写的面谈结果（日程表的是否已面谈、面谈日期、问题类别、问题、备注列，以及每张面谈准备表的结果、改进计划和给组长的备注）存入面谈档案；同一工作簿再记录一次不会改变任何内容。',
    args: { plan: '"talks plan" 写出的计划工作簿（.xlsx），已填写结果列' },
  },
  history: { summary: '列出档案中的面谈，最新的在前。', args: { agent: '只看这名坐席（工号）' } },
  issues: { summary: '按负责人列出已面谈中提出的问题；常见问题在前。' },
  check: {
    summary: '检查输入文件：识别出的列、按程序读法显示的示例值、找到的周期以及所有问题。',
    args: { roster: 'HR花名册（.xlsx 或 .csv）；不写时只检查KPI文件' },
  },
  init: {
    summary: '根据您的文件写出初始的 talks.config.json：列名、语言和日历、默认容量和时间。',
    args: { roster: 'HR花名册（.xlsx 或 .csv）' },
  },
};
