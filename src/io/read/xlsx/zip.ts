import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { TransformOptions } from 'node:stream';
import { createInflateRaw, type ZlibOptions } from 'node:zlib';
import { CENTRAL_SIGNATURE, DEFLATED, END64_LOCATOR_SIGNATURE, END64_SIGNATURE, END_SIGNATURE, LOCAL_SIGNATURE, STORED } from '../../zip-format.js';
import { oleProblem } from './ole.js';
import { checkDeclared, checkInflated, DEFAULT_MAX_ENTRY_BYTES, MAX_SMALL_PART_BYTES, type ZipLimits } from './limits.js';

/** One file inside a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

const MAX_COMMENT = 0xffff;
/** Bytes per step: large enough that per-chunk costs vanish, small enough that each chunk's text is young-generation garbage rather than a large object kept until a full GC. */
const CHUNK = 64 * 1024;
/**
 * Inflated bytes buffered ahead of the scan: zlib inflates in the thread pool while the main
 * thread scans, and keeps going until this much waits unread (the default, 16 KiB, is less than
 * one chunk, so each chunk was inflated only once the last had been scanned).
 */
const AHEAD = 8 * CHUNK;
/** zlib's streams take the options of any Transform stream, which its option type leaves out. */
const INFLATE: ZlibOptions & TransformOptions = { chunkSize: CHUNK, readableHighWaterMark: AHEAD };

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  if (bytesRead < length) throw new Error('the zip archive is truncated');
  return buf;
}

/** Finds the end-of-central-directory record, scanning back over a possible archive comment. */
async function findEnd(fh: FileHandle, fileSize: number): Promise<{ offset: number; size: number; count: number }> {
  const tailSize = Math.min(fileSize, 22 + MAX_COMMENT);
  const tail = await readAt(fh, fileSize - tailSize, tailSize);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== END_SIGNATURE) continue;
    let count = tail.readUInt16LE(i + 10);
    let size = tail.readUInt32LE(i + 12);
    let offset = tail.readUInt32LE(i + 16);
    if (offset === 0xffffffff || size === 0xffffffff || count === 0xffff) {
      const at = fileSize - tailSize + i - 20;
      const locator = at >= 0 ? await readAt(fh, at, 20) : undefined;
      if (!locator || locator.readUInt32LE(0) !== END64_LOCATOR_SIGNATURE) throw new Error('the zip64 directory is missing');
      const end64 = await readAt(fh, Number(locator.readBigUInt64LE(8)), 56);
      if (end64.readUInt32LE(0) !== END64_SIGNATURE) throw new Error('the zip64 directory is damaged');
      count = Number(end64.readBigUInt64LE(32));
      size = Number(end64.readBigUInt64LE(40));
      offset = Number(end64.readBigUInt64LE(48));
    }
    if (offset + size > fileSize) throw new Error('the zip archive is truncated');
    return { offset, size, count };
  }
  throw new Error('it is not a zip archive, or it is truncated');
}

/** Applies the zip64 extra field to sizes and offsets that overflowed 32 bits. */
function applyZip64(entry: ZipEntry, extra: Buffer): void {
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(i);
    const len = extra.readUInt16LE(i + 2);
    if (id === 0x0001) {
      let p = i + 4;
      const next = () => {
        const v = Number(extra.readBigUInt64LE(p));
        p += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeader === 0xffffffff) entry.localHeader = next();
      return;
    }
    i += 4 + len;
  }
}

function parseDirectory(dir: Buffer, count: number): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new Error('the zip directory is damaged');
    const nameLen = dir.readUInt16LE(p + 28);
    const extraLen = dir.readUInt16LE(p + 30);
    const commentLen = dir.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      name: dir.toString('utf8', p + 46, p + 46 + nameLen),
      method: dir.readUInt16LE(p + 10),
      compressedSize: dir.readUInt32LE(p + 20),
      size: dir.readUInt32LE(p + 24),
      localHeader: dir.readUInt32LE(p + 42),
    };
    applyZip64(entry, dir.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen));
    entries.set(entry.name.replace(/\\/g, '/').replace(/^\//, ''), entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** A zip archive opened through its central directory; entries are streamed on demand. */
export class ZipFile {
  private constructor(
    readonly file: string,
    private readonly fileSize: number,
    readonly entries: Map<string, ZipEntry>,
    private readonly limits: ZipLimits,
  ) {}

  static async open(file: string, limits: ZipLimits = { maxEntryBytes: DEFAULT_MAX_ENTRY_BYTES }): Promise<ZipFile> {
    const fh = await open(file, 'r');
    try {
      const { size: fileSize } = await fh.stat();
      const ole = await oleProblem(fh, fileSize);
      if (ole) throw ole;
      const end = await findEnd(fh, fileSize);
      const dir = await readAt(fh, end.offset, end.size);
      const entries = parseDirectory(dir, end.count);
      const zip = new ZipFile(file, fileSize, entries, limits);
      for (const entry of entries.values()) zip.checkBounds(entry);
      return zip;
    } finally {
      await fh.close();
    }
  }

  private checkBounds(entry: ZipEntry): void {
    if (entry.localHeader + 30 + entry.compressedSize > this.fileSize) {
      throw new Error(`the zip archive is truncated (${entry.name} is cut off)`);
    }
  }

  /** Where an entry's data starts: after its local header, whose lengths may differ from the directory's. */
  private async dataStart(entry: ZipEntry): Promise<number> {
    const fh = await open(this.file, 'r');
    try {
      const local = await readAt(fh, entry.localHeader, 30);
      if (local.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new Error(`the zip entry ${entry.name} is damaged`);
      const start = entry.localHeader + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      if (start + entry.compressedSize > this.fileSize) throw new Error(`the zip archive is truncated (${entry.name} is cut off)`);
      return start;
    } finally {
      await fh.close();
    }
  }

  /**
   * The entry's bytes, inflated, in chunks of a few hundred KiB. Leaving the loop early
   * closes the file; a damaged or short entry throws.
   */
  async *chunks(entry: ZipEntry, limit = this.limits.maxEntryBytes): AsyncGenerator<Buffer> {
    if (entry.method !== STORED && entry.method !== DEFLATED) {
      throw new Error(`the zip entry ${entry.name} uses an unsupported compression method (${entry.method})`);
    }
    checkDeclared(entry.name, entry.size, entry.compressedSize, limit);
    const start = await this.dataStart(entry);
    const source = createReadStream(this.file, { start, end: start + Math.max(entry.compressedSize, 1) - 1, highWaterMark: CHUNK });
    if (entry.compressedSize === 0) {
      source.destroy();
      return;
    }
    const stream = entry.method === STORED ? source : source.pipe(createInflateRaw(INFLATE));
    if (stream !== source) source.on('error', (e) => stream.destroy(e));
    let total = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        total += chunk.length;
        checkInflated(entry.name, total, entry.size, limit);
        yield chunk;
      }
    } finally {
      source.destroy();
      stream.destroy();
    }
    if (total !== entry.size) throw new Error(`the zip entry ${entry.name} is damaged (${total} bytes instead of ${entry.size})`);
  }

  /** A small entry as a latin1 string (see xml-text.ts), or undefined when the archive has no such entry. */
  async latin1(name: string): Promise<string | undefined> {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const parts: Buffer[] = [];
    for await (const chunk of this.chunks(entry, Math.min(MAX_SMALL_PART_BYTES, this.limits.maxEntryBytes))) parts.push(chunk);
    return Buffer.concat(parts).toString('latin1');
  }
}
