import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

// exceljs is loaded on first use and only the part a command needs: the whole package costs about
// 0.2 s at start-up, which `talks --help`, `check` or `rank` should not pay.
const require = createRequire(import.meta.url);

/** exceljs's in-memory workbook (prep, record, and the plan workbook read back in tests). */
export function excelWorkbook(): typeof ExcelJS.Workbook {
  return require('exceljs/lib/doc/workbook.js') as typeof ExcelJS.Workbook;
}

/** exceljs's streaming writer, all `talks plan` needs. */
export function excelStreamWriter(): typeof ExcelJS.stream.xlsx.WorkbookWriter {
  return require('exceljs/lib/stream/xlsx/workbook-writer.js') as typeof ExcelJS.stream.xlsx.WorkbookWriter;
}
