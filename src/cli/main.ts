import { Command, CommanderError, Help } from 'commander';
import { TalksError, textError } from '../errors.js';
import type { Lang } from '../text/labels.js';
import { systemFailure } from '../text/errors.js';
import { resolveLang } from './context.js';
import { configLanguage } from '../io/config-file.js';
import { processOut, type Out } from './output.js';
import { renderError } from './render-error.js';
import { COMMANDS } from './commands.js';
import { applyHelp, describe } from './help.js';
import { addOptions } from './options.js';
import { commanderError, HELP_WORDS } from '../text/commander.js';

function buildProgram(out: Out, lang: Lang): Command {
  const words = HELP_WORDS[lang];
  const program = new Command();
  describe(program, 'talks')
    .name('talks')
    .version('0.1.0', '-V, --version', words.version)
    .helpOption('-h, --help', words.help)
    .helpCommand('help [command]', words.helpCommand)
    .showHelpAfterError(words.afterError())
    .configureOutput({
      writeOut: (s) => out.data(s),
      writeErr: (s) => out.message(s),
      outputError: (s, write) => write(commanderError(lang, s)),
    })
    // Defaults and choices are in each option's help, from the option table, in the user's language.
    .configureHelp({
      styleTitle: (title) => words.titles[title] ?? title,
      optionDescription: (o) => o.description,
      commandUsage(this: Help, cmd) {
        return words.usage(Help.prototype.commandUsage.call(this, cmd));
      },
      subcommandTerm(this: Help, cmd) {
        return words.usage(Help.prototype.subcommandTerm.call(this, cmd));
      },
    })
    .exitOverride();
  passLangOn(addOptions(program, ['lang']).enablePositionalOptions());
  for (const register of COMMANDS) register(program, out);
  applyHelp(program, lang);
  for (const cmd of program.commands) {
    cmd.exitOverride();
    cmd.helpOption('-h, --help', words.help);
    cmd.showHelpAfterError(words.afterError(cmd.name()));
  }
  return program;
}

/**
 * `talks --lang zh-CN plan …` is `talks plan … --lang zh-CN`: the program's own --lang (so that
 * `talks --lang zh-CN` and `talks --lang zh-CN --help` work) goes to the command, unless it has its own.
 * Program options stop at the command's name, so a command's --lang is the command's.
 */
function passLangOn(program: Command): void {
  program.hook('preSubcommand', (_, sub) => {
    const given = program.getOptionValue('lang') as string | undefined;
    if (given !== undefined && sub.options.some((o) => o.attributeName() === 'lang')) sub.setOptionValueWithSource('lang', given, 'cli');
  });
}

/** Runs the CLI; the only place that turns errors into exit codes. */
export async function main(argv: string[], out: Out = processOut): Promise<number> {
  const lang = messageLang(argv);
  const program = buildProgram(out, lang);
  let code = 0;
  try {
    await program.parseAsync(argv);
  } catch (e) {
    code = exitCodeFor(e, out, lang);
  }
  code = await afterFlush(out, code, lang);
  if (out === processOut) process.exitCode = code;
  return code;
}

/** What `talks … | head -1` gets from a program killed by SIGPIPE: 128 + 13. */
export const EXIT_PIPE_CLOSED = 141;

/** A reader that closed the pipe wanted no more: quiet, with the conventional status. Any other failure to write stdout fails the run. */
async function afterFlush(out: Out, code: number, lang: Lang): Promise<number> {
  const failure = await out.flush?.();
  if (!failure) return code;
  if (failure.code === 'EPIPE') return EXIT_PIPE_CLOSED;
  if (code !== 0) return code;
  out.message(renderError(textError('stdout-failed', systemFailure(failure)), lang));
  return 1;
}

/** The value of the last `--name VALUE` or `--name=VALUE` in argv (a command's own --lang beats the program's, as in commander). */
function optionIn(argv: string[], name: string): string | undefined {
  const at = argv.findLastIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at < 0) return undefined;
  return argv[at].startsWith(`${name}=`) ? argv[at].slice(name.length + 1) : argv[at + 1];
}

/** The language of messages: `--lang` when given and valid, else the config's language, else the system locale. */
function messageLang(argv: string[]): Lang {
  try {
    return resolveLang(optionIn(argv, '--lang') ?? configLanguage(optionIn(argv, '--config')));
  } catch {
    return resolveLang(undefined);
  }
}

function exitCodeFor(e: unknown, out: Out, lang: Lang): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return 0;
    return 2;
  }
  if (e instanceof TalksError) {
    out.message(renderError(e, lang));
    return e.exitCode;
  }
  const msg = e instanceof Error ? e.message : String(e);
  if (process.env.TALKS_DEBUG && e instanceof Error) out.message(e.stack ?? "");
  out.message(renderError(textError('unexpected', { detail: msg }), lang));
  return 1;
}

/**
 * The planning and the workbook writer as `talks plan` loads them (from the `work` chunk, exceljs
 * from `libs`), and what it does between the two: test/bench's "workbook write" cases time the
 * built bundle through this.
 */
export async function planWriter() {
  const [{ runPlan }, { writePlanWorkbook }, { addPrepSheets }, { afterTheRead }] = await Promise.all([
    import('./plan-run.js'),
    import('../io/write/workbook/plan-workbook.js'),
    import('../io/write/workbook/prep-sheets.js'),
    import('./plan-heap.js'),
  ]);
  return { runPlan, writePlanWorkbook, addPrepSheets, afterTheRead };
}
