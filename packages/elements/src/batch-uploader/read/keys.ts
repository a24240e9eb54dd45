// A set of texts found by their characters, each a stretch `[start, end)` of a string it holds on
// to (the file's whole text, mostly): so the emails of 100,000 rows are compared, and the dates
// read once each, without a string made and hashed per cell. (A `Set` of those strings was the
// largest cost of checking a big file.)

/** ASCII upper case to lower case, when keys compare as `toLowerCase` would (ASCII only). */
const fold = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

export class TextKeys {
  #slots = new Int32Array(1 << 10);
  #texts: string[] = [];
  #starts: number[] = [];
  #ends: number[] = [];
  #hashes: number[] = [];

  /** `ignoreCase`: A–Z and a–z are the same (callers pass only ASCII then). */
  constructor(readonly ignoreCase = false) {}

  get size(): number {
    return this.#texts.length;
  }

  /**
   * The key's index: the index of the equal key already held, else `-1 - index` of the key just
   * added (indexes count from 0 in the order keys were first seen).
   */
  find(text: string, start: number, end: number): number {
    // FNV-1a over the characters (folded to lower case when case is ignored).
    let hash = 0x811c9dc5;
    if (this.ignoreCase)
      for (let i = start; i < end; i++)
        hash = Math.imul(hash ^ fold(text.charCodeAt(i)), 0x01000193);
    else for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const mask = this.#slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = (this.#slots[slot] ?? 0) - 1;
      if (held < 0) {
        const index = this.#texts.length;
        this.#texts.push(text);
        this.#starts.push(start);
        this.#ends.push(end);
        this.#hashes.push(hash);
        this.#slots[slot] = index + 1;
        if (index * 2 >= this.#slots.length) this.#grow();
        return -1 - index;
      }
      if (this.#hashes[held] === hash && this.#same(held, text, start, end)) return held;
    }
  }

  #same(index: number, text: string, start: number, end: number): boolean {
    const other = this.#texts[index] ?? '';
    const from = this.#starts[index] ?? 0;
    if ((this.#ends[index] ?? 0) - from !== end - start) return false;
    for (let i = 0; i < end - start; i++) {
      const a = text.charCodeAt(start + i);
      const b = other.charCodeAt(from + i);
      if (a !== b && (!this.ignoreCase || fold(a) !== fold(b))) return false;
    }
    return true;
  }

  #grow(): void {
    const slots = new Int32Array(this.#slots.length * 2);
    const mask = slots.length - 1;
    this.#hashes.forEach((hash, index) => {
      let slot = hash & mask;
      while (slots[slot]) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
    });
    this.#slots = slots;
  }
}
