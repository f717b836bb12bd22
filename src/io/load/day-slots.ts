const DAY_MS = 86_400_000;
/** Days per chunk (a power of two) and chunks per slab. */
const CHUNK_BITS = 5;
const CHUNK = 1 << CHUNK_BITS;
const SLAB_CHUNKS = 4096;
/** Slots per slab, 2^17: a slot's slab and index in it are its bits. */
const SLAB_BITS = Math.log2(SLAB_CHUNKS) + CHUNK_BITS;
const SLAB = 1 << SLAB_BITS;
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

/** One agent's chunks of days: chunk number `first + i` is chunk id `ids[i]` (0: none yet). */
interface AgentChunks {
  first: number;
  ids: number[];
  /** The agent whose row came after this one's last time, and its chunks: exports list agents in the same order every day. */
  nextId?: string;
  next?: AgentChunks;
}

/**
 * The rows of reports with one row per agent and day: per agent and day a hash of the values
 * (0: no row yet), the table and the row where they were first read. Days are kept in chunks of
 * 32 days, the chunks in slabs that are never copied: 10 bytes per agent and day held, no key
 * stored, so memory grows with agents × days, without a hash table's slack or its copies.
 * Each slab is one resizable buffer, so `release()` hands its memory back at once, without
 * waiting for a full garbage collection that may come only after the plan is written.
 */
export class DaySlots {
  private readonly slabs: Resizable[] = [];
  private readonly values: Uint32Array[] = [];
  private readonly rows: Uint32Array[] = [];
  private readonly tables: Uint16Array[] = [];
  private chunks = 0;
  private readonly agents = new Map<string, AgentChunks>();
  private lastAgent = '';
  private lastChunks: AgentChunks = { first: 0, ids: [] };
  private lastDay = '';
  private lastNumber = 0;

  /** The slot of an agent and day: slab × SLAB + index in the slab. */
  slot(agent: string, day: string): number {
    if (agent !== this.lastAgent || this.agents.size === 0) {
      const before = this.lastChunks;
      // The agent that followed the last one last time: a comparison, mostly, not a lookup.
      let a = before.nextId === agent ? before.next : undefined;
      if (!a) {
        a = this.agents.get(agent);
        if (!a) this.agents.set(agent, (a = { first: 0, ids: [] }));
        [before.nextId, before.next] = [agent, a];
      }
      this.lastAgent = agent;
      this.lastChunks = a;
    }
    if (day !== this.lastDay) {
      this.lastDay = day;
      this.lastNumber = dayNumber(day);
    }
    const id = this.chunkOf(this.lastChunks, this.lastNumber >> CHUNK_BITS);
    return (id - 1) * CHUNK + (this.lastNumber & (CHUNK - 1));
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
    this.lastChunks = { first: 0, ids: [] };
    this.chunks = 0;
  }

  private chunkOf(a: AgentChunks, chunk: number): number {
    if (a.ids.length === 0) a.first = chunk;
    if (chunk < a.first) {
      a.ids.unshift(...new Array<number>(a.first - chunk).fill(0));
      a.first = chunk;
    }
    const i = chunk - a.first;
    while (a.ids.length <= i) a.ids.push(0);
    if (a.ids[i] === 0) a.ids[i] = this.newChunk();
    return a.ids[i];
  }

  /** A fresh chunk id (from 1); a new slab when the last one is full. */
  private newChunk(): number {
    if (this.chunks % SLAB_CHUNKS === 0) {
      const slab = new Resizable(SLAB_BYTES, { maxByteLength: SLAB_BYTES });
      this.slabs.push(slab);
      this.values.push(new Uint32Array(slab, 0, SLAB));
      this.rows.push(new Uint32Array(slab, 4 * SLAB, SLAB));
      this.tables.push(new Uint16Array(slab, 8 * SLAB, SLAB));
    }
    return ++this.chunks;
  }
}
