import { copyFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { TalksError } from '../errors.js';
import { readBook } from '../io/read/xlsx/book.js';
import { ZipFile } from '../io/read/xlsx/zip.js';
import { checkOutputPath, openInExcel } from '../io/write/atomic.js';
import { letterOf, readLeadLoop, type FormSlot, type LeadLoop } from '../io/outcomes/lead-questions.js';
import { REF_COLUMN } from '../io/write/workbook/form-fields.js';
import { leadQuestionsHeight, leadQuestionsText } from '../io/write/workbook/prep-blocks.js';
import { FORM_WIDTH } from '../io/write/workbook/prep-sheet.js';
import { rewriteWorkbook, type RowPatch } from '../io/write/workbook/sheet-patch.js';
import { LANGS, SHEET_NAMES, type Lang } from '../text/labels.js';
import { PREP_PLAN_TEXT } from '../text/lead-loop.js';
import { renderWarning } from './render-error.js';
import type { Out } from './output.js';

const REF_LETTER = letterOf(REF_COLUMN);

/** A plan workbook (rather than a roster): an .xlsx with a Schedule and a Team leads sheet, in either language. */
export async function isPlanWorkbook(file: string): Promise<boolean> {
  if (extname(file).toLowerCase() !== '.xlsx') return false;
  try {
    const names = new Set((await readBook(await ZipFile.open(file))).sheets.map((s) => s.name));
    return LANGS.some((l) => names.has(SHEET_NAMES[l].schedule) && names.has(SHEET_NAMES[l].leads));
  } catch {
    return false;
  }
}

const keyOf = (k: { agentId: string; date: string; rule: string }) => `${k.agentId}\u0000${k.date}\u0000${k.rule}`;

interface Change {
  slot: FormSlot;
  text: string;
  asked: boolean;
}

/** What each form's lead-questions cell should say now; refuses a cell changed by hand. */
function changes(loop: LeadLoop, wbLang: Lang, file: string, lang: Lang, out: Out): Change[] {
  const t = PREP_PLAN_TEXT[lang];
  const asked = new Map(loop.questions.map((q) => [keyOf(q.key), q]));
  const slots = new Set(loop.slots.map((s) => keyOf(s.key)));
  for (const q of loop.questions) {
    if (q.questions.length && !slots.has(keyOf(q.key))) out.message(renderWarning({ code: 'question-without-form', message: t.noForm(t.cell(q.at.sheet, q.at.cell), q.key.agentId) }, lang));
  }
  const result = loop.slots.map((slot) => {
    const questions = asked.get(keyOf(slot.key))?.questions ?? [];
    return { slot, text: leadQuestionsText(questions, wbLang), asked: questions.length > 0 };
  });
  const edited = result.filter(({ slot, text }) => slot.current !== '' && slot.current !== slot.written && slot.current !== text);
  if (edited.length) {
    const cells = edited.map(({ slot }) => `  ${t.cell(slot.sheet, `${slot.letter}${slot.row}`)}: ${slot.current.split('\n')[0]}`);
    throw new TalksError('prep-hand-edited', [t.handEdited, ...cells].join('\n'), { file, hint: t.handEditedHint(loop.leadsSheet ?? SHEET_NAMES[wbLang].leads) });
  }
  return result;
}

function backupPath(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}.backup${extname(file)}`);
}

/**
 * `talks prep PLAN.xlsx`: brings the questions the team leads wrote in the Team leads sheet
 * onto the prep forms of the same workbook. Only the forms' lead-questions cells change; every
 * other cell, the typed outcomes, plans and notes included, is carried over as it was. Written
 * in place (the workbook as it was is kept beside it as NAME.backup.xlsx), or to -o FILE.
 */
export async function prepPlanWorkbook(out: Out, file: string, o: { output?: string; force?: boolean }, lang: Lang): Promise<void> {
  const t = PREP_PLAN_TEXT[lang];
  const dest = o.output ?? file;
  if (o.output !== undefined) checkOutputPath(dest, [file], !!o.force);
  else if (openInExcel(file)) throw new TalksError('prep-open', t.openInExcel(file), { file, hint: t.openHint });
  const loop = await readLeadLoop(file);
  if (!loop.leadsSheet) throw new TalksError('prep-no-leads', t.noLeadsSheet, { file, hint: t.noLeadsHint });
  if (loop.slotless.length) throw new TalksError('prep-old-forms', t.oldForms(loop.slotless.map((s) => `"${s}"`).join(', ')), { file, hint: t.oldFormsHint });
  const wbLang = loop.leadsSheet === SHEET_NAMES['zh-CN'].leads ? 'zh-CN' : 'en';
  const all = changes(loop, wbLang, file, lang, out);
  const patches = new Map<string, RowPatch>();
  for (const { slot, text } of all) {
    if (slot.current === text && slot.written === text) continue;
    const height = leadQuestionsHeight(text, FORM_WIDTH);
    patches.set(slot.sheet, { row: slot.row, height, cells: [{ letter: slot.letter, text }, { letter: REF_LETTER, text }] });
  }
  if (patches.size === 0 && dest === file) return out.message(t.unchanged(file));
  const backup = dest === file ? backupPath(file) : undefined;
  if (backup) copyFileSync(file, backup);
  const missing = await rewriteWorkbook(file, dest, patches);
  if (missing.length) throw new TalksError('prep-row-missing', t.rowMissing(missing.map((s) => `"${s}"`).join(', ')), { file });
  const asked = all.filter((c) => c.asked).map((c) => c.slot.sheet);
  out.message(t.wrote(dest, asked, all.length - asked.length));
  if (backup) out.message(t.backup(backup));
}
