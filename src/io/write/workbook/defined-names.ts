import { createRequire } from 'node:module';

/** A sheet name inside a reference: always quoted, apostrophes doubled (ECMA-376 §18.17). */
function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `A1:J75` → `$A$1:$J$75`; a print area names fixed cells, never ones relative to the cursor. */
function absolute(area: string): string {
  return area.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

interface SheetModel {
  name: string;
  pageSetup?: { printArea?: string; printTitlesRow?: string; printTitlesColumn?: string };
}
interface DefinedName {
  name: string;
  ranges: string[];
  localSheetId?: number;
}
interface BookModel {
  sheets: SheetModel[];
  definedNames: DefinedName[];
}

const PRINT_AREA = '_xlnm.Print_Area';
const PRINT_TITLES = '_xlnm.Print_Titles';

/** The print areas and print titles of one sheet, each range prefixed by its quoted sheet name. */
function sheetNames(sheet: SheetModel, localSheetId: number): DefinedName[] {
  const p = sheet.pageSetup;
  if (!p) return [];
  const ref = (r: string) => `${quoteSheetName(sheet.name)}!${r}`;
  const out: DefinedName[] = (p.printArea ?? '')
    .split('&&')
    .filter(Boolean)
    .map((area) => ({ name: PRINT_AREA, ranges: [ref(absolute(area))], localSheetId }));
  const titles = [p.printTitlesColumn, p.printTitlesRow]
    .filter((t): t is string => Boolean(t))
    .map((t) => ref(t.split(':').map((part) => `$${part}`).join(':')));
  if (titles.length) out.push({ name: PRINT_TITLES, ranges: titles, localSheetId });
  return out;
}

/** The defined names exceljs 4.4 derives from the page setups, rebuilt with the sheet names quoted. */
function printNames(model: BookModel): DefinedName[] {
  const out: DefinedName[] = [];
  let index = 0;
  // model.sheets may be sparse: forEach skips the holes, as exceljs counts localSheetId.
  model.sheets.forEach((sheet) => out.push(...sheetNames(sheet, index++)));
  return out;
}

/** exceljs 4.4's workbook.xml writer (lib/xlsx/xform/book/workbook-xform.js). */
export interface WorkbookXformClass {
  prototype: { prepare(model: BookModel): void };
}

const patched = new WeakSet<WorkbookXformClass>();

/**
 * exceljs 4.4 (lib/xlsx/xform/book/workbook-xform.js) writes `'<sheet name>'!` without doubling
 * an apostrophe in the name, so "A002 James O'Neill" makes a workbook neither Excel nor exceljs
 * can open. Its print names are replaced by correctly quoted ones. `WorkbookXform` is the copy
 * the writer uses: the built CLI bundles one for the streamed writer, beside the package's own.
 */
export function quoteSheetNames(WorkbookXform: WorkbookXformClass): void {
  if (patched.has(WorkbookXform)) return;
  patched.add(WorkbookXform);
  const prepare = WorkbookXform.prototype.prepare;
  WorkbookXform.prototype.prepare = function (this: unknown, model: BookModel) {
    prepare.call(this, model);
    const own = model.definedNames.filter((d) => d.name !== PRINT_AREA && d.name !== PRINT_TITLES);
    model.definedNames = [...own, ...printNames(model)];
  };
}

/** The same for the package's own copy, which the in-memory workbook (excelWorkbook) uses. */
export function quoteSheetNamesInWorkbooks(): void {
  quoteSheetNames(createRequire(import.meta.url)('exceljs/lib/xlsx/xform/book/workbook-xform.js') as WorkbookXformClass);
}
