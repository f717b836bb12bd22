import { errorText, type ErrorArgs } from './text/errors.js';

/**
 * The one error type of the program. Deep code throws it with a code and a location;
 * only src/cli/main.ts turns it into a message and an exit code.
 */
export class TalksError extends Error {
  readonly code: string;
  readonly file?: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  readonly hint?: string;
  /** The values its message is made of, for rendering it in the user's language (src/text/errors.ts). */
  readonly args?: ErrorArgs;
  /** 1 = bad input or data, 2 = usage. */
  readonly exitCode: 1 | 2;

  constructor(
    code: string,
    message: string,
    where: { file?: string; sheet?: string; row?: number; column?: string; hint?: string; exitCode?: 1 | 2; args?: ErrorArgs } = {},
  ) {
    super(message);
    this.name = 'TalksError';
    this.code = code;
    this.file = where.file;
    this.sheet = where.sheet;
    this.row = where.row;
    this.column = where.column;
    this.hint = where.hint;
    this.exitCode = where.exitCode ?? 1;
    this.args = where.args;
  }
}

/** An error whose message and hint come from src/text/errors.ts, so that it can be shown in any language. */
export function textError(
  code: string,
  args: ErrorArgs,
  where: { file?: string; sheet?: string; row?: number; column?: string; exitCode?: 1 | 2 } = {},
): TalksError {
  const text = errorText('en', code, args);
  if (!text) throw new Error(`no text for error ${code}`);
  return new TalksError(code, text.message, { ...where, hint: text.hint, args });
}

export function usageError(message: string, hint?: string): TalksError {
  return new TalksError('usage', message, { hint, exitCode: 2 });
}

/** The same error, placed in `file` (and `sheet`) when the code that raised it did not know where it was. */
export function placed(e: TalksError, where: { file: string; sheet?: string }): TalksError {
  if (e.file !== undefined) return e;
  const { code, message, row, column, hint, exitCode, args } = e;
  return new TalksError(code, message, { file: where.file, sheet: e.sheet ?? where.sheet, row, column, hint, exitCode, args });
}
