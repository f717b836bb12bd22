import { ZipFile } from '../../src/io/read/xlsx/zip.js';

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
