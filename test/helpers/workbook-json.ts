import ExcelJS from 'exceljs';

export interface SheetJson {
  name: string;
  rows: unknown[][];
  frozen: boolean;
  autoFilter: unknown;
  pageSetup: { paperSize?: number; orientation?: string; fitToWidth?: number };
  formulas: number;
}

function plain(v: ExcelJS.CellValue): unknown {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return v;
}

/** Reads a written workbook back into plain data, for golden comparisons. */
export async function workbookJson(file: string): Promise<SheetJson[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    let formulas = 0;
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const values: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        if (cell.formula || cell.type === ExcelJS.ValueType.Formula) formulas++;
        values[col - 1] = plain(cell.value);
      });
      rows[n - 1] = values;
    });
    return {
      name: ws.name,
      rows,
      frozen: ws.views.some((v) => v.state === 'frozen'),
      autoFilter: ws.autoFilter,
      pageSetup: { paperSize: ws.pageSetup.paperSize, orientation: ws.pageSetup.orientation, fitToWidth: ws.pageSetup.fitToWidth },
      formulas,
    };
  });
}

export async function validationOf(file: string, sheet: string, address: string): Promise<ExcelJS.DataValidation | undefined> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet(sheet)?.getCell(address).dataValidation;
}
