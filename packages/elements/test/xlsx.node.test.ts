// The .xlsx reader against SheetJS 0.20.3 (republished on npm as @e965/xlsx; a dev dependency
// only): every cell's type and value, and which numbers are dates, must be the same.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as XLSX from '@e965/xlsx';
import { readWorkbook, isDateFormat } from '../src/batch-uploader/read/xlsx.js';
import { peopleWorkbook } from './xlsx-fixture.js';

/** SheetJS's own test for a date format (its types say `any`). */
const isDate = (format: string): boolean =>
  (XLSX.SSF as { is_date: (f: string) => boolean }).is_date(format);

function compare(bytes: Uint8Array): number {
  const ours = readWorkbook(bytes);
  const theirs = XLSX.read(bytes, { type: 'array', cellNF: true });
  assert.deepEqual(ours.sheets, theirs.SheetNames);
  assert.equal(ours.date1904, Boolean(theirs.Workbook?.WBProps?.date1904));
  let cells = 0;
  ours.sheets.forEach((name, index) => {
    const sheet: Record<string, XLSX.CellObject | undefined> = theirs.Sheets[name] ?? {};
    const read = ours.read(index);
    const seen = new Set<string>();
    for (const { row, cells: line } of read.rows) {
      line.forEach((cell, column) => {
        if (!cell) return;
        const ref = XLSX.utils.encode_cell({ r: row - 1, c: column });
        const expected = sheet[ref];
        assert.ok(expected, `${name}!${ref} exists in SheetJS`);
        assert.equal(cell.t, expected.t, `${name}!${ref} type`);
        assert.deepEqual(cell.v, expected.v, `${name}!${ref} value`);
        const date = expected.t === 'n' && expected.z !== undefined && isDate(String(expected.z));
        assert.equal(cell.date, date, `${name}!${ref} is a date`);
        seen.add(ref);
        cells++;
      });
    }
    const theirCells = Object.keys(sheet).filter((k) => !k.startsWith('!'));
    assert.deepEqual(theirCells.sort(), [...seen].sort(), `${name}: the same cells`);
  });
  return cells;
}

describe('the .xlsx reader', () => {
  it('reads every cell as SheetJS 0.20.3 does: shared strings (rich text, phonetic runs, entities, _xHHHH_), inline strings, formulas with cached values, booleans, errors, dates in built-in and custom formats (1900 system)', () => {
    assert.equal(compare(peopleWorkbook(false)), 26);
  });

  it('the same in the 1904 date system', () => {
    assert.equal(compare(peopleWorkbook(true)), 26);
  });

  it('tells date formats from lookalikes as SheetJS does', () => {
    for (const code of [
      'dd/mm/yyyy',
      '[$-409]d\\-mmm\\-yy;@',
      'yyyy-mm-dd hh:mm',
      '[h]:mm:ss',
      'm/d/yy',
      '0.00" days"',
      '0.00',
      '#,##0',
      'General',
      '"Day "0',
      '[Red]0.00',
    ]) {
      assert.equal(isDateFormat(code), isDate(code), code);
    }
  });
});
