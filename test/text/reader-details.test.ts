import { describe, expect, it } from 'vitest';
import { readerDetailZh } from '../../src/text/reader-details.js';

describe("the xlsx reader's reasons in Chinese", () => {
  it.each([
    ['the zip archive is truncated (xl/worksheets/sheet1.xml is cut off)', 'zip 压缩包不完整（xl/worksheets/sheet1.xml 被截断）'],
    ['the zip archive is truncated', 'zip 压缩包不完整'],
    ['the zip directory is damaged', 'zip 目录已损坏'],
    ['the zip64 directory is damaged', 'zip 目录已损坏'],
    ['the zip entry xl/sharedStrings.xml is damaged (12 bytes instead of 77)', 'zip 部件 xl/sharedStrings.xml 已损坏（应为 77 字节，实际 12 字节）'],
    ['the zip entry xl/styles.xml uses an unsupported compression method (14)', 'zip 部件 xl/styles.xml 使用了不支持的压缩方式（14）'],
    ['the worksheet "Roster" is missing from the archive', '压缩包中缺少工作表“Roster”'],
    ['a worksheet ends in the middle of a row', '工作表在某一行的中间就结束了'],
    ['invalid stored block lengths', '压缩数据已损坏'],
    ['incorrect header check', '压缩数据已损坏'],
    ['something nobody wrote a translation for', '文件内容无法解析'],
  ])('%s', (en, zh) => {
    expect(readerDetailZh(en)).toBe(zh);
  });
});
