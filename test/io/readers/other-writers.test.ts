import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/columns/cell.js';
import { readTables } from '../../../src/io/read/tables.js';
import { SHEET_HEAD, SHEET_TAIL, workbookZip } from '../../helpers/zip-build.js';

/** XML as writers other than Excel write it, each as a small workbook read by the real reader. */
const dir = mkdtempSync(join(tmpdir(), 'talks-writers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function rowsOf(parts: Parameters<typeof workbookZip>[0]): Promise<{ sheet?: string; rows: CellValue[][] }> {
  const file = join(dir, `w${++n}.xlsx`);
  writeFileSync(file, workbookZip(parts));
  for await (const sheet of readTables(file)) {
    const rows: CellValue[][] = [];
    for await (const r of sheet.rows) rows.push(r.cells);
    return { sheet: sheet.sheet, rows };
  }
  return { rows: [] };
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const sheet = (body: string) => ({ name: 'xl/worksheets/sheet1.xml', data: `${SHEET_HEAD}${body}${SHEET_TAIL}` });

describe('xlsx as other writers write it', () => {
  it('namespace prefixes on every part (<x:row><x:c>, as the OpenXML SDK writes them)', async () => {
    const r = await rowsOf({
      workbook: {
        name: 'xl/workbook.xml',
        data: `<?xml version="1.0"?><x:workbook xmlns:x="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="Agents" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      },
      strings: { name: 'xl/sharedStrings.xml', data: `<x:sst xmlns:x="${NS}"><x:si><x:t>Agent ID</x:t></x:si><x:si><x:r><x:t>Li </x:t></x:r><x:r><x:t>Na</x:t></x:r></x:si></x:sst>` },
      sheet: {
        name: 'xl/worksheets/sheet1.xml',
        data: `<?xml version="1.0"?><x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Name</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2"><x:v>42</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      },
    });
    expect(r).toEqual({ sheet: 'Agents', rows: [['Agent ID', 'Name'], ['Li Na', 42]] });
  });

  it('CDATA sections in inline strings, shared strings and values', async () => {
    const r = await rowsOf({
      strings: { name: 'xl/sharedStrings.xml', data: '<sst><si><t><![CDATA[R&D <team>]]></t></si></sst>' },
      sheet: sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t><![CDATA[O\'Neill & co]]></t></is></c><c r="C1"><v><![CDATA[12.5]]></v></c><c r="D1" t="str"><v><![CDATA[a<b]]></v></c></row>'),
    });
    expect(r.rows).toEqual([['R&D <team>', "O'Neill & co", 12.5, 'a<b']]);
  });

  it('a commented-out row or cell is not data', async () => {
    const r = await rowsOf({
      sheet: sheet('<row r="1"><c r="A1"><v>1</v></c><!-- <c r="B1"><v>2</v></c> --><c r="C1"><v>3</v></c></row><!-- <row r="2"><c r="A2"><v>9</v></c></row> --><row r="3"><c r="A3"><v>4</v></c></row>'),
    });
    expect(r.rows).toEqual([[1, null, 3], [4]]);
  });

  it('processing instructions between rows are skipped', async () => {
    const r = await rowsOf({ sheet: sheet('<?mso-application progid="Excel.Sheet"?><row r="1"><c r="A1"><v>1</v></c></row><?x <row r="5"><c><v>5</v></c></row>?>') });
    expect(r.rows[0]).toEqual([1]);
  });

  it('line ends in text are normalised to LF; an escaped CR stays', async () => {
    const r = await rowsOf({ sheet: sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>a\r\nb\rc</t></is></c><c r="B1" t="inlineStr"><is><t>x&#13;y</t></is></c></row>') });
    expect(r.rows).toEqual([['a\nb\nc', 'x\ry']]);
  });
});
