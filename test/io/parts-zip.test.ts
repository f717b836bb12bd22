import { createWriteStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import { crc32, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PartsZip } from '../../src/io/write/parts-zip.js';
import { tempDir } from '../helpers/cli.js';
import { workbookParts } from './workbook-parts.js';

type Part = { name: string; kind: 'string' | 'buffer' | 'stream'; pieces: string[] };

/** A part's data as exceljs's StreamBuf hands it to a pipe: buffers written one by one, then the end. */
function streamOf(pieces: string[]) {
  return {
    pipe(sink: { write(b: Buffer, done?: () => void): boolean; end(): void }) {
      // Written after the zip has piped it, as a sheet's rows come later.
      setImmediate(() => {
        for (const p of pieces) sink.write(Buffer.from(p, 'utf8'), () => undefined);
        sink.end();
      });
    },
  };
}

/** archiver takes a Node stream where exceljs gives it a StreamBuf. */
function sourceOf(p: Part, archiver: boolean): unknown {
  if (p.kind === 'string') return p.pieces.join('');
  if (p.kind === 'buffer') return Buffer.from(p.pieces.join(''), 'utf8');
  return archiver ? Readable.from(p.pieces.map((x) => Buffer.from(x, 'utf8'))) : streamOf(p.pieces);
}

/** Adds the parts to a zip (ours or archiver's) piped into a file, finalizes it, and waits for the file. */
async function zipTo(file: string, zip: EventEmitter & { pipe(o: NodeJS.WritableStream): unknown; append(s: unknown, d: { name: string }): unknown; finalize(): unknown }, parts: Part[]): Promise<void> {
  const out = createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    zip.on('error', reject);
  });
  zip.pipe(out);
  for (const p of parts) zip.append(sourceOf(p, !(zip instanceof PartsZip)), { name: p.name });
  await zip.finalize();
  await done;
}

/** Walks the zip's records as an unzip program reads them: each local record's CRC, sizes and data, the central directory and its end. */
function records(file: string): { name: string; data: Buffer }[] {
  const z = readFileSync(file);
  const out: { name: string; data: Buffer }[] = [];
  let at = 0;
  while (z.readUInt32LE(at) === 0x04034b50) {
    expect(z.readUInt16LE(at + 6) & 0x0008, 'no data descriptor').toBe(0);
    const [crc, packed, size, nameLen, extra] = [z.readUInt32LE(at + 14), z.readUInt32LE(at + 18), z.readUInt32LE(at + 22), z.readUInt16LE(at + 26), z.readUInt16LE(at + 28)];
    const name = z.subarray(at + 30, at + 30 + nameLen).toString('utf8');
    const data = inflateRawSync(z.subarray(at + 30 + nameLen + extra, at + 30 + nameLen + extra + packed));
    expect(data.length, name).toBe(size);
    expect(crc32(data), name).toBe(crc);
    out.push({ name, data });
    at += 30 + nameLen + extra + packed;
  }
  const dirStart = at;
  for (let i = 0; i < out.length; i++) {
    expect(z.readUInt32LE(at), 'a central record per part').toBe(0x02014b50);
    const nameLen = z.readUInt16LE(at + 28);
    expect(z.subarray(at + 46, at + 46 + nameLen).toString('utf8')).toBe(out[i].name);
    at += 46 + nameLen + z.readUInt16LE(at + 30) + z.readUInt16LE(at + 32);
  }
  expect(z.readUInt32LE(at), 'the end record').toBe(0x06054b50);
  expect(z.readUInt16LE(at + 10)).toBe(out.length);
  expect(z.readUInt32LE(at + 12)).toBe(at - dirStart);
  expect(z.readUInt32LE(at + 16)).toBe(dirStart);
  expect(at + 22).toBe(z.length);
  return out;
}

const text = fc.string({ unit: fc.constantFrom('a', '<', '&', '"', '\n', '王', 'é', '😀', 'x'.repeat(100)), maxLength: 300 });
const partArb = fc.record({
  name: fc.constantFrom('xl/styles.xml', '/xl/sharedStrings.xml', '/_rels/.rels', '[Content_Types].xml', 'xl/worksheets/sheet1.xml', 'docProps/app.xml'),
  kind: fc.constantFrom('string' as const, 'buffer' as const, 'stream' as const),
  pieces: fc.array(text, { maxLength: 6 }),
});

describe('PartsZip (the plan workbook zip)', () => {
  it('holds the same parts in the same order as archiver, each record with its CRC and sizes', async () => {
    const Archiver = createRequire(import.meta.url)('archiver') as (f: string, o: unknown) => EventEmitter & Parameters<typeof zipTo>[1];
    await fc.assert(
      fc.asyncProperty(fc.array(partArb, { minLength: 1, maxLength: 8 }), async (parts) => {
        const dir = tempDir();
        const [ours, theirs] = [join(dir, 'ours.zip'), join(dir, 'archiver.zip')];
        await zipTo(ours, new PartsZip(5), parts);
        await zipTo(theirs, Archiver('zip', { zlib: { level: 5 } }), parts);
        const mine = records(ours);
        const [a, b] = await Promise.all([workbookParts(ours), workbookParts(theirs)]);
        expect([...a.keys()]).toEqual([...b.keys()]);
        for (const [name, data] of b) expect(a.get(name)?.equals(data), name).toBe(true);
        // Every part is there, in order (a name given twice, as exceljs never does, is two records).
        expect(mine.map((r) => r.name)).toEqual(parts.map((p) => p.name.replace(/^\//, '')));
        expect(mine.map((r) => r.data.toString('utf8'))).toEqual(parts.map((p) => p.pieces.join('')));
      }),
      { numRuns: 60 },
    );
  });

  it('stamps every part with the time it was made, as archiver does (UTC)', async () => {
    const file = join(tempDir(), 'stamp.zip');
    await zipTo(file, new PartsZip(5, new Date(Date.UTC(2026, 10, 23, 14, 37, 58))), [{ name: 'a.xml', kind: 'string', pieces: ['<a/>'] }]);
    const z = readFileSync(file);
    expect(z.readUInt16LE(12)).toBe(((2026 - 1980) << 9) | (11 << 5) | 23);
    expect(z.readUInt16LE(10)).toBe((14 << 11) | (37 << 5) | 29);
  });

  it('reports a part it cannot deflate as an error of the zip, and ends nothing', async () => {
    const zip = new PartsZip(99);
    const out = new EventEmitter() as EventEmitter & { write(): boolean; end(): void };
    let ended = false;
    out.write = () => true;
    out.end = () => void (ended = true);
    const failed = new Promise<unknown>((resolve) => zip.on('error', resolve));
    zip.pipe(out as never);
    zip.append('<a/>', { name: 'a.xml' });
    zip.finalize();
    expect(String(await failed)).toMatch(/level/i);
    expect(ended).toBe(false);
  });
});
