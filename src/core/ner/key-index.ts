/** An open-addressing hash table from 32-bit feature keys (never 0) to dense row numbers. */
export class KeyIndex {
  private keys: Uint32Array;
  private rows: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let n = 1024;
    while (n < capacity * 2) n *= 2;
    this.keys = new Uint32Array(n);
    this.rows = new Int32Array(n);
    this.mask = n - 1;
  }

  get(key: number): number {
    const keys = this.keys;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const k = keys[slot];
      if (k === key) return this.rows[slot];
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The key's row, adding it as the next row when absent. */
  add(key: number): number {
    const found = this.get(key);
    if (found >= 0) return found;
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.rows[slot] = this.size;
    return this.size++;
  }

  /** Keys in row order. */
  keysByRow(): Uint32Array {
    const out = new Uint32Array(this.size);
    for (let s = 0; s < this.keys.length; s++) if (this.keys[s] !== 0) out[this.rows[s]] = this.keys[s];
    return out;
  }

  private grow(): void {
    const oldKeys = this.keys, oldRows = this.rows;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.rows = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let s = 0; s < oldKeys.length; s++) {
      const key = oldKeys[s];
      if (key === 0) continue;
      let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.rows[slot] = oldRows[s];
    }
  }
}
