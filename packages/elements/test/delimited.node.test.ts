// The delimited-text reader against d3-dsv (a dev dependency only), on many generated texts made
// of the characters that matter (delimiters, quotes, line feeds, carriage returns, spaces): every
// row and cell must be the same, quirks included, and so must the whole file's reading with its
// malformed quotes found first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dsvFormat } from 'd3-dsv';
import { rowOf } from '../src/batch-uploader/read/cells.js';
import { parseDelimited, parseRows } from '../src/batch-uploader/read/delimited.js';

let seed = 3;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const texts = function* (count: number, alphabet: string[], longest: number) {
  for (let i = 0; i < count; i++) {
    let text = '';
    const length = Math.floor(random() * (longest + 1));
    for (let c = 0; c < length; c++) text += alphabet[Math.floor(random() * alphabet.length)] ?? '';
    yield text;
  }
};

// How the reader read a file before it had its own parser (kept here as the reference): malformed
// quotes found first, d3-dsv on each stretch between them, a bad line split at its delimiters.
function firstMalformed(text: string, delimiter: string, from: number): number {
  let i = text.indexOf('"', from);
  while (i !== -1) {
    const before = i === from ? '\n' : text[i - 1];
    if (before !== delimiter && before !== '\n' && before !== '\r') {
      i = text.indexOf('"', i + 1);
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

function reference(text: string, delimiter: string) {
  const format = dsvFormat(delimiter);
  const rows: string[][] = [];
  const malformed: { row: number; line: number }[] = [];
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

describe('delimited text: the same cells as d3-dsv', () => {
  it('parseRows gives d3-dsv’s rows on 200,000 generated texts (quotes, CR, LF, CRLF, delimiters)', () => {
    const alphabet = ['a', 'b', ',', '"', '""', '\n', '\r', '\r\n', ';', ' '];
    let rows = 0;
    for (const text of texts(200_000, alphabet, 16)) {
      const expected = dsvFormat(',').parseRows(text);
      assert.deepEqual(parseRows(text, ','), expected, JSON.stringify(text));
      rows += expected.length;
    }
    assert.ok(rows > 200_000, `${rows} rows`);
  });

  it('a whole file reads as before, malformed quotes and their lines included, on 100,000 generated files', () => {
    const alphabet = ['a', 'b', ';', '"', '""', '"a"', '\n', '\r', '\r\n', ' ', 'é'];
    let malformed = 0;
    for (const text of texts(100_000, alphabet, 24)) {
      const expected = reference(text, ';');
      const { cells, malformed: found } = parseDelimited(text, ';');
      const rows = Array.from({ length: cells.rows }, (_, row) => rowOf(cells, row));
      assert.deepEqual({ rows, malformed: found }, expected, JSON.stringify(text));
      malformed += found.length;
    }
    assert.ok(malformed > 10_000, `${malformed} malformed lines`);
  });
});
