import type { FileHandle } from 'node:fs/promises';
import { textError, type TalksError } from '../../../errors.js';

/** An OLE2 compound file: an Excel 97–2003 .xls, or an encrypted (password-protected) .xlsx. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted OOXML package keeps its key data in, named in UTF-16LE in the directory. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
/** How much of the file is searched for the directory entry: the whole of any plausible workbook. */
const SEARCHED = 16 * 1024 * 1024;

/** The error for a file that is an OLE container instead of a zip, or undefined when it is not one. */
export async function oleProblem(fh: FileHandle, fileSize: number): Promise<TalksError | undefined> {
  const head = Buffer.alloc(OLE_MAGIC.length);
  await fh.read(head, 0, head.length, 0);
  if (!head.equals(OLE_MAGIC)) return undefined;
  const parts = fileSize <= 2 * SEARCHED ? [[0, fileSize]] : [[0, SEARCHED], [fileSize - SEARCHED, SEARCHED]];
  for (const [at, length] of parts) {
    const buf = Buffer.alloc(length);
    await fh.read(buf, 0, length, at);
    if (buf.includes(ENCRYPTION_INFO)) return textError('xlsx-encrypted', {});
  }
  return textError('xlsx-old-xls', {});
}
