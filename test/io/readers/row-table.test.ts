import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowTable } from '../../../src/io/load/row-table.js';

describe('RowTable', () => {
  it('finds every key it was given, with its value and place, and no other, across growth', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 2 ** 53 - 1 }), { minLength: 1, maxLength: 20_000 }), fc.integer({ min: 1, max: 2 ** 53 - 1 }), (keys, other) => {
        const t = new RowTable();
        keys.forEach((k, i) => t.add(k, i % 2 ** 32, i % 7, i + 2));
        keys.forEach((k, i) => {
          const slot = t.find(k);
          expect(slot).toBeGreaterThanOrEqual(0);
          expect([t.value(slot), t.table(slot), t.row(slot)]).toEqual([i % 2 ** 32, i % 7, i + 2]);
        });
        if (!keys.includes(other)) expect(t.find(other)).toBe(-1);
      }),
      { numRuns: 20 },
    );
  });
});
