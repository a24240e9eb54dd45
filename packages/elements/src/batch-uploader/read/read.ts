// Reading a file, start to end, off the main thread: bytes → kind and encoding → cells → a
// header matched to fields → every row checked with the SDK's field rules. Pure functions, so
// the worker (parse.worker.ts) and Node tests run the same code.
import { ArrayCells, rowOf, type Cells } from './cells.js';
import { matchColumns } from './columns.js';
import { findOrder, fromSerial, readDate } from './dates.js';
import { TextCells, detectDelimiter, parseDelimited } from './delimited.js';
import { decode, looksBinary, sniffEncoding } from './encoding.js';
import { mobileReader } from './phones.js';
import { emailAt, emailOf, fitsName, isBirthDate } from './rules.js';
import { TextKeys } from './keys.js';
import {
  fieldsOf,
  problemCodes,
  requiredFields,
  type DateOrder,
  type Delimiter,
  type Encoding,
  type FatalCode,
  type Field,
  type FileMeta,
  type FileNote,
  type ProblemCode,
  type ReadOptions,
  type RowBatch,
} from './protocol.js';

/** A file read into cells, before any field is checked. */
export interface Source {
  kind: 'csv' | 'xlsx';
  encoding: Encoding | null;
  encodingSure: boolean;
  delimiter: Delimiter | null;
  sheets: string[];
  sheet: number;
  date1904: boolean;
  /** Every row of cells, header included. */
  cells: Cells;
  /** Each row's number in the sheet (1-based). */
  numbers: number[];
  /** Row index → line in the file of a malformed quote on it. */
  malformed: Map<number, number>;
}

