// The file's rows on the main thread, kept as the worker sends them: a few arrays per 5,000 rows
// (`RowBatch`). A row becomes a `Row` object only when something needs it (the rows in view, a
// chunk on its way to the API), so 100,000 rows cost the main thread neither an object nor words
// each until they are shown.
import { problemCodes, type RowBatch, type RowProblem } from './read/protocol.js';
import type { Row } from './rows.js';

/** What the review table lists: a length, and the rows of a range (arrays are lists too). */
export interface RowList {
  readonly length: number;
  slice(start: number, end: number): Row[];
}

/** The first index in `0..length` whose value (per `at`) is not below `value`. */
function lowerBound(length: number, at: (i: number) => number, value: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (at(mid) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

export class FileRows implements RowList {
  readonly #batches: RowBatch[] = [];
  /** The index of each batch's first row. */
  readonly #starts: number[] = [];
  /** The indexes of the rows with a problem, in order. */
  readonly problemRows: number[] = [];
  length = 0;

  /** `fields`: how many fields a row has (the mode's). */
  constructor(readonly fields: number) {}

  add(batch: RowBatch): void {
    this.#starts.push(this.length);
    this.#batches.push(batch);
    let last = -1;
    for (let p = 0; p < batch.problems.length; p += 4) {
      const row = batch.problems[p] ?? -1;
      if (row !== last) this.problemRows.push(this.length + row);
      last = row;
    }
    this.length += batch.lines.length;
  }

  /** Row `index` of the file (0 is the first after the header). */
  row(index: number): Row {
    const b = lowerBound(this.#starts.length, (i) => this.#starts[i] ?? 0, index + 1) - 1;
    const batch = this.#batches[b];
    if (!batch) throw new RangeError(`no row ${index}`);
    const r = index - (this.#starts[b] ?? 0);
    const fields = this.fields;
    const first = r * fields;
    let raw: (string | null)[] | null = null;
    const from = lowerBound(batch.rawAt.length, (i) => batch.rawAt[i] ?? 0, first);
    for (let i = from; i < batch.rawAt.length && (batch.rawAt[i] ?? 0) < first + fields; i++) {
      raw ??= Array.from({ length: fields }, () => null);
      raw[(batch.rawAt[i] ?? 0) - first] = batch.values.slice(batch.rawStarts[i], batch.rawEnds[i]);
    }
    const local: RowProblem[] = [];
    const problems = batch.problems;
    const count = problems.length / 4;
    for (let p = lowerBound(count, (i) => problems[i * 4] ?? 0, r); p < count; p++) {
      if (problems[p * 4] !== r) break;
      const arg = problems[p * 4 + 3] ?? -1;
      const problem: RowProblem = {
        field: problems[p * 4 + 1] ?? -1,
        code: problemCodes[problems[p * 4 + 2] ?? 0] ?? 'required',
      };
      local.push(arg === -1 ? problem : { ...problem, arg });
    }
    const line = batch.lines[r] ?? 0;
    return {
      key: `line:${line}`,
      line,
      values: Array.from({ length: fields }, (_, f) =>
        batch.values.slice(batch.starts[first + f], batch.ends[first + f]),
      ),
      raw,
      local,
      entry: null,
      contact: null,
      failure: null,
    };
  }

  slice(start: number, end: number): Row[] {
    const rows: Row[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.length); i++) rows.push(this.row(i));
    return rows;
  }
}

/**
 * The file's rows not yet checked by the API (from `from` on, as chunks leave for the batch),
 * all of them or only those with problems.
 */
export class PendingRows implements RowList {
  constructor(
    readonly file: FileRows,
    readonly from: number,
    readonly problemsOnly = false,
  ) {}

  /** Where this view's rows start in `file.problemRows`. */
  get #firstProblem(): number {
    const rows = this.file.problemRows;
    return lowerBound(rows.length, (i) => rows[i] ?? 0, this.from);
  }

  /** How many rows are left with a problem. */
  get withProblems(): number {
    return this.file.problemRows.length - this.#firstProblem;
  }

  get length(): number {
    return this.problemsOnly ? this.withProblems : this.file.length - this.from;
  }

  slice(start: number, end: number): Row[] {
    if (!this.problemsOnly) return this.file.slice(this.from + start, this.from + end);
    const first = this.#firstProblem;
    return this.file.problemRows
      .slice(first + Math.max(0, start), first + Math.max(0, end))
      .map((i) => this.file.row(i));
  }
}
