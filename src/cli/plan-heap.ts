import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const MIB = 1024 * 1024;
/** How much the heap and its buffers may grow between two collections. */
const SLACK = 24 * MIB;
/** Below this nothing is collected by hand: a plan of a few hundred agents never pays for it. */
const SMALL = 64 * MIB;
/** SPEC §8: a plan of a million KPI rows stays under 200 MiB. */
const BUDGET = 200 * MIB;
/**
 * What V8's young generation adds to the process at most once it may grow: its two semi-spaces
 * go from 1 to 16 MiB each (measured: 13–30 MiB more at the peak), with a margin.
 */
const YOUNG_GROWTH = 48 * MIB;

function used(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

/** V8's collector, exposed at run time (bin/talks.js is started without --expose-gc); undefined where that fails. */
function collector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

let floor = Infinity;
let gc: (() => void) | null | undefined = null;

/**
 * Called between the plan's phases (the fold, the swings, the managers' weeks, the report) and
 * after each manager's workbook. What a phase leaves behind is mostly garbage (the fold's read
 * buffers, the swings' standings, a finished workbook's rows, XML strings and zip buffers), but
 * V8 lets the old generation grow over several phases and dozens of workbooks before a full
 * collection: the 50-manager centre's peak went from ~220 to ~250–290 MiB that way. Once the
 * heap and its buffers have grown by SLACK since the last collection, this collects (a few tens
 * of ms; about every 15 workbooks of a 100-agent manager). `dropped`: a big part of the heap
 * (the whole centre's KPI store, once the plans are made) just became garbage; collect it now.
 */
export function keepHeapSmall(dropped = false): void {
  const now = used();
  // What is left after V8's own collections counts as a floor too.
  floor = Math.min(floor, now);
  if (now < SMALL || (now - floor < SLACK && !dropped)) return;
  if (gc === null) gc = collector();
  gc?.();
  floor = used();
}

/**
 * bin/talks.js keeps V8's young generation at its start size (1 MiB semi-spaces), so a big
 * read's short-lived garbage is not held on top of its peak; what is written after the read then
 * pays for it in collections. When the process is far enough under the budget (`rss`: its
 * resident memory now), the young generation may grow from here on, to its largest in one step;
 * after a read too big for that (3M rows: ~160 MiB), it stays small.
 */
export function growYoungWithinBudget(rss = process.memoryUsage.rss(), setFlags = setFlagsFromString): boolean {
  if (rss + YOUNG_GROWTH > BUDGET) return false;
  setFlags('--semi-space-growth-factor=16');
  return true;
}

/**
 * What `plan` does once the data is read and the plans are made: the centre's KPI store is
 * garbage; with several managers' workbooks to write, the young generation may grow. Measured in
 * interleaved runs: 50 managers' workbooks 4.35 -> 4.01 s (peak 144 -> 177 MiB), while one
 * workbook, even after 1M rows, is written as fast either way (1.52 s both) and would only hold
 * ~28 MiB more.
 */
export function afterTheRead(workbooks: number): void {
  keepHeapSmall(true);
  if (workbooks > 1) growYoungWithinBudget();
}
