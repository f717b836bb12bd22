import { describe, expect, it } from 'vitest';
import { patchSheetXml } from '../../src/io/write/workbook/sheet-patch.js';

/** Sheet XML as Excel saves it (shared strings, spans, self-closing rows), handled as latin1 like the rewrite does. */
const EXCEL = [
  '<worksheet><sheetData>',
  '<row r="26" spans="1:12" ht="13" customHeight="1" x14ac:dyDescent="0.25"><c r="A26" s="4" t="s"><v>12</v></c></row>',
  '<row r="27" spans="1:12" ht="15" customHeight="1"><c r="A27" s="7" t="s"><v>13</v></c><c r="B27" s="7"/><c r="K27" t="s"><v>14</v></c></row>',
  '<row r="28" ht="13" customHeight="1"/>',
  '</sheetData></worksheet>',
].join('');

const utf8 = (latin1: string) => Buffer.from(latin1, 'latin1').toString('utf8');

describe('patchSheetXml', () => {
  it('replaces a shared-string cell with inline text, keeping its style, and sets the row height', () => {
    const xml = utf8(patchSheetXml(EXCEL, { row: 27, height: 42, cells: [{ letter: 'A', text: 'Q:\n1. Ask <why> & how' }, { letter: 'L', text: 'Q:\n1. Ask <why> & how' }] })!);
    expect(xml).toContain('<row ht="42" customHeight="1" r="27" spans="1:12"><c r="A27" s="7" t="inlineStr"><is><t xml:space="preserve">Q:\n1. Ask &lt;why&gt; &amp; how</t></is></c><c r="B27" s="7"/><c r="K27" t="s"><v>14</v></c><c r="L27" t="inlineStr">');
    // The other rows are untouched.
    expect(xml).toContain('<row r="26" spans="1:12" ht="13" customHeight="1" x14ac:dyDescent="0.25"><c r="A26" s="4" t="s"><v>12</v></c></row>');
    expect(xml).toContain('<row r="28" ht="13" customHeight="1"/>');
  });

  it('inserts a missing cell in column order, writes Chinese as UTF-8, and opens a self-closing row', () => {
    const xml = utf8(patchSheetXml(EXCEL, { row: 27, height: 30, cells: [{ letter: 'C', text: '组长提出的问题' }] })!);
    expect(xml).toContain('<c r="B27" s="7"/><c r="C27" t="inlineStr"><is><t xml:space="preserve">组长提出的问题</t></is></c><c r="K27"');
    const empty = utf8(patchSheetXml(EXCEL, { row: 28, height: 14, cells: [{ letter: 'A', text: 'x' }] })!);
    expect(empty).toContain('<row ht="14" customHeight="1" r="28"><c r="A28" t="inlineStr"><is><t xml:space="preserve">x</t></is></c></row></sheetData>');
  });

  it('gives undefined for a row the sheet does not have', () => {
    expect(patchSheetXml(EXCEL, { row: 40, height: 13, cells: [{ letter: 'A', text: 'x' }] })).toBeUndefined();
  });
});
