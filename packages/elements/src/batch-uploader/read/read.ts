// Reading a file, start to end, off the main thread: bytes → kind and encoding → cells → a
// header matched to fields → every row checked with the SDK's field rules. Pure functions, so
// the worker (parse.worker.ts) and Node tests run the same code.
import { ArrayCells, rowOf, type Cells } from './cells.js';
import { matchColumns } from './columns.js';
import { findOrder, fromSerial, readDate } from './dates.js';
import { detectDelimiter, parseDelimited } from './delimited.js';
import { decode, looksBinary, sniffEncoding } from './encoding.js';
import { mobileReader } from './phones.js';
import { emailOf, isBirthDate, isName } from './rules.js';
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

/** What one field's check found: the value to send when all is well, else the value and its problem. */
type FieldResult = string | { value: string; code: ProblemCode; arg?: number };

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
 * predicates (`rules.ts`). Dates repeat across a file: each distinct text is read once.
 */
function fieldChecks(
  fields: readonly Field[],
  order: DateOrder,
  date1904: boolean,
  country: string,
  now: Date,
): ((text: string) => FieldResult)[] {
  const today = now.toISOString().slice(0, 10);
  const mobile = mobileReader(country);
  const dates = new Map<string, FieldResult>();
  const readBirthDate = (text: string): FieldResult => {
    const read = readDate(text, order, date1904, now);
    if (!read.ok) return { value: text, code: read.code };
    if (isBirthDate(read.iso, now)) return read.iso;
    return { value: read.iso, code: read.iso >= today ? 'dateFuture' : 'dateTooOld' };
  };
  return fields.map((field): ((text: string) => FieldResult) => {
    const check = ((): ((text: string) => FieldResult) => {
      switch (field) {
        case 'email':
          return (text) => emailOf(text) ?? { value: text, code: 'email' };
        case 'dateOfBirth':
          return (text) => {
            let result = dates.get(text);
            if (result === undefined) dates.set(text, (result = readBirthDate(text)));
            return result;
          };
        case 'mobile':
          return (text) => {
            const read = mobile(text);
            return read.ok ? read.e164 : { value: text, code: read.code };
          };
        case 'tags':
          return (text) =>
            text.split(/[;,]/).some((tag) => tag.trim().length > 100)
              ? { value: text, code: 'tooLong', arg: 100 }
              : text;
        default: {
          const max = limits[field] ?? Infinity;
          return (text) => (isName(text, max) ? text : { value: text, code: 'tooLong', arg: max });
        }
      }
    })();
    const missing: FieldResult = requiredFields.has(field) ? { value: '', code: 'required' } : '';
    return (text) => (text ? check(text) : missing);
  });
}

/**
 * Where each email was first seen. While every email is new (the usual file) a set is enough and
 * costs half a map; at the first repeat the map is built from what was seen.
 */
class FirstSeen {
  #set: Set<string> | undefined = new Set();
  #keys: string[] = [];
  #lines: number[] = [];
  #map: Map<string, number> | undefined;

  /** The line `key` was first seen on, or undefined (and it is remembered on `line`). */
  first(key: string, line: number): number | undefined {
    if (this.#set) {
      const size = this.#set.size;
      if (this.#set.add(key).size !== size) {
        this.#keys.push(key);
        this.#lines.push(line);
        return undefined;
      }
      this.#map = new Map();
      this.#keys.forEach((k, i) => this.#map?.set(k, this.#lines[i] ?? 0));
      this.#set = undefined;
      this.#keys = [];
      this.#lines = [];
    }
    const map = (this.#map ??= new Map<string, number>());
    const first = map.get(key);
    if (first === undefined) map.set(key, line);
    return first;
  }
}

/** A batch of checked rows being filled. */
class Batch {
  lines: number[] = [];
  values: string[] = [];
  ends: number[] = [];
  #end = 0;
  rawAt: number[] = [];
  raw: string[] = [];
  problems: number[] = [];

  value(value: string): void {
    this.values.push(value);
    this.ends.push((this.#end += value.length));
  }

  problem(row: number, field: number, code: ProblemCode, arg = -1): void {
    this.problems.push(row, field, problemCodes.indexOf(code), arg);
  }

  done(): RowBatch {
    return {
      lines: Int32Array.from(this.lines),
      values: this.values.join(''),
      ends: Int32Array.from(this.ends),
      rawAt: Int32Array.from(this.rawAt),
      raw: this.raw,
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
  const email = fields.indexOf('email');
  const shown = new Set(['dateOfBirth', 'mobile'].map((f) => fields.indexOf(f as Field)));
  const seen = new FirstSeen();
  let batch = new Batch();
  let row = 0;
  let count = 0;
  const { cells } = source;
  for (let i = meta.start + 1; i < cells.rows && count < meta.rows; i++) {
    if (cells.blank(i)) continue;
    count++;
    const line = source.numbers[i] ?? i + 1;
    batch.lines.push(line);
    let emailOk = false;
    for (let f = 0; f < fields.length; f++) {
      const column = columns[f] ?? -1;
      const text = column >= 0 ? cells.cell(i, column).trim() : '';
      const result = (checks[f] as (text: string) => FieldResult)(text);
      const value = typeof result === 'string' ? result : result.value;
      batch.value(value);
      if (typeof result !== 'string') batch.problem(row, f, result.code, result.arg);
      else if (f === email) emailOk = true;
      if (value !== text && shown.has(f)) {
        batch.rawAt.push(row * fields.length + f);
        batch.raw.push(text);
      }
    }
    const key = batch.values[row * fields.length + email] ?? '';
    if (emailOk && key) {
      const first = seen.first(key, line);
      if (first !== undefined) batch.problem(row, email, 'duplicate', first);
    }
    let extra = 0;
    for (let c = width; c < cells.width(i); c++) if (cells.cell(i, c).trim()) extra++;
    if (extra) batch.problem(row, -1, 'extraCells', extra);
    const quote = source.malformed.get(i);
    if (quote !== undefined) batch.problem(row, -1, 'malformedQuote', quote);
    if (++row === size) {
      yield batch.done();
      batch = new Batch();
      row = 0;
    }
  }
  if (row) yield batch.done();
}
