import { basename } from 'node:path';
import type { Out } from './output.js';
import { grouped } from '../text/count.js';

/** A progress line for long reads: only on a terminal, on stderr, gone when done. */
export function progressLine(out: Out): { onProgress?: (file: string, rows: number) => void; done(): void } {
  if (!out.stderrIsTTY) return { done: () => undefined };
  let shown = false;
  return {
    onProgress: (file, rows) => {
      shown = true;
      out.progress(`Reading ${basename(file)}: ${grouped(rows)} rows…`);
    },
    done: () => {
      if (shown) out.progress('');
    },
  };
}
