import type { Command } from 'commander';
import { ISSUE_CATEGORIES } from '../text/labels.js';
import { addOptions } from './options.js';
import type { Out } from './output.js';
import { describe } from './help.js';
import type { ResolveOpts } from './resolve-run.js';


export function register(program: Command, out: Out): void {
  const cmd = describe(program.command('resolve'), 'resolve', { categories: ISSUE_CATEGORIES.join(', ') })
    .argument('[refs...]');
  addOptions(cmd, ['category', 'text', 'on', 'today', 'history', 'resolveFormat', 'lang'])
    .action(async (refs: string[], o: ResolveOpts) => (await import('./resolve-run.js')).resolveAction(out, refs, o));
}
