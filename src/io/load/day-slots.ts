const DAY_MS = 86_400_000;
/** Days per block (a power of two). */
const DAY_BITS = 5;
const DAYS = 1 << DAY_BITS;
/** Agents per block (a power of two): a block holds one day's slots of its agents side by side. */
const LANE_BITS = 6;
const LANES = 1 << LANE_BITS;
const BLOCK_BITS = DAY_BITS + LANE_BITS;
const BLOCK = 1 << BLOCK_BITS;
/** Slots per slab, 2^17 (64 blocks): a slot's slab and index in it are its bits. */
const SLAB_BITS = 17;
const SLAB = 1 << SLAB_BITS;
const SLAB_BLOCKS = SLAB / BLOCK;
/** A slab's bytes: a 32-bit value hash, a 32-bit row and a 16-bit table per slot. */
const SLAB_BYTES = 10 * SLAB;

/** A resizable ArrayBuffer (Node 20; the ES2024 lib is not in this project's TypeScript lib). */
interface Resizable extends ArrayBuffer {
  resize(bytes: number): void;
}
const Resizable = ArrayBuffer as unknown as new (bytes: number, options: { maxByteLength: number }) => Resizable;

/** Days since 1970-01-01 of a `YYYY-MM-DD` day. */
function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

/** The blocks of 64 agents: block of days number `first + i` is block id `ids[i]` (0: none yet). */
interface GroupBlocks {
  first: number;
  ids: number[];
}

/** An agent: its group of 64 and its lane in the group's blocks. */
interface AgentLane {
  group: GroupBlocks;
  lane: number;
  /** The agent whose row came after this one's last time: exports list agents in the same order every day. */
  nextId?: string;
  next?: AgentLane;
}

/**
 * The rows of reports with one row per agent and day: per agent and day a hash of the values
 * (0: no row yet), the table and the row where they were first read. Agents are taken 64 at a
 * time, in the order first met, and days 32 at a time: a block holds their 64 × 32 slots day by
 * day, so the rows of one day, which exports list agent after agent, fall side by side. Blocks
 * live in slabs that are never copied: 10 bytes per slot, no key stored, so memory grows with
 * agents × days, without a hash table's slack or its copies. Each slab is one resizable buffer,
 * so `release()` hands its memory back at once, without waiting for a full garbage collection
 * that may come only after the plan is written.
 */
export class DaySlots {
  private readonly slabs: Resizable[] = [];
  private readonly values: Uint32Array[] = [];
  private readonly rows: Uint32Array[] = [];
  private readonly tables: Uint16Array[] = [];
  private blocks = 0;
  private readonly agents = new Map<string, AgentLane>();
  private lastGroup: GroupBlocks = { first: 0, ids: [] };
  private lastAgent = '';
  private last: AgentLane = { group: this.lastGroup, lane: LANES };
  private lastDay = '';
  private lastNumber = 0;

  /** The slot of an agent and day: slab × SLAB + index in the slab. */
  slot(agent: string, day: string): number {
    if (agent !== this.lastAgent || this.agents.size === 0) {
      const before = this.last;
      // The agent that followed the last one last time: a comparison, mostly, not a lookup.
      let a = before.nextId === agent ? before.next : undefined;
      if (!a) {
        a = this.agents.get(agent) ?? this.newAgent(agent);
        [before.nextId, before.next] = [agent, a];
      }
      this.lastAgent = agent;
      this.last = a;
    }
    if (day !== this.lastDay) {
      this.lastDay = day;
      this.lastNumber = dayNumber(day);
    }
    const id = this.blockOf(this.last.group, this.lastNumber >> DAY_BITS);
    return (id - 1) * BLOCK + ((this.lastNumber & (DAYS - 1)) << LANE_BITS) + this.last.lane;
  }

  value(slot: number): number {
    return this.values[slot >>> SLAB_BITS][slot & (SLAB - 1)];
  }

  table(slot: number): number {
    return this.tables[slot >>> SLAB_BITS][slot & (SLAB - 1)];
  }

  row(slot: number): number {
    return this.rows[slot >>> SLAB_BITS][slot & (SLAB - 1)];
  }

  set(slot: number, value: number, table: number, row: number): void {
    const s = slot >>> SLAB_BITS;
    const i = slot & (SLAB - 1);
    this.values[s][i] = value;
    this.tables[s][i] = table;
    this.rows[s][i] = row;
  }

  /** Gives the memory of every slab back; the slots are gone after this. */
  release(): void {
    for (const slab of this.slabs) slab.resize(0);
    this.slabs.length = this.values.length = this.rows.length = this.tables.length = 0;
    this.agents.clear();
    this.lastAgent = '';
    this.lastGroup = { first: 0, ids: [] };
    this.last = { group: this.lastGroup, lane: LANES };
    this.blocks = 0;
  }

  /** An agent met for the first time: the next lane of the last group, or a new group. */
  private newAgent(agent: string): AgentLane {
    const lane = this.agents.size & (LANES - 1);
    if (lane === 0) this.lastGroup = { first: 0, ids: [] };
    const a: AgentLane = { group: this.lastGroup, lane };
    this.agents.set(agent, a);
    return a;
  }

  private blockOf(g: GroupBlocks, block: number): number {
    if (g.ids.length === 0) g.first = block;
    if (block < g.first) {
      g.ids.unshift(...new Array<number>(g.first - block).fill(0));
      g.first = block;
    }
    const i = block - g.first;
    while (g.ids.length <= i) g.ids.push(0);
    if (g.ids[i] === 0) g.ids[i] = this.newBlock();
    return g.ids[i];
  }

  /** A fresh block id (from 1); a new slab when the last one is full. */
  private newBlock(): number {
    if (this.blocks % SLAB_BLOCKS === 0) {
      const slab = new Resizable(SLAB_BYTES, { maxByteLength: SLAB_BYTES });
      this.slabs.push(slab);
      this.values.push(new Uint32Array(slab, 0, SLAB));
      this.rows.push(new Uint32Array(slab, 4 * SLAB, SLAB));
      this.tables.push(new Uint16Array(slab, 8 * SLAB, SLAB));
    }
    return ++this.blocks;
  }
}
