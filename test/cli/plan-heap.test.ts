import { describe, expect, it } from 'vitest';
import { growYoungWithinBudget, keepHeapSmall } from '../../src/cli/plan-heap.js';

const MIB = 1024 * 1024;
/** The heap alone: freed buffers leave `external` a little later, once their backing stores are swept. */
const heap = () => process.memoryUsage().heapUsed;

/** A phase's leftovers: objects and buffers that lived through the phase (so they are old), then dropped. */
function phase(): number {
  const kept: unknown[] = [];
  for (let i = 0; i < 32; i++) kept.push(Buffer.alloc(MIB, i));
  for (let i = 0; i < 400_000; i++) kept.push({ id: `agent-${i}`, score: i / 7, metrics: [i, i + 1] });
  return kept.length;
}

describe('keepHeapSmall', () => {
  it('leaves the heap within 24 MiB of the last floor after a phase that left ~70 MiB of objects and 32 MiB of buffers behind', () => {
    keepHeapSmall();
    const floor = heap();
    expect(phase()).toBe(400_032);
    keepHeapSmall();
    expect(heap() - floor).toBeLessThan(24 * MIB);
  });

  it('keeps doing so phase after phase, as after each of 50 managers’ workbooks', () => {
    keepHeapSmall();
    const floor = heap();
    for (let i = 0; i < 5; i++) {
      phase();
      keepHeapSmall();
      expect(heap() - floor).toBeLessThan(24 * MIB);
    }
  });
});

describe('growYoungWithinBudget', () => {
  const run = (rss: number) => {
    const flags: string[] = [];
    const grown = growYoungWithinBudget(rss, (f) => flags.push(f));
    return { grown, flags };
  };

  it('lets the young generation grow while 48 MiB more stays within the 200 MiB budget', () => {
    expect(run(80 * MIB)).toEqual({ grown: true, flags: ['--semi-space-growth-factor=16'] });
    expect(run(152 * MIB)).toEqual({ grown: true, flags: ['--semi-space-growth-factor=16'] });
  });

  it('leaves it at its start size past that, as after a read of 3M rows (~160 MiB)', () => {
    expect(run(152 * MIB + 1)).toEqual({ grown: false, flags: [] });
    expect(run(160 * MIB)).toEqual({ grown: false, flags: [] });
  });
});
