import type { Command } from 'commander';
import { addOptions } from './options.js';
import type { Out } from './output.js';
import type { FeedbackOpts } from './feedback-run.js';

export const CSV_FIELDS = ['lead', 'agentId', 'name', 'team', 'date', 'heldOn', 'rule', 'held', 'leadNote', 'nextStep', 'issues'] as const;

const HELP = `
Writes one sheet per team lead (named after the lead) from the talk archive: their agents' talks
since --since (held or not), the note for the lead, the next step and the issues routed to the
team lead (category mood/attitude). The private notes and the issues routed to others (HR, QA,
training, workforce management, the manager) are never on it.
JSON (--format json): {"since","leads":[{"lead","talks":[{"agentId","name","team","date","heldOn"|null,
"rule","held","leadNote"|null,"nextStep"|null,"issues":[{"category","text"|null}]}]}],"withoutLead"}.
CSV (--format csv): ${CSV_FIELDS.join(',')} (one row per talk; issues as "Category: text" lines).
`;

export function register(program: Command, out: Out): void {
  const cmd = program
    .command('feedback')
    .description('Write the feedback for the team leads after the talks: one sheet per lead with their agents\' talks, the note for the lead, issues routed to the lead and next steps (never the private notes).');
  addOptions(cmd, ['feedbackSince', 'today', 'history', 'feedbackOutput', 'force', 'feedbackFormat', 'lang'])
    .addHelpText('after', HELP)
    .action(async (o: FeedbackOpts) => (await import('./feedback-run.js')).feedbackAction(out, o));
}
