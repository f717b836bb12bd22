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
  /** What the message lists one by one (record's bad cells, a roster's first row problems), for rendering in any language. */
  readonly items?: readonly unknown[];
  /** 1 = bad input or data, 2 = usage. */
  readonly exitCode: 1 | 2;

  constructor(
    code: string,
    message: string,
    where: { file?: string; sheet?: string; row?: number; column?: string; hint?: string; exitCode?: 1 | 2; args?: ErrorArgs; items?: readonly unknown[] } = {},
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
    this.items = where.items;
  }
}

/** An error whose message and hint come from src/text/errors.ts, so that it can be shown in any language. */
export function textError(
  code: string,
  args: ErrorArgs,
  where: { file?: string; sheet?: string; row?: number; column?: string; exitCode?: 1 | 2; items?: readonly unknown[] } = {},
): TalksError {
  const text = errorText('en', code, args, where.items);
  if (!text) throw new Error(`no text for error ${code}`);
  return new TalksError(code, text.message, { ...where, hint: text.hint, args });
}

/** A usage error (exit 2): a bad option value or combination; its text is in src/text/errors-usage.ts. */
export function usageError(code: string, args: ErrorArgs = {}): TalksError {
  return textError(code, args, { exitCode: 2 });
}

/** The same error, placed in `file` (and `sheet`) when the code that raised it did not know where it was. */
export function placed(e: TalksError, where: { file: string; sheet?: string }): TalksError {
  if (e.file !== undefined) return e;
  const { code, message, row, column, hint, exitCode, args, items } = e;
  return new TalksError(code, message, { file: where.file, sheet: e.sheet ?? where.sheet, row, column, hint, exitCode, args, items });
}
