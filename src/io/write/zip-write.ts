import { crc32, deflateRawSync } from 'node:zlib';
import { CENTRAL_SIGNATURE, DEFLATED, END_SIGNATURE, LOCAL_SIGNATURE } from '../zip-format.js';

export interface ZipPart {
  name: string;
  data: Buffer;
}

/** 1980-01-01 00:00 in DOS time: the same stamp on every part, so the bytes depend on the content only. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const MAX_32 = 0xffffffff;

/**
 * A zip archive of the given parts, in their order, deflated (zlib level 6, as exceljs writes).
 * An xlsx package is far below 4 GiB, so no zip64 records are written; a larger one is refused.
 */
export function zipParts(parts: readonly ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const packed = deflateRawSync(part.data, { level: 6 });
    const crc = crc32(part.data);
    if (offset > MAX_32 || part.data.length > MAX_32) throw new Error('the workbook is too large to write as a zip archive');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIGNATURE, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(DEFLATED, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(part.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_SIGNATURE, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 30);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    chunks.push(local, name, packed);
    offset += local.length + name.length + packed.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_SIGNATURE, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dir, end]);
}
