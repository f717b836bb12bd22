import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

// exceljs is loaded on first use and only the part a command needs: the whole package costs about
// 0.2 s at start-up, which `talks --help`, `check` or `rank` should not pay.
const require = createRequire(import.meta.url);

/** exceljs's in-memory workbook (prep, record, and the plan workbook read back in tests). */
export function excelWorkbook(): typeof ExcelJS.Workbook {
  return require('exceljs/lib/doc/workbook.js') as typeof ExcelJS.Workbook;
}

type StreamWriter = typeof ExcelJS.stream.xlsx.WorkbookWriter;

/** The streaming writer and the writer of its workbook.xml, from the same copy of exceljs. */
export interface StreamParts {
  WorkbookWriter: StreamWriter;
  WorkbookXform: unknown;
  /** exceljs's XML text escaping, as its writers apply it. */
  xmlEncode(text: string): string;
}

/**
 * exceljs's streaming writer, all `talks plan` needs. Imported, not required: the build bundles
 * it with its dependencies into one chunk that only `plan` loads (about half the time of
 * loading its ~200 files one by one), so the workbook.xml writer to patch is the bundled one.
 */
export async function excelStreamWriter(): Promise<StreamParts> {
  const [writer, xform, utils] = await Promise.all([
    import('exceljs/lib/stream/xlsx/workbook-writer.js'),
    import('exceljs/lib/xlsx/xform/book/workbook-xform.js'),
    import('exceljs/lib/utils/utils.js'),
  ]);
  return { WorkbookWriter: writer.default, WorkbookXform: xform.default, xmlEncode: utils.default.xmlEncode };
}
