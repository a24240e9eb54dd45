// CSV, TSV and semicolon files: the delimiter detected from the first lines, then d3-dsv (small,
// and right on uneven rows, mixed line endings and lone CRs). d3-dsv reads a malformed quote
// silently (an unclosed one swallows the rest of the file), so quotes are checked first: the
// line with a bad one is read as plain cells and reported, and the rest of the file goes on.
import { dsvFormat } from 'd3-dsv';
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

export interface Delimited {
  rows: string[][];
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
  const format = dsvFormat(delimiter);
  const rows: string[][] = [];
  const malformed: Delimited['malformed'] = [];
  const add = (part: string) => {
    for (const row of format.parseRows(part)) rows.push(row);
  };
  let at = 0;
  let line = 1;
  while (at < text.length) {
    const bad = text.includes('"', at) ? firstMalformed(text, delimiter, at) : -1;
    if (bad === -1) {
      add(text.slice(at));
      break;
    }
    const start = Math.max(text.lastIndexOf('\n', bad), text.lastIndexOf('\r', bad)) + 1;
    const end = text.slice(bad).search(/\r\n|\n|\r/);
    const stop = end === -1 ? text.length : bad + end;
    if (start > at) add(text.slice(at, start));
    line += countLines(text, at, start);
    malformed.push({ row: rows.length, line });
    rows.push(text.slice(start, stop).split(delimiter));
    const next = text.startsWith('\r\n', stop) ? stop + 2 : stop + 1;
    line += countLines(text, start, Math.min(next, text.length));
    at = next;
  }
  return { rows, malformed };
}
