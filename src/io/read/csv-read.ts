import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { detectEncoding, checkEncoding, iconvLite } from './encoding.js';
import { UndecodableWatch } from './undecodable.js';
import { CsvLines } from './csv-lines.js';
import { CsvScanner } from './csv-scan.js';
import { scannedStream, type RawSheet, type ReadOptions } from './raw.js';

const SAMPLE_BYTES = 64 * 1024;

function readSample(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(SAMPLE_BYTES);
    const n = readSync(fd, buf, 0, SAMPLE_BYTES, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let inQuotes = false;
  let count = 0;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === delimiter && !inQuotes) count++;
  }
  return count;
}

/** The number of delimiters most lines share, and on how many lines. */
function consistency(lines: string[], delimiter: string): { lines: number; count: number } {
  const linesWith = new Map<number, number>();
  for (const line of lines) {
    const count = countOutsideQuotes(line, delimiter);
    if (count > 0) linesWith.set(count, (linesWith.get(count) ?? 0) + 1);
  }
  let best = { lines: 0, count: 0 };
  for (const [count, n] of linesWith) if (n > best.lines || (n === best.lines && count > best.count)) best = { lines: n, count };
  return best;
}

/**
 * Picks the delimiter (comma, semicolon or tab) that splits the most of the first lines into
 * the same number of fields. Consistency rather than the largest count, so that decimal commas
 * in a semicolon file (92,5) do not win over its semicolons.
 */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/).slice(0, 20).filter((l) => l.trim() !== '');
  let best = ',';
  let bestScore = { lines: 0, count: 0 };
  for (const d of [',', ';', '\t']) {
    const score = consistency(lines, d);
    if (score.lines > bestScore.lines || (score.lines === bestScore.lines && score.count > bestScore.count)) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** The records of a CSV file, one batch per decoded chunk; a batch is read before the next is asked for (it is reused). */
async function* csvBatches(file: string, opts: ReadOptions, watch: UndecodableWatch): AsyncGenerator<CsvLines> {
  const sample = readSample(file);
  const detected = detectEncoding(sample);
  const encoding = opts.encoding ? checkEncoding(opts.encoding) : detected.encoding;
  const iconv = iconvLite();
  const sampleText = iconv.decode(sample.subarray(detected.bomBytes), encoding);
  const scanner = new CsvScanner(detectDelimiter(sampleText));
  watch.encoding = encoding;
  const source = createReadStream(file, { start: opts.encoding ? 0 : detected.bomBytes, highWaterMark: 64 * 1024 });
  const decoded = source.pipe(iconv.decodeStream(encoding, { stripBOM: true })) as unknown as Readable;
  source.on('error', (e) => decoded.destroy(e));
  try {
    const lines = new CsvLines();
    for await (const chunk of decoded as AsyncIterable<string>) {
      lines.clear();
      watch.chunk(chunk);
      scanner.feedLines(chunk, lines);
      watch.lines(lines);
      if (lines.length > 0) yield lines;
    }
    lines.clear();
    scanner.endLines(lines);
    watch.lines(lines);
    if (lines.length > 0) yield lines;
  } finally {
    source.destroy();
    decoded.destroy();
  }
}

export function readCsv(file: string, opts: ReadOptions = {}): RawSheet[] {
  const watch = new UndecodableWatch();
  return [{ file, rows: scannedStream(csvBatches(file, opts, watch)), undecodable: () => watch.found() }];
}
