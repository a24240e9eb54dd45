// Reading a delimited file from the characters of its text (no string per cell) against reading
// the same cells as strings, the way a workbook's are read: the same values, raw texts and
// problems on every row, for generated files full of the cases that differ (spaces of every
// kind, quotes, case, duplicates, bad dates and numbers, long names, blank rows, extra cells).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ArrayCells, rowOf } from '../src/batch-uploader/read/cells.js';
import { isSpace } from '../src/batch-uploader/read/delimited.js';
import { TextKeys } from '../src/batch-uploader/read/keys.js';
import {
  checkRows,
  describe as describeFile,
  readSource,
} from '../src/batch-uploader/read/read.js';
import { fieldsOf, type ReadOptions } from '../src/batch-uploader/read/protocol.js';
import { FileRows } from '../src/batch-uploader/file-rows.js';

let seed = 11;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const spaces = ['', '', '', ' ', '\t', '\u00a0', '\u3000', '\ufeff'];
const cellsOf: Record<string, readonly string[]> = {
  email: ['ann@example.net', 'Ann@Example.NET', 'bob@example.net', 'not-an-email', 'k\u212a@x.io'],
  dateOfBirth: ['1990-05-04', '4/5/1990', '31/02/1990', '13/13/1990', '35771', '2199-01-01', ''],
  mobile: ['0412 345 678', '+61412345678', '0061412345678', '6.14123E+10', '564-564-5644', ''],
  name: ['Zoë', 'O’Brien', '"Quoted ""nick"""', 'a'.repeat(101), 'Line\nbreak', ''],
};

function aCell(kind: string): string {
  const value = pick(cellsOf[kind] ?? cellsOf.name ?? []);
  const spaced = `${pick(spaces)}${value}${pick(spaces)}`;
  return /[",\n]/.test(spaced) && !spaced.startsWith('"')
    ? `"${spaced.replace(/"/g, '""')}"`
    : spaced;
}

function aFile(rows: number): string {
  const lines = ['Email,DOB,First name,Middle names,Last name,Preferred name,Mobile'];
  const kinds = ['email', 'dateOfBirth', 'name', 'name', 'name', 'name', 'mobile'];
  for (let r = 0; r < rows; r++) {
    if (random() < 0.05) lines.push(pick(['', ',,,', ' , ']));
    const cells = kinds.map(aCell);
    if (random() < 0.05) cells.push('extra');
    lines.push(cells.join(','));
  }
  return lines.join(pick(['\n', '\r\n']));
}

const options: ReadOptions = {
  mode: 'pool',
  defaultDateOrder: 'dmy',
  defaultCountry: 'AU',
  maxRows: 100_000,
  maxBytes: 50_000_000,
};

async function readBoth(text: string) {
  const source = await readSource(new TextEncoder().encode(text), 'people.csv', options);
  const meta = describeFile(source, options);
  const asStrings = {
    ...source,
    cells: new ArrayCells(
      Array.from({ length: source.cells.rows }, (_, row) => rowOf(source.cells, row)),
    ),
  };
  const fields = fieldsOf(options.mode).length;
  const rows = (from: typeof source) => {
    const file = new FileRows(fields);
    for (const batch of checkRows(from, meta, options, 7)) file.add(batch);
    return file.slice(0, file.length);
  };
  return { fromText: rows(source), fromStrings: rows(asStrings) };
}

describe('reading a delimited file', () => {
  it('from its characters gives what reading its cells as strings gives', async () => {
    for (let file = 0; file < 40; file++) {
      const text = aFile(60);
      const { fromText, fromStrings } = await readBoth(text);
      assert.ok(fromText.length > 50);
      assert.deepEqual(fromText, fromStrings, text);
    }
  });

  it('finds the problems a file has, row by row', async () => {
    const { fromText } = await readBoth(
      [
        'Email,DOB,First name,Last name,Mobile',
        ' Ann@Example.net ,4/5/1990,Ann,Lee,0412 345 678',
        'ann@example.NET,31/02/1990,"Ann ""A""",Lee,6.14123E+10',
        `bob@example.net,,${'a'.repeat(101)},,564-564-5644`,
      ].join('\n'),
    );
    assert.deepEqual(
      fromText.map((row) => [row.values, row.raw, row.local]),
      [
        [
          ['ann@example.net', '1990-05-04', 'Ann', '', 'Lee', '', '+61412345678'],
          [null, '4/5/1990', null, null, null, null, '0412 345 678'],
          [],
        ],
        [
          ['ann@example.net', '31/02/1990', 'Ann "A"', '', 'Lee', '', '6.14123E+10'],
          null,
          [
            { field: 1, code: 'dateNotReal' },
            { field: 6, code: 'mobileExcel' },
            { field: 0, code: 'duplicate', arg: 2 },
          ],
        ],
        [
          ['bob@example.net', '', 'a'.repeat(101), '', '', '', '564-564-5644'],
          null,
          [
            { field: 1, code: 'required' },
            { field: 2, code: 'tooLong', arg: 100 },
            { field: 4, code: 'required' },
            { field: 6, code: 'mobileInvalid' },
          ],
        ],
      ],
    );
  });
});

describe('isSpace', () => {
  it('is what String.prototype.trim removes, for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++)
      assert.equal(isSpace(c), String.fromCharCode(c).trim() === '', c.toString(16));
  });
});

describe('TextKeys', () => {
  it('finds each stretch of text by its characters, as a Map of the strings would', () => {
    for (const ignoreCase of [false, true]) {
      const keys = new TextKeys(ignoreCase);
      const reference = new Map<string, number>();
      const host = Array.from({ length: 6_000 }, () => pick(['a', 'B', 'b', 'é', ','])).join('');
      for (let i = 0; i < 20_000; i++) {
        const start = Math.floor(random() * (host.length - 6));
        const end = start + Math.floor(random() * 6);
        const key = ignoreCase ? host.slice(start, end).toLowerCase() : host.slice(start, end);
        const found = keys.find(host, start, end);
        const known = reference.get(key);
        if (known === undefined) {
          assert.equal(found, -1 - reference.size, key);
          reference.set(key, reference.size);
        } else assert.equal(found, known, key);
      }
      assert.equal(keys.size, reference.size);
    }
  });
});
