import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SharedStyles } from '../../src/io/write/workbook/shared-styles.js';
import { StyleIds } from '../../src/io/write/workbook/style-ids.js';

/**
 * The forms' cells get their style numbers from StyleIds, once per set of style parts, instead of
 * sharing each cell's style (SharedStyles) and asking exceljs's styles.xml every time. Random cells,
 * many of them on one style object of several types (as cells on their column's style are), are
 * numbered both ways: the same numbers, and the same styles.xml.
 */

type Style = Partial<ExcelJS.Style>;
interface Styles {
  addStyleModel(style: Style, type?: number): number;
  readonly xml: string;
}
const require = createRequire(import.meta.url);
const StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform.js') as new (initialise: boolean) => Styles;

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF8C8C8C' } };
const FONTS: (Partial<ExcelJS.Font> | undefined)[] = [undefined, { size: 10 }, { size: 10 }, { bold: true, size: 10 }, { name: 'Calibri', size: 11 }, { bold: undefined, size: 10 }];
const ALIGNMENTS: (Partial<ExcelJS.Alignment> | undefined)[] = [undefined, { wrapText: true, vertical: 'top' }, { horizontal: 'right', wrapText: true, vertical: 'top' }];
const FILLS: (ExcelJS.Fill | undefined)[] = [undefined, { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } }];
const BORDERS: (Partial<ExcelJS.Borders> | undefined)[] = [undefined, { top: THIN, left: THIN, bottom: THIN, right: THIN }, { bottom: THIN }];
const FORMATS = [undefined, 'yyyy-mm-dd', '0.0%'];
const PROTECTIONS: (Partial<ExcelJS.Protection> | undefined)[] = [undefined, { locked: false }];

const pick = <T>(list: readonly T[]) => fc.nat(list.length - 1).map((i) => list[i]);
const style: fc.Arbitrary<Style> = fc
  .record({ numFmt: pick(FORMATS), font: pick(FONTS), alignment: pick(ALIGNMENTS), fill: pick(FILLS), border: pick(BORDERS), protection: pick(PROTECTIONS) })
  .map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)));

interface Cell {
  /** Which of the run's style objects: the same object comes back, with other types. */
  style: number;
  font: number;
  column: number;
  /** exceljs's value types: null, merge, number, string, date. */
  type: number;
  merged: boolean;
}
const cell: fc.Arbitrary<Cell> = fc.record({ style: fc.nat(7), font: fc.nat(FONTS.length - 1), column: fc.nat(9), type: fc.constantFrom(0, 2, 3, 4), merged: fc.boolean() });

/** Before StyleIds: each cell's own style object (its named font set on it), shared, then numbered by exceljs. */
function oneByOne(styles: Style[], cells: Cell[]): { ids: number[]; xml: string } {
  const xform = new StylesXform(true);
  const shared = new SharedStyles();
  const ids = cells.map((c) => xform.addStyleModel(shared.cellStyle(c.column, { ...styles[c.style], font: FONTS[c.font] }, c.type), c.merged ? 1 : c.type));
  return { ids, xml: xform.xml };
}

function withIds(styles: Style[], cells: Cell[]): { ids: number[]; xml: string } {
  const xform = new StylesXform(true);
  const shared = new SharedStyles();
  const known = new StyleIds((s, column, type, cellType) => xform.addStyleModel(shared.cellStyle(column, s, type), cellType));
  const ids = cells.map((c) => known.id(styles[c.style], FONTS[c.font], c.column, c.type, c.merged ? 1 : c.type));
  return { ids, xml: xform.xml };
}

describe('StyleIds', () => {
  it('numbers random cells as SharedStyles and exceljs do cell by cell, with the same styles.xml', () => {
    fc.assert(
      fc.property(fc.array(style, { minLength: 8, maxLength: 8 }), fc.array(cell, { maxLength: 120 }), (styles, cells) => {
        expect(withIds(styles, cells)).toEqual(oneByOne(styles, cells));
      }),
      { numRuns: 300 },
    );
  });

  it('asks for a number once per set of parts and type', () => {
    let asked = 0;
    const known = new StyleIds(() => ++asked);
    const a: Style = { font: FONTS[1], border: BORDERS[1] };
    const b: Style = { ...a };
    expect([known.id(a, a.font, 0, 3, 3), known.id(b, b.font, 5, 3, 1), known.id(a, a.font, 0, 2, 2), known.id(a, FONTS[2], 0, 3, 3)]).toEqual([1, 1, 2, 3]);
    expect(asked).toBe(3);
  });
});
