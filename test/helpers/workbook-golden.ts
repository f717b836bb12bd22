import ExcelJS from 'exceljs';
import { ZipFile } from '../../src/io/read/xlsx/zip.js';

/** A cell as plain data: dates as `date:YYYY-MM-DD`, times (day 0) as `time:HH:MM:SS`, rich text joined. */
function plain(v: ExcelJS.CellValue): unknown {
  if (v instanceof Date && v.getUTCFullYear() < 1900) return `time:${v.toISOString().slice(11, 19)}`;
  if (v instanceof Date) return `date:${v.toISOString().slice(0, 10)}`;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return v ?? null;
}

const TYPE_NAMES: Record<number, string> = {
  [ExcelJS.ValueType.Number]: 'number',
  [ExcelJS.ValueType.String]: 'text',
  [ExcelJS.ValueType.Date]: 'date',
  [ExcelJS.ValueType.SharedString]: 'text',
  [ExcelJS.ValueType.Boolean]: 'boolean',
  [ExcelJS.ValueType.Formula]: 'formula',
  [ExcelJS.ValueType.RichText]: 'text',
};

async function entryText(zip: ZipFile, name: string): Promise<string> {
  const entry = zip.entries.get(name);
  if (!entry) return '';
  const parts: Buffer[] = [];
  for await (const c of zip.chunks(entry)) parts.push(c);
  return Buffer.concat(parts).toString('utf8');
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** The validations and conditional formats exactly as written in the sheet's XML (ranges included). */
function rulesOf(xml: string) {
  const validations = [...xml.matchAll(/<dataValidation\b([^>]*)>(.*?)<\/dataValidation>/g)].map((m) => ({
    sqref: attr(m[1], 'sqref'),
    type: attr(m[1], 'type'),
    formula: /<formula1>(.*?)<\/formula1>/.exec(m[2])?.[1].replace(/&quot;/g, '"'),
  }));
  const conditionalFormats = [...xml.matchAll(/<conditionalFormatting sqref="([^"]*)">(.*?)<\/conditionalFormatting>/g)].map((m) => ({
    sqref: m[1],
    rules: [...m[2].matchAll(/<cfRule\b([^>]*)>(.*?)<\/cfRule>/g)].map((r) => ({
      type: attr(r[1], 'type'),
      colours: [...r[2].matchAll(/<color rgb="([^"]*)"/g)].map((c) => c[1]),
      extLst: r[2].includes('<extLst>'),
    })),
  }));
  return { validations, conditionalFormats };
}

function fontOf(cell: ExcelJS.Cell): string {
  const f = cell.font ?? {};
  return `${f.name ?? '(no name)'} ${f.size ?? '(no size)'}${f.bold ? ' bold' : ''}`;
}

/** Every cell's value, and per column the cell types and number formats of the data rows. */
function cellsOf(ws: ExcelJS.Worksheet) {
  const rows: unknown[][] = [];
  const columns: Record<string, string[]> = {};
  ws.eachRow((row, n) => {
    const values: unknown[] = [];
    row.eachCell((cell, col) => {
      // A merged range holds its value once, in its first cell.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      values[col - 1] = plain(cell.value);
      if (n === 1) return;
      const kind = `${TYPE_NAMES[cell.type] ?? 'empty'} ${cell.numFmt ?? 'General'}`;
      const list = (columns[ws.getColumn(col).letter] ??= []);
      if (!list.includes(kind)) list.push(kind);
    });
    rows[n - 1] = [...values].map((v) => v ?? null);
  });
  return { rows, columns };
}

export interface GoldenOptions {
  /** Sheets whose cells are left out (their content belongs to another part of the tool). */
  layoutOnly: (name: string) => boolean;
}

/** Reads a written workbook back into plain JSON for a reviewed golden snapshot. */
export async function workbookGolden(file: string, opts: GoldenOptions) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const zip = await ZipFile.open(file);
  return Promise.all(
    wb.worksheets.map(async (ws, i) => {
      const xml = await entryText(zip, `xl/worksheets/sheet${i + 1}.xml`);
      const fonts = new Set<string>();
      ws.eachRow((row) => row.eachCell((cell) => void fonts.add(fontOf(cell))));
      const p = ws.pageSetup;
      return {
        name: ws.name,
        frozen: (ws.views.find((v) => v.state === 'frozen') as { ySplit?: number } | undefined)?.ySplit ?? null,
        autoFilter: /<autoFilter ref="([^"]*)"/.exec(xml)?.[1] ?? null,
        page: {
          paperSize: p.paperSize,
          orientation: p.orientation,
          fitToWidth: p.fitToWidth,
          fitToHeight: p.fitToHeight,
          firstPageNumber: p.firstPageNumber,
          printTitlesRow: p.printTitlesRow ?? null,
          printArea: p.printArea ?? null,
          header: ws.headerFooter.oddHeader ?? null,
          footer: ws.headerFooter.oddFooter ?? null,
        },
        widths: ws.columns?.map((c) => c.width ?? null) ?? [],
        fonts: [...fonts].sort(),
        ...rulesOf(xml),
        ...(opts.layoutOnly(ws.name) ? {} : cellsOf(ws)),
      };
    }),
  );
}

type Range = { c1: number; r1: number; c2: number; r2: number };

function decode(ref: string): Range {
  const cell = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { col, row: +m[2] };
  };
  const [a, b = a] = ref.split(':');
  const x = cell(a);
  const y = cell(b);
  return { c1: x.col, r1: x.row, c2: y.col, r2: y.row };
}

/** Pairs of validation ranges of one sheet that share a cell. */
export function overlappingRanges(sqrefs: string[]): [string, string][] {
  const ranges = sqrefs.flatMap((s) => s.split(' ')).map((ref) => ({ ref, ...decode(ref) }));
  const out: [string, string][] = [];
  ranges.forEach((a, i) =>
    ranges.slice(i + 1).forEach((b) => {
      if (a.c1 <= b.c2 && b.c1 <= a.c2 && a.r1 <= b.r2 && b.r1 <= a.r2) out.push([a.ref, b.ref]);
    }),
  );
  return out;
}
