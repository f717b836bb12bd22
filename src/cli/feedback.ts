import type { Command } from 'commander';
import { addOptions } from './options.js';
import type { Out } from './output.js';
import { describe } from './help.js';
import type { FeedbackOpts } from './feedback-run.js';
import { CSV_FIELDS } from './feedback-fields.js';

export function register(program: Command, out: Out): void {
  const cmd = describe(program.command('feedback'), 'feedback', { csv: CSV_FIELDS.join(',') });
  addOptions(cmd, ['feedbackSince', 'today', 'history', 'feedbackOutput', 'force', 'feedbackFormat', 'lang'])
    .action(async (o: FeedbackOpts) => (await import('./feedback-run.js')).feedbackAction(out, o));
}
