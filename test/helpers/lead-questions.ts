import ExcelJS from 'exceljs';

/** Types a team lead's questions into the Team leads sheet (the agent's row, the cell left of the hidden key), as a lead's Excel would. */
export async function writeLeadQuestions(file: string, questions: Record<string, string>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets.find((w) => w.getCell(1, 10).value === '@leads');
  if (!ws) throw new Error('no Team leads sheet');
  for (let r = 2; r <= ws.rowCount; r++) {
    const key = ws.getCell(r, 10).value;
    if (typeof key !== 'string') continue;
    const agent = (JSON.parse(key) as { agentId: string }).agentId;
    if (agent in questions) ws.getCell(r, 9).value = questions[agent];
  }
  await wb.xlsx.writeFile(file);
}

/** Every sheet's cell values (a merged range once) as `sheet!A1 → value` (dates as ISO days), for comparing two workbooks. */
export async function cellMap(file: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells = new Map<string, string>();
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // A merged range's other cells repeat its first cell's value.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const v = cell.value;
        cells.set(`${ws.name}!${cell.address}`, v instanceof Date ? v.toISOString() : JSON.stringify(v));
      }),
    );
  }
  return cells;
}
