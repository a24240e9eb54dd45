// All-or-nothing operations without copying the store: every change goes through the journal,
// which keeps one undo step per change while an operation runs. A refusal or an exception rolls
// the steps back in reverse, so the cost of a write is the number of things it changed, not the
// size of the store, and reads pay nothing.

/** Thrown by a `crash` fault (`/_mock/faults`) at the change it names. */
export class InjectedFault extends Error {
  constructor(readonly change: number) {
    super(`Injected fault at change ${String(change)} of the operation`);
  }
}

export class Journal {
  #undo: (() => void)[] = [];
  #open = false;
  #crashAt: number | undefined;

  /** `onCommit` hears of every operation that changed something, once it has finished. */
  constructor(private readonly onCommit?: () => void) {}

  /**
   * Runs `operation` as one unit: on any throw every change it made is undone, then the error
   * goes on. An operation started inside another is part of it. `crashAt` throws an
   * `InjectedFault` instead of making that change (1 = the first).
   */
  run<T>(operation: () => T, options: { crashAt?: number | undefined } = {}): T {
    if (this.#open) return operation();
    this.#open = true;
    this.#crashAt = options.crashAt;
    let changes = 0;
    try {
      const result = operation();
      changes = this.#undo.length;
      return result;
    } catch (error) {
      this.rollback(0);
      throw error;
    } finally {
      this.#open = false;
      this.#crashAt = undefined;
      this.#undo = [];
      if (changes) this.onCommit?.();
    }
  }

  /** How many changes the operation in progress has made (a savepoint for `rollback`). */
  get size(): number {
    return this.#undo.length;
  }

  /** Undoes the changes made after `savepoint`, newest first. */
  rollback(savepoint: number): void {
    while (this.#undo.length > savepoint) this.#undo.pop()?.();
  }

  set<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
    const old = target[key];
    this.#record(() => {
      target[key] = old;
    });
    target[key] = value;
  }

  push<T>(list: T[], item: T): void {
    const length = list.length;
    this.#record(() => {
      list.length = length;
    });
    list.push(item);
  }

  /** Sets a key of an index; the undo step restores what was there (or removes the key). */
  index<K, V>(map: Map<K, V>, key: K, value: V): void {
    const had = map.has(key);
    const old = map.get(key);
    this.#record(() => {
      if (had) map.set(key, old as V);
      else map.delete(key);
    });
    map.set(key, value);
  }

  /** Adds to a list kept under a key of an index. */
  add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) this.push(list, value);
    else this.index(map, key, [value]);
  }

  #record(undo: () => void): void {
    if (!this.#open) return;
    if (this.#crashAt !== undefined && this.#undo.length + 1 >= this.#crashAt)
      throw new InjectedFault(this.#undo.length + 1);
    this.#undo.push(undo);
  }
}