export class FatalError extends Error {
  constructor(
    readonly code: FatalCode,
    readonly detail?: number,
  ) {
    super(code);
  }
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

function cellText(
  cell: { t: string; v: string | number | boolean; date: boolean; w?: string } | undefined,
  date1904: boolean,
): string {
  if (!cell) return '';
  if (cell.t === 'e') return cell.w ?? '';
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  if (cell.t === 'n' && cell.date) return fromSerial(cell.v as number, date1904);
  return String(cell.v);
}

/** Bytes to cells: .xlsx (by its zip signature, whatever its name) or delimited text. */
export async function readSource(
  bytes: Uint8Array,
  name: string,
  options: Pick<ReadOptions, 'encoding' | 'delimiter' | 'sheet' | 'maxBytes'>,
): Promise<Source> {
  if (bytes.byteLength === 0) throw new FatalError('empty');
  if (bytes.byteLength > options.maxBytes) throw new FatalError('tooBig', options.maxBytes);
  if (isOle(bytes)) throw new FatalError('oldExcel');
  if (isZip(bytes)) {
    const { readWorkbook } = await import('./xlsx.js');
    let workbook;
    try {
      workbook = readWorkbook(bytes);
    } catch {
      throw new FatalError('badXlsx');
    }
    const sheet = Math.min(options.sheet ?? 0, Math.max(0, workbook.sheets.length - 1));
    const { rows } = workbook.read(sheet);
    return {
      kind: 'xlsx',
      encoding: null,
      encodingSure: true,
      delimiter: null,
      sheets: workbook.sheets,
      sheet,
      date1904: workbook.date1904,
      cells: new ArrayCells(
        rows.map((r) => Array.from(r.cells, (c) => cellText(c, workbook.date1904))),
      ),
      numbers: rows.map((r) => r.row),
      malformed: new Map(),
    };
  }
  const sniffed = sniffEncoding(bytes);
  const encoding = options.encoding ?? sniffed.encoding;
  if (looksBinary(bytes, encoding)) throw new FatalError('binary');
  const text = decode(bytes, encoding);
  if (!text.trim()) throw new FatalError('empty');
  const delimiter = options.delimiter ?? detectDelimiter(text, name);
  const { cells, malformed } = parseDelimited(text, delimiter);
  return {
    kind: 'csv',
    encoding,
    encodingSure: options.encoding === undefined ? sniffed.sure : true,
    delimiter,
    sheets: [],
    sheet: 0,
    date1904: false,
    cells,
    numbers: Array.from({ length: cells.rows }, (_, i) => i + 1),
    malformed: new Map(malformed.map((m) => [m.row, m.line])),
  };
}

/** The header, the mapping and how dates read: everything the admin sees before the rows. */
export function describe(source: Source, options: ReadOptions): FileMeta & { start: number } {
  const fields = fieldsOf(options.mode);
  const { cells } = source;
  let start = 0;
  while (start < cells.rows && cells.blank(start)) start++;
  if (start === cells.rows) throw new FatalError('empty');
  const headers = rowOf(cells, start).map((h) => h.trim());
  const mapping = options.mapping ?? matchColumns(headers, fields, options.labels);
  const data = dataRows(source, start);
  if (data.length === 0) throw new FatalError('noRows');
  const dob = mapping[fields.indexOf('dateOfBirth')] ?? -1;
  const order =
    dob >= 0 && source.kind === 'csv' ? findOrder(data.map((i) => cells.cell(i, dob))) : 'none';
  const dateOrder: DateOrder =
    options.dateOrder ?? (order === 'dmy' || order === 'mdy' ? order : options.defaultDateOrder);
  const notes: FileNote[] = [...source.malformed.values()].map((line) => ({
    code: 'malformedQuote' as const,
    line,
  }));
  const blanks = cells.rows - start - 1 - data.length;
  if (blanks > 0) notes.push({ code: 'blankRows', count: blanks });
  if (data.length > options.maxRows)
    notes.push({ code: 'tooManyRows', max: options.maxRows, total: data.length });
  return {
    kind: source.kind,
    encoding: source.encoding,
    encodingSure: source.encodingSure,
    delimiter: source.delimiter,
    sheets: source.sheets,
    sheet: source.sheet,
    headers,
    preview: data.slice(0, 5).map((i) => rowOf(cells, i)),
    mapping,
    order,
    dateOrder,
    rows: Math.min(data.length, options.maxRows),
    notes,
    start,
  };
}

/** Indexes of the data rows: after the header, blank ones skipped. */
function dataRows(source: Source, start: number): number[] {
  const out: number[] = [];
  for (let i = start + 1; i < source.cells.rows; i++) if (!source.cells.blank(i)) out.push(i);
  return out;
}

/**
 * What one field's check found: the value to send when all is well, else the value and its
 * problem. `null` for a value is the cell as it was typed (trimmed): most are, and then no string
 * is made for it.
 */
type FieldResult = string | null | { value: string | null; code: ProblemCode; arg?: number };

/** A field's check of a cell, `text.slice(start, end)`: trimmed, never empty. */
type FieldCheck = (text: string, start: number, end: number) => FieldResult;

/** Whether `text.slice(start, end)` is `value`, without making it. */
function isAt(text: string, start: number, end: number, value: string): boolean {
  if (end - start !== value.length) return false;
  for (let i = 0; i < value.length; i++)
    if (text.charCodeAt(start + i) !== value.charCodeAt(i)) return false;
  return true;
}

// The SDK's name rule (trimmed, at most so many characters) for each name-like field.
const limits: Partial<Record<Field, number>> = {
  firstName: 100,
  lastName: 100,
  middleNames: 200,
  preferredName: 100,
  name: 200,
};

/**
 * A check per field for one run (one date order, one country), with the SDK's rules as plain
 * predicates (`rules.ts`) read from the cell's characters where they can be. Dates repeat across
 * a file: each distinct text is read once.
 */
function fieldChecks(
  fields: readonly Field[],
  order: DateOrder,
  date1904: boolean,
  country: string,
  now: Date,
): FieldCheck[] {
  const today = now.toISOString().slice(0, 10);
  const mobile = mobileReader(country);
  const dates = new TextKeys();
  const read: FieldResult[] = [];
  const readBirthDate = (text: string, start: number, end: number): FieldResult => {
    const date = readDate(text.slice(start, end), order, date1904, now);
    if (!date.ok) return { value: null, code: date.code };
    const value = isAt(text, start, end, date.iso) ? null : date.iso;
    if (isBirthDate(date.iso, now)) return value;
    return { value, code: date.iso >= today ? 'dateFuture' : 'dateTooOld' };
  };
  return fields.map((field): FieldCheck => {
    switch (field) {
      case 'email':
        return (text, start, end) => {
          const fast = emailAt(text, start, end);
          if (fast === 1) return null;
          if (fast === 2) return text.slice(start, end).toLowerCase();
          if (fast === 0) return { value: null, code: 'email' };
          return emailOf(text.slice(start, end)) ?? { value: null, code: 'email' };
        };
      case 'dateOfBirth':
        return (text, start, end) => {
          const index = dates.find(text, start, end);
          if (index >= 0) return read[index] ?? null;
          const result = readBirthDate(text, start, end);
          read.push(result);
          return result;
        };
      case 'mobile':
        return (text, start, end) => {
          const result = mobile(text.slice(start, end));
          if (!result.ok) return { value: null, code: result.code };
          return isAt(text, start, end, result.e164) ? null : result.e164;
        };
      case 'tags':
        return (text, start, end) =>
          text
            .slice(start, end)
            .split(/[;,]/)
            .some((tag) => tag.trim().length > 100)
            ? { value: null, code: 'tooLong', arg: 100 }
            : null;
      default: {
        const max = limits[field] ?? Infinity;
        return (_text, start, end) =>
          fitsName(end - start, max) ? null : { value: null, code: 'tooLong', arg: max };
      }
    }
  });
}

/** Where strings are, as they are found: absolute places in the file's text, or (negative) in the extras. */
class Spans {
  starts: number[] = [];
  ends: number[] = [];
}

/**
 * A batch of checked rows being filled. Its strings (the values, and the raw texts of cells read
 * differently) are sent as one string with a start and end each: the batch's stretch of the file's
 * text, where a value is as it was typed (most are), then the values that differ. So a batch costs
 * no string per cell, nor the joining of 35,000 of them.
 */
class Batch {
  lines: number[] = [];
  values = new Spans();
  rawAt: number[] = [];
  raw = new Spans();
  problems: number[] = [];
  #extras: string[] = [];
  #extraLength = 0;
  /** The stretch of `text` the spans fall in. */
  #from = Infinity;
  #to = 0;

