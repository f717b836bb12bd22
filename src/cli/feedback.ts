import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import { usageError } from '../errors.js';
import { leadFeedback, type FeedbackDocument } from '../followup/lead-feedback.js';
import { withArchive } from '../io/archive/archive.js';
import { checkOutputPath, writeFileAtomic } from '../io/write/atomic.js';
import { buildFeedbackWorkbook, issuesText } from '../io/write/workbook/feedback-workbook.js';
import { addDays } from '../model/day.js';
import type { Day } from '../model/types.js';
import { FEEDBACK_TEXT } from '../text/lead-loop.js';
import { localToday, resolveLang } from './context.js';
import { dayArg, historyOption, langOption } from './options.js';
import type { Out } from './output.js';
import { renderCsv, renderJson } from './render.js';

const DEFAULT_SINCE_DAYS = 14;
const DEFAULT_OUTPUT = 'talks-feedback.xlsx';
const CSV_FIELDS = ['lead', 'agentId', 'name', 'team', 'date', 'heldOn', 'rule', 'held', 'leadNote', 'nextStep', 'issues'] as const;

const HELP = `
Writes one sheet per team lead (named after the lead) from the talk archive: their agents' talks
since --since (held or not), the note for the lead, the next step and the issues routed to the
team lead (category mood/attitude). The private notes and the issues routed to others (HR, QA,
training, workforce management, the manager) are never on it.
JSON (--format json): {"since","leads":[{"lead","talks":[{"agentId","name","team","date","heldOn"|null,
"rule","held","leadNote"|null,"nextStep"|null,"issues":[{"category","text"|null}]}]}],"withoutLead"}.
CSV (--format csv): ${CSV_FIELDS.join(',')} (one row per talk; issues as "Category: text" lines).
`;

interface FeedbackOpts {
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

async function feedbackAction(out: Out, o: FeedbackOpts): Promise<void> {
  const lang = resolveLang(o.lang);
  const t = FEEDBACK_TEXT[lang];
  const today = o.today ?? localToday();
  const since = o.since ?? addDays(today, -DEFAULT_SINCE_DAYS);
  const file = o.output ?? DEFAULT_OUTPUT;
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

export function register(program: Command, out: Out): void {
  program
    .command('feedback')
    .description('Write the feedback for the team leads after the talks: one sheet per lead with their agents\' talks, the note for the lead, issues routed to the lead and next steps (never the private notes).')
    .addOption(new Option('--since <date>', `talks on or after this day (held on, else planned; default: ${DEFAULT_SINCE_DAYS} days before today)`).argParser(dayArg('--since')))
    .addOption(new Option('--today <date>', "today's date (default: the system date)").argParser(dayArg('--today')))
    .addOption(historyOption())
    .option('-o, --output <file>', `the workbook to write (default: ${DEFAULT_OUTPUT})`)
    .option('--force', 'replace the workbook if it exists')
    .addOption(new Option('--format <format>', 'xlsx writes the workbook; json or csv print to the terminal').choices(['xlsx', 'json', 'csv']).default('xlsx'))
    .addOption(langOption())
    .addHelpText('after', HELP)
    .action((o: FeedbackOpts) => feedbackAction(out, o));
}
