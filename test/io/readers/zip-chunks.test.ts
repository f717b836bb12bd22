import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ZipFile } from '../../../src/io/read/xlsx/zip.js';
import { buildZip } from '../../helpers/zip-build.js';

/**
 * The zip reader hands an entry's inflated bytes on 64 KiB at most at a time: every byte once
 * and in order, no chunk larger than 64 KiB (the text scanner makes a string of a chunk, which
 * must stay young-generation garbage), and a part that gives more than it declared is stopped
 * before a byte past the declared size is handed on.
 */
const dir = mkdtempSync(join(tmpdir(), 'talks-zip-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Text that deflates ~4:1, so that one step of output is many chunks and does not end on a chunk's edge. */
function sheetLike(bytes: number): Buffer {
  let seed = 7;
  const parts: string[] = [];
  let size = 0;
  for (let r = 1; size < bytes; r++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const row = `<row r="${r}"><c r="A${r}" t="s"><v>${seed % 5000}</v></c><c r="B${r}"><v>${(seed >>> 8) % 100000}</v></c></row>`;
    parts.push(row);
    size += row.length;
  }
  return Buffer.from(parts.join('').slice(0, bytes), 'latin1');
}

async function chunksOf(file: string, name: string): Promise<{ chunks: Buffer[]; error?: unknown }> {
  const zip = await ZipFile.open(file);
  const entry = zip.entries.get(name);
  if (!entry) throw new Error(`no ${name}`);
  const chunks: Buffer[] = [];
  try {
    for await (const c of zip.chunks(entry)) chunks.push(Buffer.from(c));
  } catch (error) {
    return { chunks, error };
  }
  return { chunks };
}

describe('ZipFile.chunks', () => {
  it('hands on every inflated byte in order, 64 KiB at most at a time', async () => {
    for (const size of [0, 1, 65_535, 65_536, 65_537, 262_144, 262_145, 1_300_001]) {
      const data = sheetLike(size);
      const file = join(dir, `whole-${size}.zip`);
      writeFileSync(file, buildZip([{ name: 'xl/worksheets/sheet1.xml', data }]));
      const { chunks, error } = await chunksOf(file, 'xl/worksheets/sheet1.xml');
      expect(error).toBeUndefined();
      expect(Buffer.concat(chunks).equals(data), `size ${size}`).toBe(true);
      expect(Math.max(0, ...chunks.map((c) => c.length))).toBeLessThanOrEqual(65_536);
      expect(chunks.every((c) => c.length > 0)).toBe(true);
      if (size > 65_536) expect(chunks.length).toBeGreaterThanOrEqual(Math.ceil(size / 65_536));
    }
  });

  it('stops a part that inflates to more than it declared before handing on a byte past it', async () => {
    const data = sheetLike(1_000_000);
    for (const declared of [100_000, 262_144, 300_000]) {
      const file = join(dir, `lies-${declared}.zip`);
      writeFileSync(file, buildZip([{ name: 'xl/worksheets/sheet1.xml', data, declaredSize: declared }]));
      const { chunks, error } = await chunksOf(file, 'xl/worksheets/sheet1.xml');
      expect((error as { code?: string } | undefined)?.code).toBe('xlsx-part-lies');
      const handed = Buffer.concat(chunks);
      expect(handed.length).toBeLessThanOrEqual(declared);
      expect(handed.length).toBeGreaterThan(declared - 65_536);
      expect(handed.equals(data.subarray(0, handed.length))).toBe(true);
    }
  });
});
