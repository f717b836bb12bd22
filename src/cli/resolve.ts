import type { Command } from 'commander';
import { ISSUE_CATEGORIES } from '../text/labels.js';
import { addOptions } from './options.js';
import type { Out } from './output.js';
import type { ResolveOpts } from './resolve-run.js';

const HELP = `
Examples:
  talks resolve --category shift --text "Shift swaps answered within 2 days" --on 2026-12-10
  talks resolve A012/2026-11-23/1 --text "New billing screens course booked"
A category closes every open issue of it raised on or before --on (the day the change took
effect, default today); refs (from the Ref column of "talks issues") close exactly those issues.
The agents and issues it closes are shown. The next prep form of each agent who raised one asks
how the change works for them, until a talk with them is held after --on.
Categories: ${ISSUE_CATEGORIES.join(', ')} (or their names in English or Chinese).
JSON (--format json): {"resolution":{"id","on","category"|null,"text","issues":[ref...],"agents":[...]}}.
`;

export function register(program: Command, out: Out): void {
  const cmd = program
    .command('resolve')
    .description('Record what was done about an issue, or about a common issue category for everyone.')
    .argument('[refs...]', 'issues by their Ref from "talks issues", e.g. A012/2026-11-23/1');
  addOptions(cmd, ['category', 'text', 'on', 'today', 'history', 'resolveFormat', 'lang'])
    .addHelpText('after', HELP)
    .action(async (refs: string[], o: ResolveOpts) => (await import('./resolve-run.js')).resolveAction(out, refs, o));
}
