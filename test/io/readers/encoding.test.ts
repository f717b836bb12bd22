import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { checkEncoding, detectEncoding } from '../../../src/io/read/encoding.js';
import { talksError } from './helpers.js';

const TEXT = '工号,姓名,入职日期\r\n1001,张三,2024-03-01\r\n';
const bytes = (...b: number[]) => Buffer.from(b);
/** The bytes with 0xFF (never part of UTF-8 or GBK) at the given offsets. */
const spoiled = (buf: Buffer, at: number[]) => {
  for (const i of at) buf[i] = 0xff;
  return buf;
};
const NAMES = '张伟王芳李娜刘洋陈静杨帆赵磊黄敏周杰吴婷徐强孙丽马超朱琳胡军郭华何平高翔林红罗斌郑霞梁宇谢娟宋涛';
const ROSTER_ZH = `工号,姓名,组别,入职日期\n${Array.from({ length: 600 }, (_, i) => `A${i},${NAMES.substr((i * 2) % NAMES.length, 2)},一组,2024-01-01`).join('\n')}\n`;

describe('detectEncoding', () => {
  it.each([
    ['UTF-8 with BOM', Buffer.concat([bytes(0xef, 0xbb, 0xbf), Buffer.from(TEXT)]), 'utf8', 3],
    ['UTF-8 without BOM', Buffer.from(TEXT), 'utf8', 0],
    ['plain ASCII', Buffer.from('Agent ID,Hire Date\n1,2024-01-01\n'), 'utf8', 0],
    ['UTF-16LE with BOM', Buffer.concat([bytes(0xff, 0xfe), iconv.encode(TEXT, 'utf16le')]), 'utf16le', 2],
    ['UTF-16BE with BOM', Buffer.concat([bytes(0xfe, 0xff), iconv.encode(TEXT, 'utf16be')]), 'utf16be', 2],
    ['UTF-16LE without BOM', iconv.encode(TEXT, 'utf16le'), 'utf16le', 0],
    ['UTF-16BE without BOM', iconv.encode(TEXT, 'utf16be'), 'utf16be', 0],
    ['GBK', iconv.encode(TEXT, 'gbk'), 'gb18030', 0],
    ['GB18030', iconv.encode(TEXT, 'gb18030'), 'gb18030', 0],
    ['UTF-8 cut inside a character at the end of the sample', Buffer.from('ab,张').subarray(0, 5), 'utf8', 0],
    ['GBK whose bytes happen to start like UTF-8', iconv.encode('姓名,入职', 'gbk'), 'gb18030', 0],
    ['empty', Buffer.alloc(0), 'utf8', 0],
    ['UTF-8 with one invalid byte among many characters', spoiled(Buffer.from(TEXT.repeat(200)), [100]), 'utf8', 0],
    ['UTF-8 with a handful of invalid sequences', spoiled(Buffer.from(TEXT.repeat(200)), [40, 900, 1700, 2600, 3333]), 'utf8', 0],
    ['UTF-8 with a short GBK run', Buffer.concat([Buffer.from(TEXT.repeat(50)), iconv.encode('王芳', 'gbk'), Buffer.from(TEXT.repeat(50))]), 'utf8', 0],
    ['a long GBK roster (some pairs read as UTF-8 by chance)', iconv.encode(ROSTER_ZH, 'gbk'), 'gb18030', 0],
    ['GBK with a stray invalid byte', spoiled(iconv.encode(ROSTER_ZH, 'gbk'), [10]), 'gb18030', 0],
    ['one GBK name among ASCII', iconv.encode('Agent ID,Name\n1,张\n', 'gbk'), 'gb18030', 0],
  ])('%s → %s', (_name, sample, encoding, bomBytes) => {
    expect(detectEncoding(sample)).toEqual({ encoding, bomBytes });
  });
});

describe('checkEncoding', () => {
  it.each([
    ['utf8', 'utf8'],
    ['UTF-8', 'utf8'],
    ['utf-16', 'utf16le'],
    ['UTF-16LE', 'utf16le'],
    ['utf16be', 'utf16be'],
    ['GBK', 'gb18030'],
    ['gb2312', 'gb18030'],
    ['GB18030', 'gb18030'],
    ['big5', 'big5'],
    ['latin1', 'latin1'],
  ])('%s → %s', (name, encoding) => {
    expect(checkEncoding(name)).toBe(encoding);
  });

  it.each(['klingon', 'utf-9', ''])('"%s" is a usage error naming the encoding', async (name) => {
    const err = await talksError(() => checkEncoding(name));
    expect(err).toMatchObject({ code: 'encoding-bad', exitCode: 2 });
    expect(err.message).toContain(`"${name}"`);
    expect(err.hint).toMatch(/utf8.*gbk/);
  });
});
