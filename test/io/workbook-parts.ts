import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { ZipFile } from '../../src/io/read/xlsx/zip.js';
import { writeStreamedWorkbook } from '../../src/io/write/workbook/streamed-workbook.js';
import type { Lang } from '../../src/text/labels.js';
import { tempDir } from '../helpers/cli.js';

/** Every part of a workbook (an xlsx zip), by name, inflated. */
export async function workbookParts(file: string): Promise<Map<string, Buffer>> {
  const zip = await ZipFile.open(file);
  const out = new Map<string, Buffer>();
  for (const entry of zip.entries.values()) {
    const chunks: Buffer[] = [];
    for await (const c of zip.chunks(entry)) chunks.push(c);
    out.set(entry.name, Buffer.concat(chunks));
  }
  return out;
}

/** The parts that differ between two workbooks, byte for byte (a part missing on one side included). */
export async function differentParts(a: string, b: string): Promise<string[]> {
  const [pa, pb] = await Promise.all([workbookParts(a), workbookParts(b)]);
  const names = [...new Set([...pa.keys(), ...pb.keys()])].sort();
  return names.filter((n) => !pa.get(n)?.equals(pb.get(n) ?? Buffer.alloc(0)) || !pb.has(n));
}

/**
 * Writes one streamed workbook twice, with exceljs's own rows and with ours (`fastRows`), the
 * same date stamped on both, and returns the parts that differ. `fill(wb, fast)` adds the sheets.
 */
export async function writeBothWays(lang: Lang, fill: (wb: ExcelJS.Workbook, fast: boolean) => void): Promise<string[]> {
  const dir = tempDir();
  const files = [join(dir, 'exceljs.xlsx'), join(dir, 'fast.xlsx')];
  for (const [k, file] of files.entries()) {
    const fast = k === 1;
    const stamped = (wb: ExcelJS.Workbook) => {
      wb.created = wb.modified = new Date(Date.UTC(2026, 10, 23));
      fill(wb, fast);
    };
    await writeStreamedWorkbook(file, lang, stamped, { fastRows: fast });
  }
  return differentParts(files[0], files[1]);
}
