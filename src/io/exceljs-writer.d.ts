// exceljs 4.4 ships types for its package entry only; its streaming writer's own file is the same class.
declare module 'exceljs/lib/stream/xlsx/workbook-writer.js' {
  import type ExcelJS from 'exceljs';
  const WorkbookWriter: typeof ExcelJS.stream.xlsx.WorkbookWriter;
  export default WorkbookWriter;
}

declare module 'exceljs/lib/xlsx/xform/book/workbook-xform.js' {
  const WorkbookXform: unknown;
  export default WorkbookXform;
}

declare module 'exceljs/lib/utils/utils.js' {
  /** exceljs's own XML text escaping (`& < > " '`, and control characters dropped). */
  const utils: { xmlEncode(text: string): string };
  export default utils;
}
