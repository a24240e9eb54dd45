// The uploader's rows: the batch's (checked by the API, one object each) and the file's not yet
// checked (kept compact, see `FileRows`). What the review shows of them (counts per tab, the rows
// of a tab, the rows that can be invited) is worked out once per change, not on every render,
// so scrolling 100,000 rows costs nothing but the rows in view.
import type { FileRows, RowList } from './file-rows.js';
import { PendingRows } from './file-rows.js';
import { hasProblems, invitable, tabOf, type Row } from './rows.js';

export const tabs = ['uploaded', 'invited', 'accepted'] as const;
export type Tab = (typeof tabs)[number];

interface Derived {
  counts: Record<Tab, number>;
  byTab: Record<Tab, Row[]>;
  problems: Record<Tab, Row[]>;
  invitable: Row[];
}

export class UploadRows {
  /** The batch's rows (pool), or the contacts checked by the API, in the order they came. */
  #batch: Row[] = [];
  #file: FileRows | undefined;
  /** How many of the file's rows have left for the batch. */
  #from = 0;
  #version = 0;
  #derived: { version: number; value: Derived } | undefined;

  /** Changes on every change of rows, so views can tell they are stale. */
  get version(): number {
    return this.#version;
  }

  get batch(): readonly Row[] {
    return this.#batch;
  }

  /** The batch's rows are these now (a batch opened, or left). */
  setBatch(rows: Row[]): void {
    this.#batch = rows;
    this.changed();
  }

  /** The file being read (its rows keep coming), or none. */
  setFile(file: FileRows | undefined): void {
    this.#file = file;
    this.#from = 0;
    this.changed();
  }

  get file(): FileRows | undefined {
    return this.#file;
  }

  /** How many of the file's rows are not in the batch yet. */
  get pendingCount(): number {
    return this.#file ? this.#file.length - this.#from : 0;
  }

  /** The file's rows not checked by the API yet (all, or those with problems). */
  pending(problemsOnly = false): PendingRows | undefined {
    return this.#file && new PendingRows(this.#file, this.#from, problemsOnly);
  }

  /** The next `count` rows not checked yet, as objects (to send them). */
  next(count: number): Row[] {
    return this.#file ? this.#file.slice(this.#from, this.#from + count) : [];
  }

  /** The next `count` pending rows were checked by the API: `joined` join the batch (the others were in it already). */
  checked(count: number, joined: readonly Row[]): void {
    this.#from += count;
    for (const row of joined) this.#batch.push(row);
    this.changed();
  }

  remove(rows: ReadonlySet<Row>): void {
    this.#batch = this.#batch.filter((r) => !rows.has(r));
    this.changed();
  }

  /** Rows changed in place (a correction, an invitation): views work them out again. */
  changed(): void {
    this.#version++;
  }

  #derive(): Derived {
    if (this.#derived?.version === this.#version) return this.#derived.value;
    const empty = () => ({ uploaded: [], invited: [], accepted: [] }) as Record<Tab, Row[]>;
    const value: Derived = {
      counts: { uploaded: 0, invited: 0, accepted: 0 },
      byTab: empty(),
      problems: empty(),
      invitable: [],
    };
    for (const row of this.#batch) {
      const tab = tabOf(row);
      value.counts[tab]++;
      value.byTab[tab].push(row);
      if (hasProblems(row)) value.problems[tab].push(row);
      if (tab === 'uploaded' && invitable(row)) value.invitable.push(row);
    }
    this.#derived = { version: this.#version, value };
    return value;
  }

  /** Rows per tab: the file's rows all count as uploaded while they are pending. */
  counts(): Record<Tab, number> {
    const pending = this.pendingCount;
    return pending ? { uploaded: pending, invited: 0, accepted: 0 } : this.#derive().counts;
  }

  /** What the review lists: the file's pending rows, else the batch's rows of `tab`. */
  shown(tab: Tab, problemsOnly: boolean): RowList {
    const pending = this.pendingCount ? this.pending(problemsOnly) : undefined;
    if (pending) return pending;
    return (problemsOnly ? this.#derive().problems : this.#derive().byTab)[tab];
  }

  /** How many rows of what the review lists have problems. */
  problemCount(tab: Tab): number {
    const pending = this.pendingCount ? this.pending() : undefined;
    return pending ? pending.withProblems : this.#derive().problems[tab].length;
  }

  /** Rows with problems to export: the pending ones, else the batch's. */
  withProblems(): Row[] {
    const pending = this.pendingCount ? this.pending(true) : undefined;
    if (pending) return pending.slice(0, pending.length);
    return this.#batch.filter(hasProblems);
  }

  /** Uploaded rows that can be invited (R17, R18). */
  invitable(): readonly Row[] {
    return this.#derive().invitable;
  }
}
