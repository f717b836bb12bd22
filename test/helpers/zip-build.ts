import { constants, deflateRawSync } from 'node:zlib';

/** One part of a hand-made zip: its bytes, or a deflate stream made elsewhere with the size it inflates to. */
export interface Part {
  name: string;
  data?: Buffer | string;
  /** A ready deflate stream and the size it really inflates to. */
  deflated?: { bytes: Buffer; size: number };
  /** The size written into the headers, when it should lie. */
  declaredSize?: number;
}

/**
 * A deflate stream that inflates to `unit` repeated `times` times, built without ever holding the
 * whole: each unit is flushed with a full flush (no back-references across it), so the packed
 * unit can simply be repeated, then closed with an empty final block.
 */
export function repeatedDeflate(unit: Buffer | string, times: number, head = '', tail = ''): { bytes: Buffer; size: number } {
  const u = Buffer.from(unit);
  const flush = (b: Buffer) => deflateRawSync(b, { finishFlush: constants.Z_FULL_FLUSH });
  const packedUnit = flush(u);
  const parts = [flush(Buffer.from(head)), ...Array.from({ length: times }, () => packedUnit), deflateRawSync(Buffer.from(tail))];
  return { bytes: Buffer.concat(parts), size: Buffer.byteLength(head) + u.length * times + Buffer.byteLength(tail) };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One header field set, written into both the local header (at `local`) and the central one (at `central`). */
function writeSizes(local: Buffer, central: Buffer, crc: number, packed: number, size: number): void {
  for (const [buf, at] of [[local, 14], [central, 16]] as const) {
    buf.writeUInt32LE(crc, at);
    buf.writeUInt32LE(packed, at + 4);
    buf.writeUInt32LE(size, at + 8);
  }
}

/** A zip archive; CRCs for parts given as data (a ready deflate stream gets none: the readers under test do not check them). */
export function buildZip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const packed = p.deflated ?? (() => {
      const raw = Buffer.from(p.data ?? '');
      return { bytes: deflateRawSync(raw), size: raw.length };
    })();
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    const crc = p.deflated ? 0 : crc32(Buffer.from(p.data ?? ''));
    writeSizes(local, dir, crc, packed.bytes.length, p.declaredSize ?? packed.size);
    locals.push(local, name, packed.bytes);
    central.push(dir, name);
    offset += 30 + name.length + packed.bytes.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WB_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
export const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Roster" sheetId="1" r:id="rId1"/></sheets></workbook>`;
export const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_TAIL = '</sheetData></worksheet>';

/** A one-sheet workbook whose parts can be replaced: the sheet, the shared strings, the workbook part. */
export function workbookZip(over: { sheet?: Part; strings?: Part; workbook?: Part }): Buffer {
  return buildZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    over.workbook ?? { name: 'xl/workbook.xml', data: WORKBOOK },
    { name: 'xl/_rels/workbook.xml.rels', data: WB_RELS },
    over.strings ?? { name: 'xl/sharedStrings.xml', data: '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></sst>' },
    over.sheet ?? { name: 'xl/worksheets/sheet1.xml', data: `${SHEET_HEAD}${SHEET_TAIL}` },
  ]);
}

/** A roster sheet's XML, with inline strings: a header and the given rows of cells. */
export function rosterSheet(rows: string[][]): string {
  const header = ['Agent ID', 'Name', 'Team', 'Hire Date'];
  const row = (cells: string[], r: number) =>
    `<row r="${r}">${cells.map((c, i) => `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${c}</t></is></c>`).join('')}</row>`;
  return `${SHEET_HEAD}${[header, ...rows].map((cells, i) => row(cells, i + 1)).join('')}${SHEET_TAIL}`;
}
