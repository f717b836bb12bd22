import { EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';
import { crc32, deflateRaw } from 'node:zlib';
import { CENTRAL_SIGNATURE, DEFLATED, END_SIGNATURE, LOCAL_SIGNATURE } from '../zip-format.js';

/** A part's data as exceljs hands it over: text or bytes, or a stream of its sheet's XML (exceljs's StreamBuf). */
type Source = string | Buffer | { pipe(sink: Sink): unknown };
/** What a StreamBuf writes its 64 KiB buffers into, and ends. */
interface Sink {
  write(data: Buffer, done?: () => void): boolean;
  end(): void;
}
interface Packed {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer;
}

const MAX_32 = 0xffffffff;
/** As archiver writes its entries: made on Unix by zip 4.5, a plain file (-rw-r--r--, archive bit). */
const MADE_BY = (3 << 8) | 45;
const NEEDS = 20;
const FILE_ATTRIBUTES = ((0o100644 << 16) | 0x20) >>> 0;

/** A time as a DOS date and time (archiver's default: now, in UTC). */
function dosTime(d: Date): { date: number; time: number } {
  const year = Math.max(1980, d.getUTCFullYear());
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

/** A part's name as archiver stores it: forward slashes, no leading `/` (exceljs names some `/xl/…`). */
function entryName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^(\.\.\/|\/)+/, '');
}

function pack(name: string, chunks: Buffer[], level: number): Promise<Packed> {
  let crc = 0;
  for (const c of chunks) crc = crc32(c, crc);
  const raw = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  // A bad level throws at once; the executor turns that into a rejection too.
  return new Promise((resolve, reject) => {
    deflateRaw(raw, { level }, (e, data) => (e ? reject(e) : resolve({ name: Buffer.from(entryName(name), 'utf8'), crc, size: raw.length, data })));
  });
}

/**
 * The zip of exceljs 4.4's streaming WorkbookWriter (its `zip`, archiver there), for the plan
 * workbook: each part is deflated on libuv's thread pool as soon as exceljs has written it, so the
 * zlib work runs on another core while the next sheets are made, and the zip goes to the output in
 * one pass at `finalize`. The parts, their order and their deflate level are archiver's; the records
 * hold the sizes and CRC up front (no data descriptors). archiver, its stream glue and its ~600 KB of
 * dependencies are not loaded (rolldown.config.js). An xlsx is far below 4 GiB: no zip64.
 */
export class PartsZip extends EventEmitter {
  private out?: Writable;
  private readonly parts: Promise<Packed>[] = [];
  private readonly stamp: { date: number; time: number };

  constructor(
    private readonly level: number,
    now = new Date(),
  ) {
    super();
    this.stamp = dosTime(now);
  }

  pipe<T extends Writable>(out: T): T {
    this.out = out;
    return out;
  }

  append(source: Source, data: { name: string }): this {
    let part: Promise<Packed>;
    if (typeof source === 'string' || Buffer.isBuffer(source)) part = pack(data.name, [Buffer.from(source)], this.level);
    else {
      const chunks: Buffer[] = [];
      part = new Promise((resolve, reject) => {
        source.pipe({
          write(b, done) {
            chunks.push(b);
            done?.();
            return true;
          },
          end: () => pack(data.name, chunks, this.level).then(resolve, reject),
        });
      });
    }
    // A failure is reported once, by finalize; until then it must not count as unhandled.
    part.catch(() => undefined);
    this.parts.push(part);
    return this;
  }

  /** A part from a file on disk (exceljs's images): the plan workbook has none. */
  file(): never {
    throw new Error('the plan workbook holds no files from disk');
  }

  finalize(): void {
    this.write().catch((e: unknown) => this.emit('error', e));
  }

  private async write(): Promise<void> {
    const out = this.out;
    if (!out) throw new Error('the zip has no output');
    const directory: Buffer[] = [];
    let offset = 0;
    for (const part of this.parts) {
      const p = await part;
      if (offset > MAX_32 || p.size > MAX_32 || p.data.length > MAX_32) throw new Error('the workbook is too large to write as a zip archive');
      const local = Buffer.alloc(30);
      local.writeUInt32LE(LOCAL_SIGNATURE, 0);
      local.writeUInt16LE(NEEDS, 4);
      local.writeUInt16LE(0, 6);
      local.writeUInt16LE(DEFLATED, 8);
      local.writeUInt16LE(this.stamp.time, 10);
      local.writeUInt16LE(this.stamp.date, 12);
      local.writeUInt32LE(p.crc, 14);
      local.writeUInt32LE(p.data.length, 18);
      local.writeUInt32LE(p.size, 22);
      local.writeUInt16LE(p.name.length, 26);
      local.writeUInt16LE(0, 28);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(CENTRAL_SIGNATURE, 0);
      central.writeUInt16LE(MADE_BY, 4);
      local.copy(central, 6, 4, 30);
      central.writeUInt32LE(FILE_ATTRIBUTES, 38);
      central.writeUInt32LE(offset, 42);
      directory.push(central, p.name);
      out.write(Buffer.concat([local, p.name, p.data]));
      offset += local.length + p.name.length + p.data.length;
    }
    const dir = Buffer.concat(directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_SIGNATURE, 0);
    end.writeUInt16LE(this.parts.length, 8);
    end.writeUInt16LE(this.parts.length, 10);
    end.writeUInt32LE(dir.length, 12);
    end.writeUInt32LE(offset, 16);
    out.end(Buffer.concat([dir, end]));
  }
}
