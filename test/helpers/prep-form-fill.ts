import ExcelJS from 'exceljs';

/** Finds a prep form's coded cells (hidden column K: `code=LETTER;…`) as a manager's Excel would show them. */
export function formCell(ws: ExcelJS.Worksheet, code: string): ExcelJS.Cell {
  for (let r = 1; r <= ws.rowCount; r++) {
    const entries = String(ws.getCell(r, 11).value ?? '').split(';');
    for (const e of entries) {
      const [c, letter] = e.split('=');
      if (c === code) return ws.getCell(`${letter}${r}`);
    }
  }
  throw new Error(`no cell coded ${code} on ${ws.name}`);
}

/** Opens a plan workbook, types values into one agent's prep form, saves it. */
export async function fillForm(file: string, agentId: string, values: Record<string, ExcelJS.CellValue>, schedule: Record<string, ExcelJS.CellValue> = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets.find((w) => w.name.startsWith(`${agentId} `));
  if (!ws) throw new Error(`no prep form for ${agentId}`);
  for (const [code, v] of Object.entries(values)) formCell(ws, code).value = v;
  if (Object.keys(schedule).length) {
    const s = wb.worksheets[0];
    const header = s.getRow(1).values as ExcelJS.CellValue[];
    for (let r = 2; r <= s.rowCount; r++) {
      if (String(s.getCell(r, 1).value) !== agentId) continue;
      for (const [h, v] of Object.entries(schedule)) s.getCell(r, header.indexOf(h)).value = v;
    }
  }
  await wb.xlsx.writeFile(file);
  return ws.name;
}
