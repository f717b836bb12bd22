import { placed, TalksError } from '../../../errors.js';
import { ZipFile } from './zip.js';

/**
 * Unzips every part of a workbook once, into nothing, within `maxTotal` bytes in all: run before
 * a library that unzips the whole package into memory (exceljs) is given a file, so that a bomb
 * or a part that lies about its size is refused after reading no more than the limit.
 */
export async function checkPackage(file: string, maxTotal: number): Promise<void> {
  try {
    const zip = await ZipFile.open(file, { maxEntryBytes: maxTotal });
    let total = 0;
    for (const entry of zip.entries.values()) {
      for await (const chunk of zip.chunks(entry, maxTotal - total)) total += chunk.length;
    }
  } catch (e) {
    if (e instanceof TalksError) throw placed(e, { file });
    throw e;
  }
}
