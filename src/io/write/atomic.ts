import { once } from 'node:events';
import { createWriteStream, existsSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { basename, dirname, join, resolve } from 'node:path';
import { TalksError, textError } from '../../errors.js';
import { systemFailure } from '../../text/errors.js';

function samePath(a: string, b: string): boolean {
  const norm = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  return norm(a) === norm(b);
}

/** Excel keeps a `~$name.xlsx` lock file beside a workbook while it is open. */
export function openInExcel(file: string): boolean {
  return existsSync(join(dirname(resolve(file)), `~$${basename(file)}`));
}

/**
 * Checked before anything is read or written: the output's folder exists, the output is not a
 * folder or an input file, and an existing file is replaced only with --force. `option` names
 * the option that sets this output, for the hint.
 */
export function checkOutputPath(out: string, inputs: string[], force: boolean, option = '-o'): void {
  const dir = dirname(resolve(out));
  const usage = (code: string, message: string, hint: string) => new TalksError(code, message, { hint, exitCode: 2, args: { dir, path: out, option } });
  if (!existsSync(dir)) throw usage('output-folder', `The folder ${dir} does not exist.`, `Create the folder first, or choose another file with ${option} FILE.`);
  if (existsSync(out) && statSync(out).isDirectory()) throw usage('output-is-folder', `${out} is a folder.`, `Give a file name with ${option} FILE, e.g. ${option} ${join(out, basename(out) || 'plan')}.xlsx.`);
  for (const input of inputs) {
    if (samePath(out, input)) throw usage('output-is-input', `Refusing to write the output over the input file ${input}.`, `Choose another output file with ${option} FILE.`);
  }
  if (existsSync(out) && !force) throw usage('output-exists', `${out} already exists.`, `Add --force to replace it, or choose another file with ${option} FILE.`);
  if (existsSync(out) && openInExcel(out)) throw usage('output-open', `${out} is open in Excel.`, `Close it in Excel first, or choose another file with ${option} FILE.`);
}

/** The temp file beside `path` that is renamed over it when complete. */
function tempPathFor(path: string): string {
  const dir = dirname(resolve(path));
  if (!existsSync(dir)) {
    throw new TalksError('output-folder', `The folder ${dir} does not exist.`, { hint: 'Create the folder first or choose another output path.', exitCode: 2, args: { dir } });
  }
  return join(dir, `.${basename(path)}.${process.pid}.tmp`);
}

function writeError(path: string, e: unknown): TalksError {
  return textError('output-write', { path, ...systemFailure(e) });
}

/** A failed system call (open, write, rename …), as opposed to an error in the code producing the data. */
function isSystemError(e: unknown): boolean {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

/** Writes a file whole or not at all: a temp file beside it, then a rename. */
export function writeFileAtomic(path: string, data: Buffer | string): void {
  const tmp = tempPathFor(path);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw writeError(path, e);
  }
}

/**
 * Streams a file whole or not at all: `write` writes to a temp file beside it and resolves once
 * it has finished the stream; the file is then renamed into place. On failure the temp file is
 * removed; a failed write, open or rename becomes a TalksError with a hint, while an error
 * thrown by `write` itself is passed on as it is.
 */
export async function writeStreamAtomic(path: string, write: (out: Writable) => Promise<void>): Promise<void> {
  const tmp = tempPathFor(path);
  const out = createWriteStream(tmp);
  // Listening from the start: a stream error with no listener would end the process.
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  try {
    await Promise.race([write(out), failed]);
    // Renamed only once closed: Windows refuses to rename an open file.
    if (!out.closed) await Promise.race([once(out, 'close'), failed]);
    renameSync(tmp, path);
  } catch (e) {
    out.destroy();
    if (!out.closed) await once(out, 'close').catch(() => undefined);
    rmSync(tmp, { force: true });
    throw isSystemError(e) ? writeError(path, e) : e;
  }
}
