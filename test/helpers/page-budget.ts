import type ExcelJS from 'exceljs';

/** A4 in points. */
const A4 = { width: 595.3, height: 841.9 };
const DEFAULT_ROW_HEIGHT = 15;

/** Excel's column width (characters of the default font) in points: 7 px per character plus 5 px padding, at 96 dpi. */
function columnPoints(width: number): number {
  return (Math.trunc(width * 7 + 5) * 72) / 96;
}

export interface PageBudget {
  /** The scale that fits the printed columns into the page width (capped at 100%). */
  scale: number;
  /** The printed rows' height at that scale, and the page's printable height, in points. */
  used: number;
  room: number;
  rows: number;
}

/**
 * How a sheet's print area fills one A4 page, computed as Excel and LibreOffice print it: the
 * page minus the margins, the columns scaled to fit the width, the row heights at that scale.
 */
export function pageBudget(ws: ExcelJS.Worksheet): PageBudget {
  const m = ws.pageSetup.margins!;
  const area = /^\$?([A-Z]+)\$?1:\$?([A-Z]+)\$?(\d+)$/.exec(String(ws.pageSetup.printArea ?? ''));
  if (!area) throw new Error(`no print area on ${ws.name}`);
  const lastCol = ws.getColumn(area[2]).number;
  const lastRow = Number(area[3]);
  let width = 0;
  for (let c = 1; c <= lastCol; c++) if (!ws.getColumn(c).hidden) width += columnPoints(ws.getColumn(c).width ?? 8.43);
  let height = 0;
  for (let r = 1; r <= lastRow; r++) height += ws.getRow(r).height ?? DEFAULT_ROW_HEIGHT;
  const portrait = ws.pageSetup.orientation !== 'landscape';
  const page = portrait ? A4 : { width: A4.height, height: A4.width };
  const roomWidth = page.width - (m.left + m.right) * 72;
  const room = page.height - (m.top + m.bottom) * 72;
  const scale = Math.min(1, roomWidth / width, (ws.pageSetup.scale ?? 100) / 100);
  return { scale, used: height * scale, room, rows: lastRow };
}
