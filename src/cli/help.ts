import type { Command } from 'commander';
import type { Lang } from '../text/labels.js';
import { COMMAND_HELP } from '../text/command-help.js';
import type { CommandHelp, CommandName, HelpArgs } from '../text/command-help-types.js';
import { tableOptionHelp } from './options.js';

const HELP = new WeakMap<Command, (lang: Lang) => CommandHelp>();

/**
 * Gives a command its help from src/text/command-help.ts, rendered from `values` (the numbers and
 * field lists the code uses); it is set in the user's language by `applyHelp` before parsing.
 */
export function describe<K extends CommandName>(cmd: Command, name: K, ...values: HelpArgs[K] extends undefined ? [] : [HelpArgs[K]]): Command {
  HELP.set(cmd, (lang) => COMMAND_HELP[lang][name](values[0] as HelpArgs[K]));
  return cmd;
}

/** The summary, arguments, text after and every table option of each command, in `lang`. */
export function applyHelp(program: Command, lang: Lang): void {
  for (const cmd of [program, ...program.commands]) {
    const help = HELP.get(cmd)?.(lang);
    if (help) {
      cmd.description(help.summary);
      for (const a of cmd.registeredArguments) a.description = help.args?.[a.name()] ?? '';
      if (help.after) cmd.addHelpText('after', help.after);
    }
    for (const o of cmd.options) o.description = tableOptionHelp(o, lang) ?? o.description;
  }
}
