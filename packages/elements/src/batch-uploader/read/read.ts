// Reading a file, start to end, off the main thread: bytes → kind and encoding → cells → a
// header matched to fields → every row checked with the SDK's field rules. Pure functions, so
// the worker (parse.worker.ts) and Node tests run the same code.
import { dateOfBirth, email as emailSchema, name as nameSchema } from '@invitekit/sdk/schemas';
import { matchColumns } from './columns.js';
import { findOrder, fromSerial, readDate } from './dates.js';
import { detectDelimiter, parseDelimited } from './delimited.js';
import { decode, looksBinary, sniffEncoding } from './encoding.js';
import { readMobile } from './phones.js';
import {
  fieldsOf,
  requiredFields,
  type CheckedRow,
  type DateOrder,
  type Delimiter,
  type Encoding,
  type FatalCode,
  type Field,
  type FileMeta,
  type FileNote,
  type ReadOptions,
  type RowProblem,
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
  cells: string[][];
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
      cells: rows.map((r) => Array.from(r.cells, (c) => cellText(c, workbook.date1904))),
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
  const { rows, malformed } = parseDelimited(text, delimiter);
  return {
    kind: 'csv',
    encoding,
    encodingSure: options.encoding === undefined ? sniffed.sure : true,
    delimiter,
    sheets: [],
    sheet: 0,
    date1904: false,
    cells: rows,
    numbers: rows.map((_, i) => i + 1),
    malformed: new Map(malformed.map((m) => [m.row, m.line])),
  };
}

const blank = (row: readonly string[] | undefined) => !row || row.every((c) => !c.trim());

/** The header, the mapping and how dates read: everything the admin sees before the rows. */
export function describe(source: Source, options: ReadOptions): FileMeta & { start: number } {
  const fields = fieldsOf(options.mode);
  const start = source.cells.findIndex((row) => !blank(row));
  if (start === -1) throw new FatalError('empty');
  const headers = (source.cells[start] ?? []).map((h) => h.trim());
  const mapping = options.mapping ?? matchColumns(headers, fields, options.labels);
  const dob = mapping[fields.indexOf('dateOfBirth')] ?? -1;
  const order =
    dob >= 0 && source.kind === 'csv'
      ? findOrder(dataRows(source, start).map((i) => source.cells[i]?.[dob] ?? ''))
      : 'none';
  const dateOrder: DateOrder =
    options.dateOrder ?? (order === 'dmy' || order === 'mdy' ? order : options.defaultDateOrder);
  const data = dataRows(source, start);
  if (data.length === 0) throw new FatalError('noRows');
  const notes: FileNote[] = [...source.malformed.values()].map((line) => ({
    code: 'malformedQuote' as const,
    line,
  }));
  const blanks = source.cells.length - start - 1 - data.length;
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
    preview: data.slice(0, 5).map((i) => source.cells[i] ?? []),
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
  for (let i = start + 1; i < source.cells.length; i++) if (!blank(source.cells[i])) out.push(i);
  return out;
}

/** Every data row checked, in batches of `size` (so they can go to the main thread as they come). */
export function* checkRows(
  source: Source,
  meta: FileMeta & { start: number },
  options: ReadOptions,
  size: number,
): Generator<CheckedRow[]> {
  const fields = fieldsOf(options.mode);
  const columns = meta.mapping;
  const width = meta.headers.length;
  const seen = new Map<string, number>();
  const now = new Date();
  let batch: CheckedRow[] = [];
  let count = 0;
  for (let i = meta.start + 1; i < source.cells.length && count < meta.rows; i++) {
    const cells = source.cells[i] ?? [];
    if (blank(cells)) continue;
    count++;
    const line = source.numbers[i] ?? i + 1;
    const problems: RowProblem[] = [];
    const values: string[] = [];
    let raw: (string | null)[] | null = null;
    fields.forEach((field, f) => {
      const column = columns[f] ?? -1;
      const text = column >= 0 ? (cells[column] ?? '').trim() : '';
      const result = checkField(
        field,
        text,
        meta.dateOrder,
        source.date1904,
        options.defaultCountry,
        now,
      );
      values.push(result.value);
      if (result.problem) problems.push({ field: f, ...result.problem });
      if (result.value !== text && (field === 'dateOfBirth' || field === 'mobile')) {
        raw ??= fields.map(() => null);
        raw[f] = text;
      }
    });
    const email = fields.indexOf('email');
    const key = values[email] ?? '';
    if (key && !problems.some((p) => p.field === email)) {
      const first = seen.get(key);
      if (first === undefined) seen.set(key, line);
      else problems.push({ field: email, code: 'duplicate', arg: first });
    }
    const extra = cells.slice(width).filter((c) => c.trim()).length;
    if (extra) problems.push({ field: -1, code: 'extraCells', arg: extra });
    const quote = source.malformed.get(i);
    if (quote !== undefined) problems.push({ field: -1, code: 'malformedQuote', arg: quote });
    batch.push({ line, values, raw, problems });
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

interface FieldResult {
  value: string;
  problem?: Omit<RowProblem, 'field'>;
}

// The SDK's name rule (trimmed, at most so many characters) for each name-like field.
const limits: Partial<Record<Field, number>> = {
  firstName: 100,
  lastName: 100,
  middleNames: 200,
  preferredName: 100,
  name: 200,
};
const nameRules = new Map(
  Object.entries(limits).map(([field, max]) => [field, { max, rule: nameSchema(field, max) }]),
);

function checkField(
  field: Field,
  text: string,
  order: DateOrder,
  date1904: boolean,
  country: string,
  now: Date,
): FieldResult {
  if (!text)
    return requiredFields.has(field) ? { value: '', problem: { code: 'required' } } : { value: '' };
  switch (field) {
    case 'email': {
      const parsed = emailSchema.safeParse(text);
      return parsed.success ? { value: parsed.data } : { value: text, problem: { code: 'email' } };
    }
    case 'dateOfBirth': {
      const read = readDate(text, order, date1904, now);
      if (!read.ok) return { value: text, problem: { code: read.code } };
      if (dateOfBirth.safeParse(read.iso).success) return { value: read.iso };
      const future = read.iso >= now.toISOString().slice(0, 10);
      return { value: read.iso, problem: { code: future ? 'dateFuture' : 'dateTooOld' } };
    }
    case 'mobile': {
      const read = readMobile(text, country);
      return read.ok ? { value: read.e164 } : { value: text, problem: { code: read.code } };
    }
    case 'tags':
      return text.split(/[;,]/).some((tag) => tag.trim().length > 100)
        ? { value: text, problem: { code: 'tooLong', arg: 100 } }
        : { value: text };
    default: {
      const name = nameRules.get(field);
      return !name || name.rule.safeParse(text).success
        ? { value: text }
        : { value: text, problem: { code: 'tooLong', arg: name.max } };
    }
  }
}
