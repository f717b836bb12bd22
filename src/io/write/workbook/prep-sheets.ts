import type ExcelJS from 'exceljs';
import type { Plan } from '../../../model/plan.js';
import type { Lang } from '../../../text/labels.js';
import { addPrepSheet, type PrepContext, type PrepSubject } from './prep-sheet.js';
import { prepSheetName } from './prep-sheet-name.js';
import { addHowToSheet } from './how-to-sheet.js';

/**
 * The names of the workbook's sheets so far. A streamed workbook has no `worksheets` list, but
 * both kinds find their sheets by id, 1 upwards.
 */
function sheetNames(wb: ExcelJS.Workbook): string[] {
  const names: string[] = [];
  for (let id = 1; ; id++) {
    const ws = wb.getWorksheet(id);
    if (!ws) return names;
    names.push(ws.name);
  }
}

/**
 * Adds one prep sheet for a subject, named `<agent id> <name>` and unique in the workbook;
 * `taken` (the workbook's sheet names) is updated when given.
 */
export function addNamedPrepSheet(wb: ExcelJS.Workbook, subject: PrepSubject, ctx: PrepContext, taken: string[] = sheetNames(wb)): ExcelJS.Worksheet {
  const name = prepSheetName(subject.agent.id, subject.agent.name, taken);
  taken.push(name);
  return addPrepSheet(wb, name, subject, ctx);
}

/** One printable prep sheet per scheduled talk, after the fixed sheets, in schedule order. */
export function addPrepSheets(wb: ExcelJS.Workbook, plan: Plan, lang: Lang): void {
  const ctx: PrepContext = { today: plan.today, lang, trend: plan.trend, questions: plan.questions?.[lang] };
  const agents = new Map(plan.agents.map((a) => [a.id, a]));
  if (plan.talks.length > 0) addHowToSheet(wb, plan.today, lang);
  const taken = sheetNames(wb);
  for (const talk of plan.talks) {
    const agent = agents.get(talk.agentId);
    if (!agent) continue;
    const facts = { agent, followUp: plan.followUps?.get(agent.id), lastTalk: plan.lastTalks.get(agent.id) };
    addNamedPrepSheet(wb, { ...facts, talk, status: { kind: 'scheduled' }, core: talk.core }, ctx, taken);
  }
}
