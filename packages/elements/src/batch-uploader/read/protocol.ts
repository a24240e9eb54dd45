// What the main thread and the reading worker say to each other. Everything here is plain data
// (structured-cloneable); words are codes, turned into the reader's language on the main thread.
import type { PersonColumn } from '@invitekit/sdk';

/** `pool`: people for a batch (R16). `contacts`: trusted contacts (R31). */
export const uploadModes = ['pool', 'contacts'] as const;
export type UploadMode = (typeof uploadModes)[number];

export const poolFields = [
  'email',
  'dateOfBirth',
  'firstName',
  'middleNames',
  'lastName',
  'preferredName',
  'mobile',
] as const satisfies readonly PersonColumn[];
export const contactFields = ['name', 'email', 'tags'] as const;
export type PoolField = (typeof poolFields)[number];
export type ContactField = (typeof contactFields)[number];
export type Field = PoolField | ContactField;

export const fieldsOf = (mode: UploadMode): readonly Field[] =>
  mode === 'pool' ? poolFields : contactFields;
export const requiredFields: ReadonlySet<Field> = new Set([
  'email',
  'dateOfBirth',
  'firstName',
  'lastName',
  'name',
]);

export const encodings = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof encodings)[number];
export const delimiters = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof delimiters)[number];
export const dateOrders = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof dateOrders)[number];

/** How to read the file: what the admin chose, or nothing to let the reader detect it. */
export interface ReadOptions {
  mode: UploadMode;
  encoding?: Encoding | undefined;
  delimiter?: Delimiter | undefined;
  sheet?: number | undefined;
  /** Column index for each field of the mode, -1 for none; omit to match headers. */
  mapping?: number[] | undefined;
  /** The admin's answer for the date-of-birth column, when its order is ambiguous. */
  dateOrder?: DateOrder | undefined;
  /** What ambiguous dates mean until the admin says otherwise (`date-format`). */
  defaultDateOrder: DateOrder;
  /** ISO 3166 country for numbers without a country code (`default-country`). */
  defaultCountry: string;
  maxRows: number;
  maxBytes: number;
  /** The fields' names in the reader's language: a template filled in French maps itself. */
  labels?: Partial<Record<Field, string>> | undefined;
}

/** What goes wrong with a file as a whole: the file is not read. */
export const fatalCodes = ['empty', 'tooBig', 'binary', 'oldExcel', 'noRows', 'badXlsx'] as const;
export type FatalCode = (typeof fatalCodes)[number];

/** Worth telling about a file that was read anyway. */
export type FileNote =
  | { code: 'malformedQuote'; line: number }
  | { code: 'tooManyRows'; max: number; total: number }
  | { code: 'blankRows'; count: number };

/** How the date-of-birth column reads: a part over 12 decides; none does when every date is ambiguous. */
export type OrderFinding = 'dmy' | 'mdy' | 'ambiguous' | 'mixed' | 'none';

export interface FileMeta {
  kind: 'csv' | 'xlsx';
  encoding: Encoding | null;
  /** True when a byte-order mark or valid UTF-8 decided the encoding. */
  encodingSure: boolean;
  delimiter: Delimiter | null;
  sheets: string[];
  sheet: number;
  headers: string[];
  /** The first data rows as they are in the file, for the preview. */
  preview: string[][];
  /** Column index per field of the mode, -1 when none. */
  mapping: number[];
  order: OrderFinding;
  /** The order the dates were read with. */
  dateOrder: DateOrder;
  rows: number;
  notes: FileNote[];
}

export const problemCodes = [
  'required',
  'email',
  'tooLong',
  'dateUnreadable',
  'dateNotReal',
  'dateFuture',
  'dateTooOld',
  'mobileExcel',
  'mobileInvalid',
  'duplicate',
  'extraCells',
  'malformedQuote',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

export interface RowProblem {
  /** Index into the mode's fields, or -1 for the row as a whole. */
  field: number;
  code: ProblemCode;
  /** A number the message needs: the first row of a duplicate, a file line, a limit. */
  arg?: number;
}

/**
 * Checked rows as a few arrays and one string per message, not an object (and a string) per row
 * and field: cheap to send, and to keep until a row is shown. Value `k` is row `r`'s field `f`
 * (`k = r * fields + f`).
 */
export interface RowBatch {
  /** Each row's number in the sheet (the header is row 1). */
  lines: Int32Array;
  /** The batch's strings: its stretch of the file's text, then the values that differ from it. */
  values: string;
  /** Per row, per field of the mode, what will be sent (normalised when it could be, else as
   * typed): `values.slice(starts[k], ends[k])`. */
  starts: Int32Array;
  ends: Int32Array;
  /** Where a cell was read differently (dates, mobiles): its index among the values… */
  rawAt: Int32Array;
  /** …and the text in the file: `values.slice(rawStarts[i], rawEnds[i])`. */
  rawStarts: Int32Array;
  rawEnds: Int32Array;
  /** Four numbers per problem: row, field (-1 for the row), code (index in `problemCodes`), arg (-1: none). */
  problems: Int32Array;
}

/** Each request carries a `run` number, echoed in every answer, so a stale answer is ignored. */
export type ToWorker = { run: number; options: ReadOptions } & (
  | { type: 'read'; file: Blob; name: string }
  /** The same file again: another encoding, delimiter or sheet. */
  | { type: 'reread' }
  /** The same cells again: another mapping or date order. */
  | { type: 'recheck' }
);

export type FromWorker = { run: number } & (
  | { type: 'meta'; meta: FileMeta }
  | { type: 'rows'; rows: RowBatch }
  | { type: 'done'; rows: number; withProblems: number; ms: number }
  | { type: 'fatal'; code: FatalCode; detail?: number }
);

/** Rows per message to the main thread: small enough that each arrives in a short task. */
export const ROWS_PER_MESSAGE = 5000;
