/** The only place that writes to stdout/stderr. */
export interface Out {
  data(text: string): void;
  message(text: string): void;
  /** Replaces the progress line on stderr (no newline); '' clears it. */
  progress(text: string): void;
  readonly stdoutIsTTY: boolean;
  /** The terminal's width when stdout is one, else $COLUMNS when set (tables fit it). */
  readonly columns?: number;
  readonly stderrIsTTY: boolean;
}

export const processOut: Out = {
  data: (text) => {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  },
  message: (text) => {
    process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
  },
  progress: (text) => {
    process.stderr.write(`\r\u001b[K${text}`);
  },
  get columns() {
    if (process.stdout.isTTY) return process.stdout.columns;
    const env = Number(process.env.COLUMNS);
    return Number.isInteger(env) && env > 0 ? env : undefined;
  },
  get stdoutIsTTY() {
    return !!process.stdout.isTTY;
  },
  get stderrIsTTY() {
    return !!process.stderr.isTTY;
  },
};

export type Format = 'table' | 'json' | 'csv';
