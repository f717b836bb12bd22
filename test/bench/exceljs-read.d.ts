import type ExcelJS from 'exceljs';
import type { CellValue } from '../../src/columns/cell.js';
import type { RawSheet, ReadOptions } from '../../src/io/read/raw.js';

export function plainCell(v: ExcelJS.CellValue | undefined): CellValue;
export function readXlsxWithExcelJs(file: string, opts?: ReadOptions): AsyncGenerator<RawSheet>;
export function readXlsxWithExcelJsStream(file: string, opts?: ReadOptions): AsyncGenerator<RawSheet>;
