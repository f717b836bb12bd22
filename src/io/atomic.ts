import { existsSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { TalksError } from '../errors.js';

function samePath(a: string, b: string): boolean {
  const norm = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  return norm(a) === norm(b);
}

/**
 * Checked before anything is read or written: the output's folder exists, the output is not a
 * folder or an input file, and an existing file is replaced only with --force. `option` names
 * the option that sets this output, for the hint.
 */
export function checkOutputPath(out: string, inputs: string[], force: boolean, option = '-o'): void {
  const usage = (code: string, message: string, hint: string) => new TalksError(code, message, { hint, exitCode: 2 });
  const dir = dirname(resolve(out));
  if (!existsSync(dir)) throw usage('output-folder', `The folder ${dir} does not exist.`, `Create the folder first, or choose another file with ${option} FILE.`);
  if (existsSync(out) && statSync(out).isDirectory()) throw usage('output-is-folder', `${out} is a folder.`, `Give a file name with ${option} FILE, e.g. ${option} ${join(out, basename(out) || 'plan')}.xlsx.`);
  for (const input of inputs) {
    if (samePath(out, input)) throw usage('output-is-input', `Refusing to write the output over the input file ${input}.`, `Choose another output file with ${option} FILE.`);
  }
  if (existsSync(out) && !force) throw usage('output-exists', `${out} already exists.`, `Add --force to replace it, or choose another file with ${option} FILE.`);
}

/** Writes a file whole or not at all: a temp file beside it, then a rename. */
export function writeFileAtomic(path: string, data: Buffer | string): void {
  const dir = dirname(resolve(path));
  if (!existsSync(dir)) {
    throw new TalksError('output-folder', `The folder ${dir} does not exist.`, { hint: 'Create the folder first or choose another output path.', exitCode: 2 });
  }
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw new TalksError('output-write', `Could not write ${path}: ${e instanceof Error ? e.message : String(e)}`, {
      hint: 'Check that the file is not open in Excel and that the folder is writable.',
    });
  }
}
