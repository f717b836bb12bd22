/**
 * Why the xlsx reader (and zlib under it) could not read a file, said in Chinese: the reader
 * words its failures in English, recognised here by their wording (src/io/read/xlsx/zip.ts,
 * book.ts, read.ts, sheet.ts; zlib's "invalid …" messages).
 */
const ZH: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^the zip archive is truncated \((.*) is cut off\)$/, (m) => `zip 压缩包不完整（${m[1]} 被截断）`],
  [/^the zip archive is truncated$/, () => 'zip 压缩包不完整'],
  [/^the zip64 directory is missing$/, () => '缺少 zip64 目录'],
  [/^the zip(64)? directory is damaged$/, () => 'zip 目录已损坏'],
  [/^it is not a zip archive, or it is truncated$/, () => '不是 zip 压缩包，或文件不完整'],
  [/^the zip entry (.*) is damaged \((\d+) bytes instead of (\d+)\)$/, (m) => `zip 部件 ${m[1]} 已损坏（应为 ${m[3]} 字节，实际 ${m[2]} 字节）`],
  [/^the zip entry (.*) is damaged$/, (m) => `zip 部件 ${m[1]} 已损坏`],
  [/^the zip entry (.*) uses an unsupported compression method \((.*)\)$/, (m) => `zip 部件 ${m[1]} 使用了不支持的压缩方式（${m[2]}）`],
  [/^it has no workbook part/, () => '缺少工作簿部件（这是 Excel 文件吗？）'],
  [/^the worksheet "(.*)" is missing from the archive$/, (m) => `压缩包中缺少工作表“${m[1]}”`],
  [/^a worksheet ends in the middle of a row$/, () => '工作表在某一行的中间就结束了'],
  [/^(invalid|incorrect|unexpected end|too many|unknown compression)/i, () => '压缩数据已损坏'],
];

/** The reader's reason in Chinese; a reason it does not know becomes "the content cannot be parsed". */
export function readerDetailZh(detail: string): string {
  for (const [re, zh] of ZH) {
    const m = re.exec(detail);
    if (m) return zh(m);
  }
  return /[\u4e00-\u9fff]/.test(detail) ? detail : '文件内容无法解析';
}
