import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { detectEncoding, checkEncoding } from './encoding.js';
import type { RawRow, RawSheet, ReadOptions } from './raw.js';

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

/** Picks the delimiter (comma, semicolon or tab) that splits the first lines most. */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/).slice(0, 20).filter((l) => l.trim() !== '');
  let best = ',';
  let bestScore = -1;
  for (const d of [',', ';', '\t']) {
    let score = 0;
    for (const line of lines) {
      let inQuotes = false;
      let count = 0;
      for (const ch of line) {
        if (ch === '"') inQuotes = !inQuotes;
        else if (ch === d && !inQuotes) count++;
      }
      score = Math.max(score, count);
    }
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

async function* csvRows(file: string, opts: ReadOptions): AsyncGenerator<RawRow> {
  const sample = readSample(file);
  const detected = detectEncoding(sample);
  const encoding = opts.encoding ? checkEncoding(opts.encoding) : detected.encoding;
  const sampleText = iconv.decode(sample.subarray(detected.bomBytes), encoding);
  const delimiter = detectDelimiter(sampleText);
  const source = createReadStream(file, { start: opts.encoding ? 0 : detected.bomBytes });
  const decoded = source.pipe(iconv.decodeStream(encoding, { stripBOM: true }));
  const parser = decoded.pipe(
    parse({
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
    }),
  );
  source.on('error', (e) => parser.destroy(e));
  // info.lines is the line a record ends on; a quoted field with line breaks starts it earlier.
  // Empty lines are records too, so each record starts on the line after the previous one.
  let line = 1;
  for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield { row: line, cells: rec.record };
    line = rec.info.lines + 1;
  }
}

export function readCsv(file: string, opts: ReadOptions = {}): RawSheet[] {
  return [{ file, rows: csvRows(file, opts) }];
}
