import { Command, CommanderError } from 'commander';
import { TalksError } from '../errors.js';
import { processOut, type Out } from './output.js';
import { renderError } from './render-error.js';
import { COMMANDS } from './commands.js';

export function buildProgram(out: Out): Command {
  const program = new Command();
  program
    .name('talks')
    .description("Plan the week's one-on-one talks from an HR roster and KPI exports.")
    .version('0.1.0')
    .showHelpAfterError('(run "talks --help" or "talks <command> --help" for usage)')
    .configureOutput({
      writeOut: (s) => out.data(s),
      writeErr: (s) => out.message(s),
    })
    .exitOverride();
  for (const register of COMMANDS) register(program, out);
  for (const cmd of program.commands) {
    cmd.exitOverride();
    cmd.showHelpAfterError(`(run "talks ${cmd.name()} --help" for usage)`);
  }
  return program;
}

/** Runs the CLI; the only place that turns errors into exit codes. */
export async function main(argv: string[], out: Out = processOut): Promise<number> {
  const program = buildProgram(out);
  let code = 0;
  try {
    await program.parseAsync(argv);
  } catch (e) {
    code = exitCodeFor(e, out);
  }
  if (out === processOut) process.exitCode = code;
  return code;
}

function exitCodeFor(e: unknown, out: Out): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return 0;
    return 2;
  }
  if (e instanceof TalksError) {
    out.message(renderError(e));
    return e.exitCode;
  }
  const msg = e instanceof Error ? e.message : String(e);
  if (process.env.TALKS_DEBUG && e instanceof Error) out.message(e.stack ?? "");
  out.message(`talks: unexpected problem: ${msg}\nPlease report it with the command you ran.`);
  return 1;
}
