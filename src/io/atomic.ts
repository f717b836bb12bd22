import { existsSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { TalksError } from '../errors.js';

function samePath(a: string, b: string): boolean {
  const norm = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  return norm(a) === norm(b);
}

/** Refuses to write over an input file, or over an existing file without --force. */
export function checkOutputPath(out: string, inputs: string[], force: boolean): void {
  for (const input of inputs) {
    if (samePath(out, input)) {
      throw new TalksError('output-is-input', `Refusing to write the output over the input file ${input}.`, {
        hint: 'Choose another output file with -o FILE.',
        exitCode: 2,
      });
    }
  }
  if (existsSync(out) && !force) {
    throw new TalksError('output-exists', `${out} already exists.`, {
      hint: 'Add --force to replace it, or choose another file with -o FILE.',
      exitCode: 2,
    });
  }
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
