/**
 * An open-addressing hash table of row keys (53-bit hashes, never 0) in typed arrays: per row
 * 18 bytes at worst twice over, where a Map of numbers costs over 50. It remembers, per key, a
 * 32-bit hash of the row's values and where the row was first read (table and row number).
 */
export class RowTable {
  private keys = new Float64Array(1 << 12);
  private values = new Uint32Array(1 << 12);
  private rows = new Uint32Array(1 << 12);
  private tables = new Uint16Array(1 << 12);
  private size = 0;

  /** The slot of `key`, or -1. */
  find(key: number): number {
    const mask = this.keys.length - 1;
    for (let i = key % (mask + 1); ; i = (i + 1) & mask) {
      const k = this.keys[i];
      if (k === key) return i;
      if (k === 0) return -1;
    }
  }

  add(key: number, value: number, table: number, row: number): void {
    if ((this.size + 1) * 4 > this.keys.length * 3) this.grow();
    this.put(key, value, table, row);
    this.size++;
  }

  value(slot: number): number {
    return this.values[slot];
  }

  table(slot: number): number {
    return this.tables[slot];
  }

  row(slot: number): number {
    return this.rows[slot];
  }

  private put(key: number, value: number, table: number, row: number): void {
    const mask = this.keys.length - 1;
    let i = key % (mask + 1);
    while (this.keys[i] !== 0) i = (i + 1) & mask;
    this.keys[i] = key;
    this.values[i] = value;
    this.tables[i] = table;
    this.rows[i] = row;
  }

  private grow(): void {
    const { keys, values, tables, rows } = this;
    const n = keys.length * 2;
    this.keys = new Float64Array(n);
    this.values = new Uint32Array(n);
    this.tables = new Uint16Array(n);
    this.rows = new Uint32Array(n);
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.put(keys[i], values[i], tables[i], rows[i]);
  }
}
