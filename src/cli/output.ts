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
  /** Waits until the data written so far has left; the error when stdout could not take it. */
  flush?(): Promise<NodeJS.ErrnoException | undefined>;
}

/** The first failed write to stdout (a closed pipe, a full disk): reported once, by flush. */
let stdoutFailure: NodeJS.ErrnoException | undefined;
let watching = false;

/** A failed write to stdout or stderr is an 'error' event, which would end the process with a stack trace. */
function watchStreams(): void {
  if (watching) return;
  watching = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    stdoutFailure ??= e;
  });
  // Nowhere left to say anything: a failed message is dropped.
  process.stderr.on('error', () => undefined);
}

export const processOut: Out = {
  data: (text) => {
    watchStreams();
    if (stdoutFailure) return;
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  },
  message: (text) => {
    watchStreams();
    if (process.stderr.destroyed) return;
    process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
  },
  flush: () =>
    new Promise((resolve) => {
      watchStreams();
      if (stdoutFailure || process.stdout.destroyed) return resolve(stdoutFailure);
      // The 'error' event comes just after the callback of the failed write.
      process.stdout.write('', (e) => setImmediate(() => resolve(stdoutFailure ?? e ?? undefined)));
    }),
  progress: (text) => {
    watchStreams();
    if (process.stderr.destroyed) return;
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
