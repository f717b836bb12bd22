import { extname } from 'node:path';
import { usageError } from '../errors.js';
import { leadFeedback, type FeedbackDocument } from '../followup/lead-feedback.js';
import { withArchive } from '../io/archive/archive.js';
import { checkOutputPath, writeFileAtomic } from '../io/write/atomic.js';
import { buildFeedbackWorkbook, issuesText } from '../io/write/workbook/feedback-workbook.js';
import { addDays } from '../model/day.js';
import type { Day } from '../model/types.js';
import { FEEDBACK_TEXT } from '../text/lead-loop.js';
import { localToday, resolveLang } from './context.js';
import type { Out } from './output.js';
import { renderCsv, renderJson } from './render.js';

import { CSV_FIELDS } from './feedback-fields.js';
import { FEEDBACK_FILE, SINCE_DAYS } from '../options/table.js';

/** The work of `talks feedback`, loaded only when the command runs (it needs the archive and exceljs). */
export interface FeedbackOpts {
  since?: Day;
  today?: Day;
  history: string;
  output?: string;
  force?: boolean;
  format: 'xlsx' | 'json' | 'csv';
  lang?: string;
}

function csv(doc: FeedbackDocument): string {
  const rows = doc.leads.flatMap((l) => l.talks.map((t) => [l.lead, t.agentId, t.name, t.team, t.date, t.heldOn, t.rule, t.held, t.leadNote, t.nextStep, issuesText(t, 'en')]));
  return renderCsv([...CSV_FIELDS], rows);
}

export async function feedbackAction(out: Out, o: FeedbackOpts): Promise<void> {
  const lang = resolveLang(o.lang);
  const t = FEEDBACK_TEXT[lang];
  const today = o.today ?? localToday();
  const since = o.since ?? addDays(today, -SINCE_DAYS.feedback);
  const file = o.output ?? FEEDBACK_FILE;
  if (o.format === 'xlsx') {
    if (extname(file).toLowerCase() !== '.xlsx') throw usageError('output-ext', { option: '-o', path: file, ext: '.xlsx', example: 'feedback.xlsx' });
    checkOutputPath(file, [o.history], !!o.force);
  } else if (o.output !== undefined) {
    throw usageError('feedback-o-format', { format: o.format });
  }
  const doc = leadFeedback(withArchive(o.history, 'read', (a) => a.talks()), since);
  if (o.format === 'json') return out.data(renderJson(doc));
  if (o.format === 'csv') return out.data(csv(doc));
  const talks = doc.leads.reduce((n, l) => n + l.talks.length, 0);
  if (doc.withoutLead) out.message(t.withoutLead(doc.withoutLead));
  if (talks === 0) return out.message(t.none(since, o.history));
  writeFileAtomic(file, Buffer.from(await buildFeedbackWorkbook(doc, today, lang).xlsx.writeBuffer()));
  out.message(t.wrote(file, doc.leads.length, talks));
}
