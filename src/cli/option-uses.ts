import { Command } from 'commander';
import type { OptionUses } from '../options/settings-list.js';
import type { OptionId } from '../options/table.js';
import { COMMANDS } from './commands.js';
import { tableOptionId } from './options.js';
import type { Out } from './output.js';

const NOWHERE: Out = { data: () => undefined, message: () => undefined, progress: () => undefined, stdoutIsTTY: false, stderrIsTTY: false };

/** Every command, in `talks --help` order, and the commands that take each option of the table, as their `addOptions` calls say. */
export function optionUses(): OptionUses {
  const program = new Command();
  for (const register of COMMANDS) register(program, NOWHERE);
  const uses = new Map<OptionId, string[]>();
  for (const cmd of program.commands) {
    for (const o of cmd.options) {
      const id = tableOptionId(o);
      if (id) uses.set(id, [...(uses.get(id) ?? []), cmd.name()]);
    }
  }
  return { commands: program.commands.map((c) => c.name()), uses };
}
