import { usageError } from '../../errors.js';
import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';

/** iconv-lite, loaded when a CSV file is first decoded (it costs ~30 ms at start-up). */
export function iconvLite(): typeof Iconv {
  return createRequire(import.meta.url)('iconv-lite') as typeof Iconv;
}

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030' | string;

/**
 * Counts the well-formed multi-byte UTF-8 characters of a sample and the bytes that fit no
 * UTF-8 character. A character cut at the end of the sample counts as neither.
 */
function utf8Tally(buf: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need > 0 && i + need >= n) break;
    let k = 1;
    while (k <= need && (buf[i + k] & 0xc0) === 0x80) k++;
    if (need > 0 && k > need) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/**
 * GBK text read as UTF-8 gives about three stray bytes for each accidental character; UTF-8
 * with a few damaged bytes gives many characters for each stray byte. The sample is UTF-8 when
 * its characters outnumber its stray bytes this many times.
 */
const UTF8_MARGIN = 4;

function looksUtf8(buf: Uint8Array): boolean {
  const { valid, invalid } = utf8Tally(buf);
  return invalid === 0 || valid >= UTF8_MARGIN * invalid;
}

/**
 * UTF-16 written without a BOM: the delimiters, digits and line breaks of a table put a zero
 * byte in every other position, which UTF-8 and GBK text never holds.
 */
function utf16WithoutBom(buf: Uint8Array): 'utf16le' | 'utf16be' | undefined {
  const pairs = Math.min(buf.length, 4096) >> 1;
  if (pairs < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (buf[i] === 0) even++;
    if (buf[i + 1] === 0) odd++;
  }
  if (odd >= pairs * 0.3 && even <= pairs * 0.05) return 'utf16le';
  if (even >= pairs * 0.3 && odd <= pairs * 0.05) return 'utf16be';
  return undefined;
}

/**
 * Detects a text file's encoding from its first bytes: a BOM (UTF-8, UTF-16 LE/BE), else
 * UTF-16 by its zero bytes, else UTF-8 when the sample reads as UTF-8 but for a few stray bytes
 * (one bad byte cannot make it GBK), else GB18030 (a superset of GBK, which Chinese Excel
 * writes). The rest of the file is checked as it streams (see undecodable.ts).
 */
export function detectEncoding(sample: Uint8Array): { encoding: TextEncoding; bomBytes: number } {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf8', bomBytes: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf16le', bomBytes: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf16be', bomBytes: 2 };
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return { encoding: utf16, bomBytes: 0 };
  return { encoding: looksUtf8(sample) ? 'utf8' : 'gb18030', bomBytes: 0 };
}

const NAMES: Record<string, string> = { utf8: 'UTF-8', utf16le: 'UTF-16', utf16be: 'UTF-16 BE', gb18030: 'GBK' };

/** An encoding as a user knows it: UTF-8, GBK. */
export function encodingName(enc: TextEncoding): string {
  return NAMES[enc] ?? enc;
}

/** Normalises a user's `--encoding` value, or fails as a usage error. */
export function checkEncoding(name: string): TextEncoding {
  const lower = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const known: Record<string, TextEncoding> = { utf8: 'utf8', utf16: 'utf16le', utf16le: 'utf16le', utf16be: 'utf16be', gbk: 'gb18030', gb2312: 'gb18030', gb18030: 'gb18030' };
  const enc = known[lower] ?? name;
  if (!iconvLite().encodingExists(enc)) {
    throw usageError('encoding-bad', { name });
  }
  return enc;
}
