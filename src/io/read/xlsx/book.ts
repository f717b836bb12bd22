import { posix } from 'node:path';
import { HeldTail } from './held.js';
import { MAX_ROW_BYTES, MAX_SHARED_ITEMS, MAX_SHARED_TEXT, sharedTextTooLarge } from './limits.js';
import { unprefixed, unprefixedText } from './prefix.js';
import { runsText } from './runs.js';
import { attr, tags } from './xml-text.js';
import type { ZipFile } from './zip.js';

interface SheetRef {
  name: string;
  path: string;
}

export interface Book {
  /** Worksheets in workbook order (chart sheets left out). */
  sheets: SheetRef[];
  date1904: boolean;
  sharedStrings?: string;
  styles?: string;
}

interface Relationship {
  id: string;
  type: string;
  path: string;
}

/** A part's relationships, targets resolved to archive paths. */
async function relationships(zip: ZipFile, part: string): Promise<Relationship[]> {
  const dir = posix.dirname(part);
  const xml = await zip.latin1(posix.join(dir, '_rels', `${posix.basename(part)}.rels`));
  if (xml === undefined) return [];
  const rels: Relationship[] = [];
  for (const [a, b] of tags(xml, 'Relationship')) {
    const target = attr(xml, a, b, 'Target');
    if (target === undefined || attr(xml, a, b, 'TargetMode') === 'External') continue;
    const path = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(dir, target));
    rels.push({ id: attr(xml, a, b, 'Id') ?? '', type: attr(xml, a, b, 'Type') ?? '', path });
  }
  return rels;
}

const RELATIONSHIP_ID = /\s[\w.-]+:id\s*=\s*(["'])(.*?)\1/;
const ofType = (rels: Relationship[], kind: string) => rels.find((r) => r.type.endsWith(`/${kind}`));

/** Reads the workbook part: sheet names and where each sheet lives, in workbook order. */
export async function readBook(zip: ZipFile): Promise<Book> {
  const root = await relationships(zip, '');
  const workbook = ofType(root, 'officeDocument')?.path ?? 'xl/workbook.xml';
  const xml = unprefixedText((await zip.latin1(workbook)) ?? '');
  if (xml === '') throw new Error('it has no workbook part (is it an Excel file?)');
  const rels = await relationships(zip, workbook);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetRef[] = [];
  for (const [a, b] of tags(xml, 'sheet')) {
    const id = attr(xml, a, b, 'r:id') ?? RELATIONSHIP_ID.exec(xml.slice(a, b))?.[2];
    const rel = id === undefined ? undefined : byId.get(id);
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    sheets.push({ name: attr(xml, a, b, 'name') ?? '', path: rel.path });
  }
  let date1904 = false;
  for (const [a, b] of tags(xml, 'workbookPr')) {
    const v = attr(xml, a, b, 'date1904');
    date1904 = v === '1' || v === 'true';
  }
  return { sheets, date1904, sharedStrings: ofType(rels, 'sharedStrings')?.path, styles: ofType(rels, 'styles')?.path };
}

const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format shows a date or time when it has date/time letters outside quotes and [brackets] (as exceljs decides). */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** For each cell style (cellXfs index), whether its number format is a date or time. */
export async function readDateStyles(zip: ZipFile, path = 'xl/styles.xml'): Promise<boolean[]> {
  const xml = unprefixedText((await zip.latin1(path)) ?? '');
  const custom = new Map<number, string>();
  for (const [a, b] of tags(xml, 'numFmt')) {
    custom.set(Number(attr(xml, a, b, 'numFmtId')), attr(xml, a, b, 'formatCode') ?? '');
  }
  const from = xml.indexOf('<cellXfs');
  const to = xml.indexOf('</cellXfs>', from);
  if (from < 0 || to < 0) return [];
  const styles: boolean[] = [];
  for (const [a, b] of tags(xml.slice(from, to), 'xf')) {
    const part = xml.slice(from + a, from + b);
    const id = Number(attr(part, 0, part.length, 'numFmtId') ?? 0);
    const code = custom.get(id);
    styles.push(code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id));
  }
  return styles;
}

/** The shared strings table, streamed item by item; rich-text runs are joined into plain text. */
export async function readSharedStrings(zip: ZipFile, path = 'xl/sharedStrings.xml'): Promise<string[]> {
  const entry = zip.entries.get(path);
  if (!entry) return [];
  const strings: string[] = [];
  const held = new HeldTail(Buffer.from('</si>'), MAX_ROW_BYTES, sharedTextTooLarge);
  let text = 0;
  for await (const chunk of unprefixed(zip.chunks(entry))) {
    const bytes = held.take(chunk);
    if (bytes === undefined) continue;
    const s = bytes.toString('latin1');
    let pos = 0;
    for (;;) {
      const start = s.indexOf('<si', pos);
      if (start < 0) {
        pos = Math.max(pos, s.length - 3);
        break;
      }
      const tagEnd = s.indexOf('>', start);
      if (tagEnd < 0) {
        pos = start;
        break;
      }
      if (s.charCodeAt(tagEnd - 1) === 47) {
        if (strings.length >= MAX_SHARED_ITEMS) throw sharedTextTooLarge();
        strings.push('');
        pos = tagEnd + 1;
        continue;
      }
      const close = s.indexOf('</si>', tagEnd);
      if (close < 0) {
        pos = start;
        break;
      }
      const item = runsText(s, tagEnd + 1, close);
      text += item.length;
      if (text > MAX_SHARED_TEXT || strings.length >= MAX_SHARED_ITEMS) throw sharedTextTooLarge();
      strings.push(item);
      pos = close + 5;
    }
    held.keep(bytes, pos);
  }
  return strings;
}
