import { readBook } from '../../read/xlsx/book.js';
import { ZipFile } from '../../read/xlsx/zip.js';
import { writeFileAtomic } from '../atomic.js';
import { zipParts, type ZipPart } from '../zip-write.js';

/** New text for some cells of one row of a sheet, and the row's new height in points. */
export interface RowPatch {
  row: number;
  cells: { letter: string; text: string }[];
  height: number;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The sheet XML is handled as latin1 (one char per byte), so UTF-8 text goes in as its bytes. */
const asBytes = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

const colNumber = (letters: string) => letters.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

function rowOpening(height: number, tag: string): string {
  const attrs = tag.replace(/\s(ht|customHeight)="[^"]*"/g, '');
  return attrs.replace(/^<row\b/, `<row ht="${height}" customHeight="1"`);
}

/** Replaces (or adds, in column order) one cell of a row's XML with an inline string, keeping its style. */
function setCell(row: string, ref: string, text: string): string {
  const cells = [...row.matchAll(/<c\s[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)];
  const value = `<is><t xml:space="preserve">${asBytes(escapeXml(text))}</t></is>`;
  const col = colNumber(ref.replace(/\d+$/, ''));
  for (const m of cells) {
    const r = /\sr="([A-Z]+)\d+"/.exec(m[0]);
    if (!r) continue;
    const at = colNumber(r[1]);
    if (at < col) continue;
    const at0 = m.index ?? 0;
    if (at === col) {
      const style = /\ss="(\d+)"/.exec(m[0]);
      const cell = `<c r="${ref}"${style ? ` s="${style[1]}"` : ''} t="inlineStr">${value}</c>`;
      return row.slice(0, at0) + cell + row.slice(at0 + m[0].length);
    }
    return `${row.slice(0, at0)}<c r="${ref}" t="inlineStr">${value}</c>${row.slice(at0)}`;
  }
  return `${row}<c r="${ref}" t="inlineStr">${value}</c>`;
}

/** One row of a worksheet's XML rewritten; undefined when the sheet has no such row. */
export function patchSheetXml(xml: string, p: RowPatch): string | undefined {
  const open = new RegExp(`<row\\s[^>]*?\\br="${p.row}"[^>]*?(/?)>`).exec(xml);
  if (!open) return undefined;
  const start = open.index;
  const bodyFrom = start + open[0].length;
  const end = open[1] ? bodyFrom : xml.indexOf('</row>', bodyFrom);
  if (end < 0) return undefined;
  let body = xml.slice(bodyFrom, end);
  for (const c of p.cells) body = setCell(body, `${c.letter}${p.row}`, c.text);
  const tag = rowOpening(p.height, open[0].replace(/\/>$/, '>'));
  return `${xml.slice(0, start)}${tag}${body}</row>${xml.slice(open[1] ? bodyFrom : end + '</row>'.length)}`;
}

/**
 * Writes `dest` as a copy of the workbook `src` with some rows of some sheets rewritten;
 * every other part is carried over unchanged. Whole or not at all (a temp file, then a rename).
 * Returns the sheets whose row could not be found (nothing is written then).
 */
export async function rewriteWorkbook(src: string, dest: string, patches: ReadonlyMap<string, RowPatch>): Promise<string[]> {
  const zip = await ZipFile.open(src);
  const book = await readBook(zip);
  const pathOf = new Map(book.sheets.map((s) => [s.path, s.name]));
  const parts: ZipPart[] = [];
  const missing: string[] = [];
  for (const [name, entry] of zip.entries) {
    const chunks: Buffer[] = [];
    for await (const chunk of zip.chunks(entry)) chunks.push(chunk);
    let data = Buffer.concat(chunks);
    const sheet = pathOf.get(name);
    const patch = sheet === undefined ? undefined : patches.get(sheet);
    if (sheet !== undefined && patch) {
      const xml = patchSheetXml(data.toString('latin1'), patch);
      if (xml === undefined) missing.push(sheet);
      else data = Buffer.from(xml, 'latin1');
    }
    parts.push({ name: entry.name, data });
  }
  if (missing.length === 0) writeFileAtomic(dest, zipParts(parts));
  return missing;
}
