// CSV, TSV and semicolon files: the delimiter detected from the first lines, then the rows read as
// d3-dsv reads them (it was the one small parser right on uneven rows, mixed line endings and
// lone CRs), by our own parser that gives the same cells as offsets into the text, so a 100,000-
// row file is not 700,000 strings held in memory (and for the garbage collector to walk) before
// a single field is checked. A malformed quote would be read silently (an unclosed one swallows
// the rest of the file), so quotes are checked first: the line with a bad one is read as plain
// cells and reported, and the rest of the file goes on.
import { rowOf, type Cells } from './cells.js';
import { delimiters, type Delimiter } from './protocol.js';

const QUOTED = /"(?:[^"]|"")*"/g;

/** The candidate that splits the first lines into the same number of cells most consistently. */
export function detectDelimiter(text: string, name = ''): Delimiter {
  const lines = text
    .slice(0, 64 * 1024)
    .replace(QUOTED, '')
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim())
    .slice(0, 20);
  const preferred: Delimiter = /\.tsv$/i.test(name) ? '\t' : ',';
  let best: { delimiter: Delimiter; score: number } = { delimiter: preferred, score: 0 };
  for (const delimiter of delimiters) {
    const counts = lines.map((line) => line.split(delimiter).length - 1);
    const first = counts[0] ?? 0;
    if (!first) continue;
    const same = counts.filter((c) => c === first).length / counts.length;
    const score = same * 1000 + first + (delimiter === preferred ? 0.5 : 0);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** Set on a cell's end when the cell was quoted with `""` inside (to be read as `"`). */
const ESCAPED = 1 << 30;
const QUOTE = 34;
const NEWLINE = 10;
const RETURN = 13;

/** The cells of a delimited text as offsets into it: a cell's string is made when it is read. */
export class TextCells implements Cells {
  constructor(
    readonly text: string,
    /** Row r's cells are `first[r]` up to `first[r + 1]`. */
    private readonly first: Int32Array,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}

  get rows(): number {
    return this.first.length - 1;
  }

  width(row: number): number {
    return (this.first[row + 1] ?? 0) - (this.first[row] ?? 0);
  }

  cell(row: number, column: number): string {
    if (column >= this.width(row)) return '';
    const at = (this.first[row] ?? 0) + column;
    const end = this.ends[at] ?? 0;
    const text = this.text.slice(this.starts[at], end & ~ESCAPED);
    return end & ESCAPED ? text.replace(/""/g, '"') : text;
  }

  /**
   * Where a cell's text is once trimmed (as `String.prototype.trim` trims): `[start, end)` in
   * `text`, written into `out`, so a cell can be checked and sent without a string of its own.
   * False when the cell has to be read with `cell()` (quoted with `""` inside).
   */
  span(row: number, column: number, out: Int32Array): boolean {
    let start = 0;
    let end = 0;
    if (column < this.width(row)) {
      const at = (this.first[row] ?? 0) + column;
      const stored = this.ends[at] ?? 0;
      if (stored & ESCAPED) return false;
      start = this.starts[at] ?? 0;
      end = Math.min(stored, this.text.length);
      while (start < end && isSpace(this.text.charCodeAt(start))) start++;
      while (end > start && isSpace(this.text.charCodeAt(end - 1))) end--;
    }
    out[0] = start;
    out[1] = end;
    return true;
  }

  blank(row: number): boolean {
    const span = (this.#span ??= new Int32Array(2));
    for (let c = 0; c < this.width(row); c++)
      if (!this.span(row, c, span) || span[0] !== span[1]) return false;
    return true;
  }

  #span: Int32Array | undefined;
}

/** What `String.prototype.trim` removes: ECMAScript's white space and line terminators. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Cells' offsets as they are found, in arrays that grow. */
class Offsets {
  starts = new Int32Array(1 << 12);
  ends = new Int32Array(1 << 12);
  count = 0;
  first = [0];

  cell(start: number, end: number): void {
    if (this.count === this.starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.starts[this.count] = start;
    this.ends[this.count++] = end;
  }

  endRow(): void {
    this.first.push(this.count);
  }

  get rows(): number {
    return this.first.length - 1;
  }

  done(text: string): TextCells {
    return new TextCells(
      text,
      Int32Array.from(this.first),
      this.starts.subarray(0, this.count),
      this.ends.subarray(0, this.count),
    );
  }
}

/**
 * d3-dsv's `parseRows` on `text.slice(from, to)`, cell for cell (its quirks too: a trailing line
 * break dropped, an unclosed quote running to the end), as offsets: no string is made here.
 * Cells without quotes are found with `indexOf`; `delimited.node.test.ts` holds it to d3-dsv.
 */
function parseRange(text: string, from: number, to: number, delimiter: string, out: Offsets): void {
  if (to <= from) return;
  let end = to;
  if (text.charCodeAt(end - 1) === NEWLINE) --end;
  if (end > from && text.charCodeAt(end - 1) === RETURN) --end;
  // The next delimiter, line feed and carriage return at or after `at` (`end` when none before it).
  let nextDelimiter = -1;
  let nextNewline = -1;
  let nextReturn = -1;
  const next = (what: string, at: number) => {
    const found = text.indexOf(what, at);
    return found === -1 || found > end ? end : found;
  };
  let at = from;
  for (;;) {
    const start = at;
    let eof = false;
    let eol = false;
    if (start < end && text.charCodeAt(start) === QUOTE) {
      let q = start;
      let escaped = false;
      for (;;) {
        q = text.indexOf('"', q + 1);
        if (q === -1 || q >= end) {
          at = end + 2;
          break;
        }
        if (q + 1 < to && text.charCodeAt(q + 1) === QUOTE) {
          q++;
          escaped = true;
          continue;
        }
        at = q + 1;
        break;
      }
      const close = at - 1;
      if (at >= end) eof = true;
      else {
        const c = text.charCodeAt(at++);
        if (c === NEWLINE) eol = true;
        else if (c === RETURN) {
          eol = true;
          if (text.charCodeAt(at) === NEWLINE) ++at;
        }
      }
      out.cell(start + 1, close | (escaped ? ESCAPED : 0));
    } else {
      if (nextDelimiter < at) nextDelimiter = next(delimiter, at);
      if (nextNewline < at) nextNewline = next('\n', at);
      if (nextReturn < at) nextReturn = next('\r', at);
      const stop = Math.min(nextDelimiter, nextNewline, nextReturn);
      if (stop >= end) {
        out.cell(start, end);
        eof = true;
      } else {
        const c = text.charCodeAt(stop);
        at = stop + 1;
        if (c === NEWLINE) eol = true;
        else if (c === RETURN) {
          eol = true;
          if (text.charCodeAt(at) === NEWLINE) ++at;
        }
        out.cell(start, stop);
      }
    }
    if (eof) {
      out.endRow();
      return;
    }
    if (eol) out.endRow();
  }
}

/** Every row of `text` as strings: what d3-dsv's `parseRows(text)` gives. */
export function parseRows(text: string, delimiter: string): string[][] {
  const out = new Offsets();
  parseRange(text, 0, text.length, delimiter, out);
  const cells = out.done(text);
  return Array.from({ length: cells.rows }, (_, row) => rowOf(cells, row));
}

export interface Delimited {
  cells: TextCells;
  /** Rows (by index) read as plain cells because of a malformed quote, with its line in the file. */
  malformed: { row: number; line: number }[];
}

/** Where the first malformed quote at or after `from` is: an unclosed one, or text after a closing one. */
function firstMalformed(text: string, delimiter: string, from: number): number {
  let i = text.indexOf('"', from);
  while (i !== -1) {
    const before = i === from ? '\n' : text[i - 1];
    if (before !== delimiter && before !== '\n' && before !== '\r') {
      i = text.indexOf('"', i + 1); // a quote inside an unquoted cell is just a character
      continue;
    }
    let j = i + 1;
    for (;;) {
      const q = text.indexOf('"', j);
      if (q === -1) return i;
      if (text[q + 1] === '"') {
        j = q + 2;
        continue;
      }
      const after = text[q + 1];
      if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') return i;
      i = text.indexOf('"', q + 1);
      break;
    }
  }
  return -1;
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  return lines;
}

export function parseDelimited(text: string, delimiter: Delimiter): Delimited {
  const out = new Offsets();
  const malformed: Delimited['malformed'] = [];
  let at = 0;
  let line = 1;
  while (at < text.length) {
    const bad = text.includes('"', at) ? firstMalformed(text, delimiter, at) : -1;
    if (bad === -1) {
      parseRange(text, at, text.length, delimiter, out);
      break;
    }
    const start = Math.max(text.lastIndexOf('\n', bad), text.lastIndexOf('\r', bad)) + 1;
    const end = text.slice(bad).search(/\r\n|\n|\r/);
    const stop = end === -1 ? text.length : bad + end;
    if (start > at) parseRange(text, at, start, delimiter, out);
    line += countLines(text, at, start);
    malformed.push({ row: out.rows, line });
    // The line with the bad quote: its cells as they are, split at each delimiter.
    for (let cell = start; ;) {
      const next = text.indexOf(delimiter, cell);
      const stopAt = next === -1 || next > stop ? stop : next;
      out.cell(cell, stopAt);
      if (stopAt === stop) break;
      cell = stopAt + 1;
    }
    out.endRow();
    const next = text.startsWith('\r\n', stop) ? stop + 2 : stop + 1;
    line += countLines(text, start, Math.min(next, text.length));
    at = next;
  }
  return { cells: out.done(text), malformed };
}
