import type { Lang } from './labels.js';

/** `talks prep PLAN.xlsx`: what it says, in the user's language. */
export const PREP_PLAN_TEXT: Record<
  Lang,
  {
    wrote: (file: string, withQuestions: string[], without: number) => string;
    backup: (file: string) => string;
    unchanged: (file: string) => string;
    noLeadsSheet: string;
    noLeadsHint: string;
    oldForms: (sheets: string) => string;
    oldFormsHint: string;
    handEdited: string;
    handEditedHint: (leads: string) => string;
    noForm: (cell: string, agent: string) => string;
    openInExcel: (file: string) => string;
    openHint: string;
    rowMissing: (sheets: string) => string;
    withAgent: string;
    /** Where a cell is: `sheet "A001 Chloe", cell B12`. */
    cell: (sheet: string, cell: string) => string;
    noAgent: string;
  }
> = {
  en: {
    cell: (sheet, cell) => `sheet "${sheet}", cell ${cell}`,
    wrote: (file, withQ, without) =>
      `Wrote ${file}: the team leads' questions are on ${withQ.length === 1 ? '1 prep form' : `${withQ.length} prep forms`}${withQ.length ? ` (${withQ.join(', ')})` : ''}; ${without === 1 ? '1 form has' : `${without} forms have`} none.`,
    backup: (file) => `The workbook as it was before: ${file}.`,
    unchanged: (file) => `Nothing to change in ${file}: every prep form already shows what the team leads wrote.`,
    noLeadsSheet: 'this workbook has no Team leads sheet written by talks (with its hidden codes), so there are no questions to bring onto the prep forms.',
    noLeadsHint: 'Pass a plan workbook written by "talks plan" (this release or later), or run "talks plan" again.',
    oldForms: (sheets) => `the prep forms ${sheets} have no cell for the team lead's questions: they were written by an older talks.`,
    oldFormsHint: 'Run "talks plan" again to get forms with that cell; the outcomes already typed can be recorded from this workbook first with "talks record".',
    handEdited: "the team lead's questions cell of these prep forms was changed by hand, and talks prep writes the leads' questions there; nothing was written:",
    handEditedHint: (leads) => `Move what you typed there to the note to the lead or the private notes (or into the ${leads} sheet), restore the cell, and run the command again.`,
    noForm: (cell, agent) => `${cell}: the question written for ${agent} has no prep form in this workbook; it stays in the Team leads sheet only.`,
    openInExcel: (file) => `${file} is open in Excel: writing it now would be overwritten (or lost) when Excel saves it.`,
    openHint: 'Save and close it in Excel, then run the command again; or write a copy with -o FILE.',
    rowMissing: (sheets) => `the lead-questions row of ${sheets} could not be found in the saved workbook; nothing was written.`,
    withAgent: '--agent picks an agent in a roster; a plan workbook already has every prep form.',
    noAgent: 'talks prep needs --agent ID with a roster (or a plan workbook written by "talks plan" instead of a roster).',
  },
  'zh-CN': {
    cell: (sheet, cell) => `工作表“${sheet}”，单元格 ${cell}`,
    wrote: (file, withQ, without) => `已写入 ${file}：${withQ.length} 张面谈准备表上有组长的问题${withQ.length ? `（${withQ.join('、')}）` : ''}；另有 ${without} 张没有。`,
    backup: (file) => `修改前的工作簿另存为：${file}。`,
    unchanged: (file) => `${file} 无需修改：每张面谈准备表都已显示组长填写的问题。`,
    noLeadsSheet: '这个工作簿没有 talks 写入的组长清单（含隐藏的编码列），因此没有可带到面谈准备表上的问题。',
    noLeadsHint: '请使用 "talks plan"（当前或更新版本）写出的面谈计划工作簿，或重新运行 "talks plan"。',
    oldForms: (sheets) => `面谈准备表 ${sheets} 没有放组长问题的格子：它们是旧版 talks 写出的。`,
    oldFormsHint: '请重新运行 "talks plan" 生成带该格子的准备表；已填写的面谈结果可先用 "talks record" 从这个工作簿记录。',
    handEdited: '以下面谈准备表上“组长提出的问题”格子被手动改过，而 talks prep 要在这里写入组长的问题；未写入任何内容：',
    handEditedHint: (leads) => `请把您在这里输入的内容移到“告知组长”或“私密备注”（或移到“${leads}”表），恢复该格子后重新运行命令。`,
    noForm: (cell, agent) => `${cell}：为 ${agent} 写的问题在这个工作簿中没有对应的面谈准备表，只保留在组长清单中。`,
    openInExcel: (file) => `${file} 正在 Excel 中打开：现在写入的内容会在 Excel 保存时被覆盖（或丢失）。`,
    openHint: '请在 Excel 中保存并关闭后重新运行命令；或用 -o 文件 写出一份副本。',
    rowMissing: (sheets) => `在已保存的工作簿中找不到 ${sheets} 的组长问题行；未写入任何内容。`,
    withAgent: '--agent 用于在花名册中选择坐席；面谈计划工作簿中已经有每个人的面谈准备表。',
    noAgent: 'talks prep 使用花名册时需要 --agent 工号（或者改为传入 "talks plan" 写出的面谈计划工作簿）。',
  },
};

/** `talks feedback`: the per-lead workbook and what the command says. */
export const FEEDBACK_TEXT: Record<
  Lang,
  {
    title: (lead: string, since: string) => string;
    headers: { date: string; heldOn: string; agentId: string; name: string; team: string; talkType: string; held: string; leadNote: string; nextStep: string; issues: string };
    wrote: (file: string, leads: number, talks: number) => string;
    withoutLead: (n: number) => string;
    none: (since: string, history: string) => string;
    fallbackSheet: string;
  }
> = {
  en: {
    title: (lead, since) => `Talk feedback for ${lead} · talks since ${since}`,
    headers: { date: 'Planned', heldOn: 'Held on', agentId: 'Agent ID', name: 'Name', team: 'Team', talkType: 'Talk type', held: 'Held', leadNote: 'Note for you', nextStep: 'Next step', issues: 'Issues for you to follow up' },
    wrote: (file, leads, talks) => `Wrote ${file}: ${leads === 1 ? '1 team lead' : `${leads} team leads`}, ${talks === 1 ? '1 talk' : `${talks} talks`}, one sheet per lead (no private notes).`,
    withoutLead: (n) => `${n === 1 ? '1 talk has' : `${n} talks have`} no team lead in the archive and ${n === 1 ? 'is' : 'are'} on no sheet.`,
    none: (since, history) => `No talks since ${since} in ${history}: nothing to send to the team leads. Run "talks record PLAN.xlsx" after the talks.`,
    fallbackSheet: 'Team lead',
  },
  'zh-CN': {
    title: (lead, since) => `面谈反馈：${lead} · ${since} 以来的面谈`,
    headers: { date: '计划日期', heldOn: '面谈日期', agentId: '工号', name: '姓名', team: '班组', talkType: '面谈类型', held: '是否已面谈', leadNote: '告知组长', nextStep: '下一步', issues: '需要您跟进的问题' },
    wrote: (file, leads, talks) => `已写入 ${file}：${leads} 位组长，${talks} 场面谈，每位组长一张表（不含私密备注）。`,
    withoutLead: (n) => `有 ${n} 场面谈在档案中没有组长，未放入任何表。`,
    none: (since, history) => `${history} 中没有 ${since} 以来的面谈：没有需要反馈给组长的内容。面谈后请运行 "talks record 面谈计划.xlsx"。`,
    fallbackSheet: '组长',
  },
};
