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
  /** 1 = bad input or data, 2 = usage. */
  readonly exitCode: 1 | 2;

  constructor(
    code: string,
    message: string,
    where: { file?: string; sheet?: string; row?: number; column?: string; hint?: string; exitCode?: 1 | 2 } = {},
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
  }
}

export function usageError(message: string, hint?: string): TalksError {
  return new TalksError('usage', message, { hint, exitCode: 2 });
}