  constructor(readonly text: string) {}

  /**
   * A value: `value`, or when null the cell as typed, `cell.slice(start, end)` (a stretch of the
   * file's text, or a string of its own).
   */
  put(spans: Spans, value: string | null, cell: string, start: number, end: number): void {
    if (value !== null) this.string(spans, value);
    else if (cell === this.text) this.span(spans, start, end);
    else this.string(spans, cell.slice(start, end));
  }

  /** A value as it is in the file's text, `[start, end)`. */
  span(spans: Spans, start: number, end: number): void {
    if (start === end) {
      this.string(spans, '');
      return;
    }
    if (start < this.#from) this.#from = start;
    if (end > this.#to) this.#to = end;
    spans.starts.push(start);
    spans.ends.push(end);
  }

  /** A value that is not in the file's text as it stands. */
  string(spans: Spans, value: string): void {
    const at = this.#extraLength;
    this.#extras.push(value);
    this.#extraLength += value.length;
    spans.starts.push(-1 - at);
    spans.ends.push(-1 - (at + value.length));
  }

  problem(row: number, field: number, code: ProblemCode, arg = -1): void {
    this.problems.push(row, field, problemCodes.indexOf(code), arg);
  }

  done(): RowBatch {
    const from = this.#from === Infinity ? 0 : this.#from;
    const stretch = Math.max(0, this.#to - from);
    const place = ({ starts, ends }: Spans) => {
      const s = Int32Array.from(starts);
      const e = Int32Array.from(ends);
      for (let k = 0; k < s.length; k++) {
        const at = s[k] ?? 0;
        s[k] = at < 0 ? stretch - 1 - at : at - from;
        e[k] = at < 0 ? stretch - 1 - (e[k] ?? 0) : (e[k] ?? 0) - from;
      }
      return [s, e] as const;
    };
    const [starts, ends] = place(this.values);
    const [rawStarts, rawEnds] = place(this.raw);
    return {
      lines: Int32Array.from(this.lines),
      values: this.text.slice(from, from + stretch) + this.#extras.join(''),
      starts,
      ends,
      rawAt: Int32Array.from(this.rawAt),
      rawStarts,
      rawEnds,
      problems: Int32Array.from(this.problems),
    };
  }
}

/** Every data row checked, in batches of `size` (so they can go to the main thread as they come). */
export function* checkRows(
  source: Source,
  meta: FileMeta & { start: number },
  options: ReadOptions,
  size: number,
): Generator<RowBatch> {
  const fields = fieldsOf(options.mode);
  const width = meta.headers.length;
  const checks = fieldChecks(
    fields,
    meta.dateOrder,
    source.date1904,
    options.defaultCountry,
    new Date(),
  );
  const columns = fields.map((_, f) => meta.mapping[f] ?? -1);
  const required = fields.map((f) => requiredFields.has(f));
  const email = fields.indexOf('email');
  const shown = new Set(['dateOfBirth', 'mobile'].map((f) => fields.indexOf(f as Field)));
  // Each email's first line, by its index among the distinct emails (compared in lower case).
  const emails = new TextKeys(true);
  const firstLines: number[] = [];
  const { cells } = source;
  const inText = cells instanceof TextCells ? cells : null;
  const span = new Int32Array(2);
  const newBatch = () => new Batch(inText?.text ?? '');
  let batch = newBatch();
  let row = 0;
  let count = 0;
  for (let i = meta.start + 1; i < cells.rows && count < meta.rows; i++) {
    if (cells.blank(i)) continue;
    count++;
    const line = source.numbers[i] ?? i + 1;
    batch.lines.push(line);
    let duplicateOf = -1;
    for (let f = 0; f < fields.length; f++) {
      const column = columns[f] ?? -1;
      // The cell as a stretch of the file's text where it can be, else as a string of its own.
      let text = '';
      let start = 0;
      let end = 0;
      if (column >= 0 && inText?.span(i, column, span)) {
        text = inText.text;
        start = span[0] ?? 0;
        end = span[1] ?? 0;
      } else if (column >= 0) {
        text = cells.cell(i, column).trim();
        end = text.length;
      }
      if (start === end) {
        batch.put(batch.values, null, text, start, end);
        if (required[f]) batch.problem(row, f, 'required');
        continue;
      }
      const result = (checks[f] as FieldCheck)(text, start, end);
      const value = result !== null && typeof result === 'object' ? result.value : result;
      batch.put(batch.values, value, text, start, end);
      if (result !== null && typeof result === 'object')
        batch.problem(row, f, result.code, result.arg);
      else if (f === email) {
        const index =
          value === null ? emails.find(text, start, end) : emails.find(value, 0, value.length);
        if (index < 0) firstLines.push(line);
        else duplicateOf = firstLines[index] ?? 0;
      }
      if (value !== null && shown.has(f)) {
        batch.rawAt.push(row * fields.length + f);
        batch.put(batch.raw, null, text, start, end);
      }
    }
    if (duplicateOf >= 0) batch.problem(row, email, 'duplicate', duplicateOf);
    let extra = 0;
    for (let c = width; c < cells.width(i); c++) if (cells.cell(i, c).trim()) extra++;
    if (extra) batch.problem(row, -1, 'extraCells', extra);
    const quote = source.malformed.get(i);
    if (quote !== undefined) batch.problem(row, -1, 'malformedQuote', quote);
    if (++row === size) {
      yield batch.done();
      batch = newBatch();
      row = 0;
    }
  }
  if (row) yield batch.done();
}
