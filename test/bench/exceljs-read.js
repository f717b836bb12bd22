// exceljs as the second xlsx reader: the reference our own reader (src/io/read/xlsx/) is tested
// and benchmarked against. Test and bench code only: `talks` never reads input with exceljs.
import ExcelJS from 'exceljs';

/** Flattens exceljs's cell value shapes (rich text, formulas, links) to plain values. */
export function plainCell(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return plainCell(v.result);
    if ('text' in v && typeof v.text === 'string') return v.text;
  }
  return null;
}

function rowCells(values) {
  const cells = new Array(Math.max(0, values.length - 1));
  for (let i = 1; i < values.length; i++) cells[i - 1] = plainCell(values[i]);
  return cells;
}

/** The same shape as src/io/read/raw.ts's rowStream: rows one by one, or `batches()`. */
function rowStream(batches) {
  return {
    batches: () => batches,
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches) yield* batch;
    },
  };
}

async function* listBatch(rows) {
  if (rows.length > 0) yield rows;
}

/** A row's values as the file holds them: the streaming reader's view, merged cells not copied from their master. */
function ownValues(row) {
  const values = [];
  row.eachCell((cell, col) => {
    if (cell.type !== ExcelJS.ValueType.Merge) values[col] = cell.value;
  });
  return values;
}

/**
 * Every worksheet through exceljs's in-memory reader (`xlsx.readFile`): deterministic, so the
 * differential tests cannot flake on the streaming reader's event order under load.
 */
export async function* readXlsxWithExcelJs(file, opts = {}) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const ws of wb.worksheets) {
    if (opts.sheet !== undefined && ws.name !== opts.sheet) continue;
    const rows = [];
    ws.eachRow({ includeEmpty: false }, (row, number) => rows.push({ row: number, cells: rowCells(ownValues(row)) }));
    yield { file, sheet: ws.name, rows: rowStream(listBatch(rows)) };
  }
}

/** Rows of one streamed worksheet, a batch of one row each; rows left unread are drained. */
async function* streamedRows(ws) {
  const it = ws[Symbol.asyncIterator]();
  let done = false;
  try {
    for (;;) {
      const next = await it.next();
      if (next.done) {
        done = true;
        return;
      }
      yield [{ row: next.value.number, cells: rowCells(next.value.values) }];
    }
  } finally {
    while (!done) done = !!(await it.next()).done;
  }
}

/** The same through exceljs's streaming reader: what the bench compares our reader's speed with. */
export async function* readXlsxWithExcelJsStream(file, opts = {}) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  for await (const ws of reader) {
    const rows = streamedRows(ws);
    if (opts.sheet !== undefined && ws.name !== opts.sheet) {
      for await (const _ of rows) void _;
      continue;
    }
    yield { file, sheet: ws.name, rows: rowStream(rows) };
  }
}
