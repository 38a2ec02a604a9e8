/**
 * An open-addressing hash table from 32-bit feature keys (never 0) to dense row numbers. Each slot keeps its key
 * and row side by side (slots[2s], slots[2s + 1]) so a lookup touches one cache line, not one in each of two
 * arrays: tagging looks up tens of keys per token in tables far larger than the CPU caches.
 */
export class KeyIndex {
  /** [key as int32, row] per slot; key 0 marks an empty slot. */
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let n = 1024;
    while (n < capacity * 2) n *= 2;
    this.slots = new Int32Array(2 * n);
    this.mask = n - 1;
  }

  /**
   * A table from another table's `slotArray()` and `size` (the ready-to-use model file, ./readyModel): no key is
   * re-inserted. Rejects slot arrays that no KeyIndex could have made.
   */
  static fromSlots(slots: Int32Array, size: number): KeyIndex {
    const n = slots.length / 2;
    if (n < 1024 || (n & (n - 1)) !== 0 || !Number.isInteger(size) || size < 0 || size * 2 > n) {
      throw new Error(`key index: ${slots.length} slots for ${size} keys is not a table this program writes`);
    }
    const index = new KeyIndex(0);
    index.slots = slots;
    index.mask = n - 1;
    index.size = size;
    return index;
  }

  /** The slots themselves ([key, row] pairs), for writing the table as it is. */
  slotArray(): Int32Array {
    return this.slots;
  }

  get(key: number): number {
    const slots = this.slots;
    const k32 = key | 0;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const k = slots[2 * slot];
      if (k === k32) return slots[2 * slot + 1];
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The key's row, adding it as the next row when absent. */
  add(key: number): number {
    const found = this.get(key);
    if (found >= 0) return found;
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    this.place(key, this.size);
    return this.size++;
  }

  /** Keys in row order. */
  keysByRow(): Uint32Array {
    const out = new Uint32Array(this.size);
    const slots = this.slots;
    for (let s = 0; s < slots.length; s += 2) if (slots[s] !== 0) out[slots[s + 1]] = slots[s];
    return out;
  }

  private place(key: number, row: number): void {
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    while (this.slots[2 * slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[2 * slot] = key;
    this.slots[2 * slot + 1] = row;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = old.length - 1;
    for (let s = 0; s < old.length; s += 2) if (old[s] !== 0) this.place(old[s], old[s + 1]);
  }
}
